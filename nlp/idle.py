"""Messages with nothing to act on, by their form: homework, hearsay asked only whether it is
true, a lament about life or the old days, a prose poem calling the same one again and again, and
a chase of one's own earlier matter (nlp.chase: no new matter, the bot answers it by itself).

Each gives way to a report's voice: a school or a teacher blamed, the writer's own place, someone
to blame, a request. Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.chase import is_chase
from nlp.pasted import NEW_MATTER, TROUBLE, distinct
from nlp.regex import quick

__all__ = ["ASK", "idle", "quiet"]

CHASE_EVIDENCE = 2.0  # keyword evidence: a chase naming this much of a unit's matter is a report

_TROUBLE_NOW = quick(TROUBLE)
_NEW_MATTER = re.compile(NEW_MATTER)
# A request in a letter (its story may tell how someone 帮忙 before).
ASK = re.compile(
    r"请(?!.{0,3}(收下|接受|表扬))|希望|建议|要求|能(不能|否)|[?？]|吗|麻烦(你们|您)?(帮|给|尽快|再|处理|解决)|尽快|赶紧|"
    r"怎么|为什么|为啥|咋"
)
# Homework: a task named as one (应用题, 英语作业：, 翻译成英文), an essay asked for (谁有范文发我一篇),
# or a word problem: its terms (周长, 每小时行, 应找回) and quantities, ending in 多少 or 几.
_HOMEWORK = re.compile(
    r"应用题|解方程|(英语|数学|语文)(作业|题)|(翻译|译)(成|为)(英语|英文|中文|汉语)|帮我翻译|翻译一下[:：]|作文题目|"
    r"(谁|帮我|帮忙|求)[^,，。]{0,12}(写|发)[^,，。]{0,6}(作文|范文|读后感|日记|演讲稿)|(作文|读后感)[^。]{0,20}(谁有|发我|求)"
)
_MATHS = re.compile(
    r"周长|面积|(长|正|平行四边)方形|三角形|梯形|半径|直径|相遇|每小时(行|走|跑)|相距|(平方|立方)?(厘米|千米)|"
    r"等于(几|多少)|应(找回|找|付)|还剩|平均每|(帮我|帮忙)算(一下|算)"
)
_QUANTITY = re.compile(r"\d+|[一二两三四五六七八九十百千]+(?=[个只支本张元角米千克斤人辆小天])")
_HOW_MANY = re.compile(r"(多少|几)[\u4e00-\u9fff]{0,4}[?？]?$|各是多少|多少[\u4e00-\u9fff]{0,3}[?？]")
# What makes homework a school complaint instead: the school, the teacher, too much of it.
_SCHOOL_WRONG = re.compile(
    r"老师|学校|班主任|校长|补课|收费|(太|特别)(多|重|难)|负担|体罚|做到(半夜|晚上|深夜|[一十]+点)")
# Hearsay passed on and asked only whether it is true, about nothing of the writer's own place.
_HEARSAY = re.compile(
    r"听说|据说|都在传|(网上|朋友圈|群里|抖音|快手|视频)[^,，。]{0,4}(说|传|发)"
)
_TRUTH_ONLY = re.compile(r"((是)?真的(吗|么|假的|还是假的)|靠谱吗|可信吗|能信吗|是不是真的)[?？]*")
# The writer's own place or plans: a rumour about them, or a benefit one means to apply for, is a
# question for the office (听说有给妇女创业的贷款…是不是真的).
_LOCAL = re.compile(
    r"我|咱|本(村|镇|县|乡)|(?<!农)村|镇|(?<!城)乡|县|小区|街|社区|金乡|这(里|边|儿)|附近|在家|想|打算|申请|贷款|补(贴|助)|能补|"
    r"(能|可以)(领|拿|申请|报销)")
# A lament about life, prices or the times, or the writer's own word that nothing is asked.
_LAMENT = re.compile(
    r"钱(太|真|越来越)?难(挣|赚)|"
    r"(活着|人生|这辈子)[^,，。]{0,3}(真|太|好)?(累|没意思)|日子(真|太)?(不好过|难过)|干(啥|什么)都不(赚|挣)|"
    r"一辈子(也|都)?(买不起|挣不来|还不完)|老天爷|认命|不开眼|图个啥|一场空|这年头|世道|人到中年|"
    r"(年轻人|人)都(出去|走)了|冷冷清清|真难管|不见涨|攒不下(钱|几个钱)"
)
_NOTHING_ASKED = re.compile(
    r"不用回|念叨念叨|说出来心里|发发牢骚|随便(说说|聊聊)|说说闲话|别嫌.{0,2}啰嗦|没啥意思|突然想起来|不指望(啥|什么)|"
    # the writer's own word that it is only a chat: 就是想找人说说话, 没别的意思, 不用搭理俺
    r"就是想(找人|跟你们|和你们)?(说说|聊聊|唠唠|拉拉)(话|呱|嗑)?|找人说(说)?话|唠(唠)?嗑|没别的意思|"
    r"没(啥|什么|有什么)(事)?(要|需要)?反映(的)?|不用搭理|你们忙你们的"
)
# A long-ago story: 想当年, 记得小时候, 那时候…一晃几十年.
_PAST = re.compile(r"想当年|记得小时候|小时候|那时候|那会儿|当年|一晃|生产队|挣工分")
# ... and the present it is held against: 现在的孩子真是享福了, 哪有现在这么好.
_NOW_GOOD = re.compile(r"现在[^。]{0,16}(享福|好了|好多了|真好|幸福|强多了|好过)|哪有现在")
# Someone to blame or act: a lament that names one is a complaint.
_PARTY = re.compile(
    r"老板|厂|公司|开发商|物业|商家|商户|店|摊|超市|村(委|干部|支书|书记|主任|长)|干部|领导|政府|部门|单位|学校|"
    r"医院|老师|医生|邻居|司机|工头|中介|收购|他们|有人|谁家|你们(?!念叨|说说)|县里|镇里|上面|"
    r"打(了)?(人|我|他|她|孩子|老婆|媳妇|老人)|骂|欺负|虐待|赶出"
)
# The chat's own addressee, named by one who only wants to talk: 给你们讲个事, 找你们唠唠.
_TO_US = re.compile(r"(给|跟|和|找)你们(讲|说|唠|聊|拉)|你们(要是|那边|别嫌|也|(?![\u4e00-\u9fff]))")
_CALLING = re.compile(r"(?:^|[,，。!！;；])([\u4e00-\u9fff]{1,2})[,，!！](?=您|你)")


def _homework(text: str) -> bool:
    """A sum, an equation, an essay or a translation to be done, with nothing about a school."""
    text = re.sub(r"《[^》]*》", "", text)  # an essay's title (《难忘的一天》) is no trouble
    maths = distinct(_MATHS, text)
    problem = bool(_HOW_MANY.search(text)) and (maths >= 2 or (maths and len(_QUANTITY.findall(text)) >= 3))
    return bool(_HOMEWORK.search(text) or problem) and not (
        _TROUBLE_NOW.search(text) or _SCHOOL_WRONG.search(text))


def _hearsay(text: str) -> bool:
    """A rumour passed on and asked only whether it is true, nothing of the writer's place."""
    if not (_HEARSAY.search(text) and _TRUTH_ONLY.search(text)):
        return False
    rest = _TRUTH_ONLY.sub("", text)
    return not (_LOCAL.search(rest) or ASK.search(rest) or _TROUBLE_NOW.search(rest)
                or _NEW_MATTER.search(rest))


