"""A chat that names a unit's matter with nothing wrong in it, read by nlp.noise.

Citizens chat with the bot as with a neighbour: the weather and the crops (明天有雨，俺家蒜苗正好浇浇),
a visit to the doctor that went fine, missing home while working away (在外地打工，想家了), a child's
good marks, whether the library opens on Sunday, a tip for staying well. Their words are a unit's
(蒜苗, 雾霾, 打工, 图书馆), but no such message has a shape of its own; what makes it chat is what it
lacks: nothing wrong, missing, unfair, asked for or complained of, told in a chat's voice (advice to
the reader, a good outcome, a feeling, a question of opening hours). Any trouble, plea or grievance
keeps it a report: a real report must never be called noise, so the trouble cues are the broad ones
of nlp.noise, read after a chat's own harmless words are masked (打工 is work, not a blow; 辛苦 is
thanks).

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from nlp.pasted import NEW_MATTER, TROUBLE
from nlp.regex import quick
from nlp.retold import VENUE_HARMLESS, retold

__all__ = ["closing_complaint", "help_given", "says_trouble", "turned", "untroubled"]

CHAT_EVIDENCE = 6.0  # keyword evidence: a chat names a unit's matter in passing, less than this

_TROUBLE_NOW = quick(TROUBLE)
_NEW_MATTER = re.compile(NEW_MATTER)
# A chat's own words that the broad problem cues would misread: work away (打工), thanks (辛苦),
# a habit (天天熬夜), a papers' errand done (换完身份证), the sun, a festival.
_HARMLESS = re.compile(
    r"打工|打电话|打扫|打算|打听|辛苦|天天|每天|身份证|毕业证|结婚证|奖状|太阳|太好|太开心|太高兴|太美|"
    r"元旦|元宵|请问|问问|难得|不错|不要太|一直(都)?(挺|很|在)|[暑寒]假|放假|假期|"
    r"(检查|体检|化验)?结果(都)?(正常|没事)|香味|味道(还|挺|真|很|特别)?(不错|好|香|正)")
# The chat's voice: advice to the reader, a good outcome, a feeling, good news of one's child, an
# hours question, weather and crops told as they are.
_VOICES = {
    # advice: 出门记得戴口罩, 晚上十一点前睡觉, 多穿点
    "advice": r"(出门|晚上|早上|一定|千万|要)记得|记得(戴|穿|带|多|早|按时|吃药)|别忘了|"
              r"注意(保暖|身体|安全|防寒|防暑|休息|饮食)|多穿|戴(好)?口罩|早点(睡|休息)|"
              r"[点时]前睡|多喝(水|热水)|少吃|对[肝胃心肺身体][^,，。]{0,3}(好|不好)",
    # a good outcome: 检查结果都正常, 放心了
    "outcome": r"一切(正常|都好|顺利)|放心(了|吧|啦)|"
               r"(医生|大夫|检查|查了|结果|指标|化验|片子)[^,，。]{0,6}(都)?"
               r"(正常|没(啥)?(大)?(事|毛病|大碍))|"
               r"挺好|好多了|康复了|出院了|顺顺利利|顺利(出院|做完|生了|毕业|考上)",
    # a feeling: 想家了, 开心, 骄傲
    "feeling": r"想家|想(孩子|老家|爹娘|爸妈|俺娘|俺爹|媳妇|家里)了|"
               r"开心|高兴|骄傲|自豪|欣慰|乐呵|美滋滋",
    # a child's good news: 考了第一, 得了奖状, 被老师表扬
    "child": r"考(了|上|得)|第一名|前三|满分|三好学生|奖状|被(老师|学校)表扬|录取",
    # an hours or festival question: 图书馆周末开门不, 灯会在哪天
    "hours": r"(几点|周末|节假日|今天|明天|后天|国庆|春节|过年|端午|中秋|元旦|五一)"
             r"[^,，。]{0,8}(开门|开放|营业|闭馆|开馆)|(开门|开放|营业|开馆)(时间|吗|么|不|没)|"
             r"几点(开门|关门|开始|开放|闭馆)|"
             r"(灯会|庙会|烟花|晚会|集市|大集)[^,，。]{0,8}(哪天|几号|几点|在哪)",
    # weather and crops told as they are
    "weather": r"天气预报|预报说|(明天|今天|这两天|后天|最近)[^,，。]{0,6}"
               r"(下雨|有雨|降温|升温|雾霾|刮风|下雪|晴)|"
               r"长势|长得(真|挺|可|很)?(好|旺|壮)|丰收|收成(不错|好)",
    # prices at the market and a recipe, told as they are
    "market": r"(今天|今年|最近)[^,，。]{0,6}(价|行情)|做法|焯水|翻炒|适量|少许",
    # a place, a meal or a show enjoyed, told as it is: 包子真香, 风景真好, 挺热闹, 长见识了
    "pleasant": r"真(香|好吃|好看|好听|漂亮|美|热闹|凉快|舒服|大|好)|"
                r"(挺|很|可)(好看|好听|热闹|凉快|舒服|有意思|香|美)|"
                r"不错|长见识|可喜欢|好玩|有意思|风景[^,，。]{0,2}(好|美)",
    # the writer's own word that it is a chat
    "chat": r"唠唠|聊聊|分享一下|随便说",
}
_VOICE = quick("|".join(_VOICES.values()))
# What a report holds: something wrong, missing, unfair, dangerous, asked for or complained of.
_TROUBLE = quick(
    r"违|非法|弊|擅自|未(按|经|及时|落实|兑现|办|批|到位|年检)|不(科学|规范)|坑|骗|霸占|强(制|行)|乱|差|烂|破|危|险|害|毒|污|脏|臭|吵|噪|堵|漏|断|裂|塌|故障|损失|赔|欠|拖|扣|罚|"
    r"贵|涨|收费|收钱|要钱|不公|不合理|不作为|不管|没人|管管|没(有)?(水|电|路|钱|着落|结果|回音)|无门|无法|"
    r"不能|不让|不准|不给|不到|不了|不够|不行|不对|咨询|疑问|质疑|问题|求助|求救|诉求|投诉|举报|反映|盼|请|求|"
    r"急|需要|希望|建议|应该|要求|呼吁|为何|为什么|为啥|怎么|咋|能否|能不能|是否|哭|苦|惨|难|累|心寒|失望|"
    r"愤|生气|气人|气死|可怜|太|竟|居然|到底|泛滥|占|拆|偷|抢|打|砍|伤|死|病|丢|跑|失踪|老赖|贪|腐|还在|仍|迟迟|至今|一直|"
    r"总是|老是|经常|多次|闲置|补贴|补助|待遇|工资|工钱|保险|低保|手续|办理|申请|审批|隐患|超标|影响|假|不满|"
    r"不通|必须|只有|没有|过期|变质|发霉|霉变|失效|淹|泡|冻(死|坏|伤)|旱|虫|倒|歪|烧|火|冒|味|疼|痛|肿|晕|吐|咳|烧|发炎|住院|手术|"
    r"排队|等了|半天|没(来|修|人|动)|不(来|修|理|回|接)|可(是|惜)|但|却|不过|只是|就是|结果|谁知|没想到|万一|"
    r"[?？!！]{2}|凭|该|得(管|修|治|查)|赶紧|尽快|快点|帮|满了|就说|说是|不是说|说好|[,，。!！]可(?!以|能|爱|口|乐)|渗|缝|沉降|意见|信")


def _masked(text: str) -> str:
    return _HARMLESS.sub("", text)


def says_trouble(text: str) -> bool:
    """True when normalised `text`, a chat's harmless words masked, holds one of the broad cues of
    something wrong, asked for or complained of (read by nlp.nonreport_asked too)."""
    return bool(_TROUBLE.search(_masked(text)))


def untroubled(text: str, evidence: float, asks: Callable[[str], object]) -> bool:
    """True when normalised `text` names a unit's matter in passing (`evidence`, its keyword
    score, below CHAT_EVIDENCE) in a chat's voice, with nothing wrong, asked or complained of in
    it: no trouble cue of nlp.pasted, no other matter, none of this module's broad cues once a
    chat's harmless words are masked, and no request (`asks`, nlp.idle's ASK.search, read on the
    masked text, where an hours question's 请问 is gone). A chat told at length in a shape of its
    own (nlp.retold: a story that ended well, a warning passed on, prices) is one too."""
    shape = retold(text, evidence)
    if shape:  # a question of what is on gives way to this module's broad cues too
        return shape != "outing" or not _TROUBLE.search(_masked(VENUE_HARMLESS.sub("", text)))
    if evidence >= CHAT_EVIDENCE or not _VOICE.search(text):
        return False
    rest = _masked(text)
    hours = re.sub(r"(开门|关门|开始|开放|营业|开馆|闭馆)(吗|么|不|没|呀|啊)?[?？]*$", "", rest)
    return not (_TROUBLE_NOW.search(text) or _NEW_MATTER.search(text) or _TROUBLE.search(rest)
                or asks(hours))


# Help told as given, the matter put right by someone: 是你们帮俺把工钱要回来的, 多亏你们给追回来了.
_HELPED = re.compile(
    r"(是|多亏|幸亏|全靠)(你们|您|[\u4e00-\u9fff]{1,4}(局|所|站|办|院|的同志|师傅|书记|主任))"
    r"[^。!！?？]{0,24}(要回|追回|找回|讨回|拿回|办好|修好|解决|办下来|批下来)")


def help_given(text: str) -> list[int]:
    """Where normalised `text` tells help as given (a letter of thanks: 是你们帮俺把…要回来的),
    read by nlp.noise as a trouble put right."""
    return [match.start() for match in _HELPED.finditer(text)]


# A turn after praise to what is wrong: 挺方便，就是站牌上写的时间跟实际差太多.
_TURN = re.compile(r"[,，。!！]\s*(就是|只是|可|但|不过)(?!以|能|爱|想(说|谢)|说(一?声|句)?(谢|感谢))")


def _turned_to(text: str) -> str:
    turn = _TURN.search(text)
    rest = text[turn.end():] if turn else ""
    return rest if _TROUBLE.search(_masked(rest)) else ""


def turned(text: str) -> bool:
    """Praise in normalised `text` that turns to a trouble (…，就是…差太多): read by nlp.noise, a
    complaint opened kindly, not praise."""
    return bool(_turned_to(text))


_CLAUSE_END = re.compile(r"[,，。;；!！?？~～…]+")


def closing_complaint(text: str) -> str:
    """The clause normalised `text` ends on when it is a turn to a trouble after the chat
    (…出门记得戴口罩，就是挂号排队等了半天), else "": read alone by nlp.nonreport_now. A chat that
    turns and goes on to other things (…就是客商压价压得厉害，过日子就是这样) ends on no complaint."""
    rest = _turned_to(text)
    return rest if rest and not _CLAUSE_END.search(rest.rstrip(",，。;；!！?？~～… ")) else ""