def _lament(text: str) -> bool:
    """A sigh about life, prices or the old days, naming nobody to blame and asking nothing."""
    said = _NOTHING_ASKED.search(text)
    if not (_LAMENT.search(text) or said or distinct(_PAST, text) >= 2):
        return False
    rest = _NOTHING_ASKED.sub("", text)
    if ASK.search(rest) or _NEW_MATTER.search(rest) or _PARTY.search(_TO_US.sub("", rest)):
        return False
    if said and _TROUBLE_NOW.search(text, [*_NOTHING_ASKED.finditer(text)][-1].end()):
        return False  # 就是想说说话。可是俺家停电三天了: a trouble told after "only a chat"
    return bool(said or _LAMENT.search(text) or not _TROUBLE_NOW.search(text)
                or (distinct(_PAST, text) >= 2 and _NOW_GOOD.search(text)))


def _anaphora(text: str) -> bool:
    """A prose poem: the same one called three times or more (娘，您的…；娘，您的…), asking nothing."""
    heads: dict[str, int] = {}
    for match in _CALLING.finditer(text):
        heads[match.group(1)] = heads.get(match.group(1), 0) + 1
    return max(heads.values(), default=0) >= 3 and not ASK.search(text) and not _PARTY.search(text)


def idle(text: str, evidence: float) -> bool:
    """Homework, hearsay, a lament, a prose poem or a chase naming no unit's matter (`evidence`:
    the message's keyword score): a form with nothing to act on as a new report."""
    return (_homework(text) or _hearsay(text) or _lament(text) or _anaphora(text)
            or (evidence < CHASE_EVIDENCE and is_chase(text)))


_PRESSED = re.compile(r"到底|凭什么")  # an angry question that ASK's polite forms miss


def quiet(text: str) -> bool:
    """Nothing wrong told and nothing asked: no trouble, no request, no question."""
    return not (_TROUBLE_NOW.search(text) or ASK.search(text) or _PRESSED.search(text))
