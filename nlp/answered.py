"""A unit's question to a citizen, and the citizen's short answer to it (refs #10).

After `/reply 5 哪栋楼几单元？` the citizen answers `3号楼2单元，俺家502，楼上602`: words that only
give a place, a time, a phone number or a yes or no, with nothing else said — no report of a
matter of its own. `asks` reads a unit's words as a question, `asks_for` as a question or a
request (请留一个联系电话); `answers` reads a citizen's words as such an answer. An answer may say
more (后王楼村三组，她家就在俺家后头): `fits` reads whether it opens with what the question asks — a
place for where, a time for when, a yes or no — or, asked for a phone, gives a number anywhere
(我不会接，打我儿子的135…), and `leftover` what it says besides, for the bot to see whether that is a
matter of its own (`troubled`). Which ticket it answers is for the bot (bot/actions/asked.py).
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

from nlp.english_lines import answer_only, in_letters
from nlp.tokenizer import normalize

__all__ = ["answers", "asks", "asks_for", "because_aside", "fits", "leftover", "place_given", "troubled",
           "where_by_here"]

_ANSWER_CHARS = 40  # an answer is no longer than this (characters of content)
_LEFT_CHARS = 1  # … and this much of it at most is not a place, time, number or yes/no

_QUESTION = re.compile(r"[?？]|吗|哪|什么|几|多少|是否|能否|可否|请问|请提供|请告知|麻烦告诉|方便")
# A unit's request that wants an answer as much as a question does: 请留一个联系电话, 留个地址.
_REQUEST = re.compile(r"请(留|提供|告知|补充|发|说明|说一下|讲一下)|麻烦(告诉|说一下|留)|"
                      r"留(个|一个|下|一下)(联系)?(电话|手机|号码|联系方式|地址)")
_PLACE = re.compile(
    r"[\d一二三四五六七八九十百零两]+\s*(?:号楼|号院|号|栋|幢|座|单元|室|户|层|楼|组|排|巷|弄|门|区|期)"
    r"|[^\s,，。.;；的把被了在不到给]{1,6}?(?:小区|花园|家园|公寓|新村|社区|村|镇|乡|街道|街|路|巷|大道|广场|市场)"
    r"|[东西南北前后正侧大小]门|楼上|楼下|隔壁|对门|对面|旁边|门口|后面|前面|东边|西边|南边|北边|东头|西头|拐角|路口"
)
_TIME = re.compile(
    r"[\d一二三四五六七八九十两半]+\s*(?:点半?|点钟|时|分钟?|号|日|月|天|周|个?星期|个?小时|年)"
    r"|今天|昨天|前天|明天|后天|上午|下午|中午|晚上|夜里|凌晨|早上|傍晚|白天|周末|最近|一直|刚才|现在"
)
_PHONE = re.compile(r"\+?\d[\d\s-]{6,}\d")
_NUMBER = re.compile(r"\d+")
_YES_NO = re.compile(
    r"是的|不是|对的|没错|对|是|有的|没有|有|没|好的|可以|行|不行|不用|知道|不知道|不清楚|在家|不在家|方便|"
    r"不方便|嗯|好"
)
_FILLER = re.compile(r"俺家|我家|家里|我们|俺们|我|俺|在|的|了|啊|呀|吧|呢|哦|大概|左右|差不多|就是|"
                     r"还有|和|跟|也|都|住|那个|这个|电话|手机|地址|时间|联系|以后|以前|之前|之后|前后|谢谢")
_MARKS = re.compile(r"[\s\W_]+")
_FITTING_CHARS = 80  # an answer saying more than what was asked is no longer than this

_ASKS_PHONE = re.compile(r"电话|手机|号码|联系方式")
# What a unit's question asks for, and the words that give it (a phone is a number too).
_ASKS_FOR: tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...] = (
    (re.compile(r"哪(个|里|儿|栋|座|条|家|户|个村|个组|个小区|个社区|个乡|个镇)|什么地方|啥地方|地址|"
                r"位置|在哪|几组|几号楼|几栋|几单元|几排|门牌|住址|具体(地点|位置)"), (_PLACE,)),
    (re.compile(r"什么时候|啥时候|几点|哪天|哪一天|几号(?![楼院])|多久|多长时间|何时|什么时间|"
                r"啥时间|从(哪|什么)时候"), (_TIME,)),
    (_ASKS_PHONE, (_PHONE,)),
    (re.compile(r"吗|是否|能否|可否|有没有|(.)不\1|方不方便|可不可以|需不需要"),  # 要不要, 中不中
     # a yes or no in any voice: 不用/甭 (no need), 要/需要, 成/中/行 (fine)
     (re.compile(r"^(是|不是|对|有|没|没有|行|可以|方便|不方便|在|不在|嗯|好|中|成|能|不能|知道|不知道|"
                 r"不清楚|不用|不需要|用不着|不必|甭|别|不要|要|需要)"),)),
)
_FIRST_CLAUSE = re.compile(r"[^，,。.！!？?；;\s]+")
# Words that tell a trouble of its own (坏了, 堵了, 没水, 着火): what a different matter says.
_TROUBLE = re.compile(
    r"坏|堵|漏|塌|爆|断|裂|臭|吵|闹|脏|乱|淹|积水|着火|冒烟|污染|违建|占道|拖欠|欠薪|打架|偷|骗|"
    r"不(亮|通|转|响|管)|没(水|电|气|暖|信号|人管)|停(水|电|气|暖)|"
    # what is left undone or gone missing, and goods unfit to sell (T28 finding 3: 垃圾箱满了没人倒,
    # 井盖丢了, 卖过期食品 were taken for answers to a unit's question about a place)
    r"满了|没人(倒|清|收|拉|运|修|理|扫)|丢了|丢失|被偷|不见了|过期|变质|发霉|假货|卖假")

# Why the trouble came, told as what someone says or guesses (俺孙子说是管子冻裂了, 估计是主管道爆了,
# 因为修路挖断了): the cause of the ticket's own trouble, no matter of its own — unless the clause
# says it is one more (也, 又, 还, 另外: 听说村口路灯也坏了).
_BECAUSE = re.compile(r"说是|听说|据说|可能是|估计|好像是|应该是|八成是|怕是|因为|原因是|由于")
_ONE_MORE = re.compile(r"也|又|还|另外")
_CLAUSE = re.compile(r"[^,，。.;；!?！？]+")


# A place by name or number (后王楼村, 三组, 12号), not one said from where the writer stands.
_NAMED_PLACE = re.compile(
    r"[\d一二三四五六七八九十百零两]+\s*(?:号楼|号院|号|栋|幢|座|单元|室|户|层|楼|组|排|巷|弄|区|期)"
    r"|[^\s,，。.;；的把被了在不到给这那全本整各该俺我咱]{1,6}?(?:小区|花园|家园|公寓|新村|社区|村|镇|乡|街道)"
)
# Where said only from where the writer stands: 俺家门口, 这里, 村里.
_HERE = re.compile(r"(?:俺|我|咱)们?(?:家|村|这儿?|这边|这里)|家门口|这里|这儿|这边|这块|村里|屯里|院里")


def place_given(text: str) -> str:
    """The place by name or number an answer gives, as written (三组12号; 后王楼村，三组), or ""."""
    found = list(_NAMED_PLACE.finditer(normalize(text)))
    return "".join(m.group() if i == 0 or found[i - 1].end() == m.start() else f"，{m.group()}"
                   for i, m in enumerate(found))


def where_by_here(text: str) -> bool:
    """Whether words tell where only from where the writer stands (另外俺家门口的路灯也坏了,
    这里的水泥路): a 俺家门口, a 这里, and no place by name or number of their own."""
    said = normalize(text)
    return _HERE.search(said) is not None and not _NAMED_PLACE.search(_HERE.sub("，", said))


def asks(text: str) -> bool:
    """Whether a unit's words to a citizen ask them something (哪栋楼几单元？ 您方便接电话吗)."""
    return _QUESTION.search(normalize(text)) is not None


def asks_for(text: str) -> bool:
    """Whether a unit's words to a citizen want an answer: a question, or a request for what the
    unit needs (请留一个联系电话, 麻烦留个地址)."""
    return asks(text) or _REQUEST.search(normalize(text)) is not None


def answers(text: str) -> bool:
    """Whether a citizen's words only answer a question: a place, a time, a phone number, a yes
    or a no, with at most a few characters else (3号楼2单元，俺家502，楼上602; 明天上午在家); in
    English too (Group 3, the house next to the well: nlp.english_lines)."""
    if in_letters(said := normalize(text)):
        return answer_only(said)
    plain = _MARKS.sub("", said)
    if not plain or len(plain) > _ANSWER_CHARS:
        return False
    rest = normalize(text)
    for pattern in (_PHONE, _PLACE, _TIME, _NUMBER, _YES_NO, _FILLER):
        rest = pattern.sub(" ", rest)
    return len(_MARKS.sub("", rest)) <= _LEFT_CHARS


def fits(text: str, question: str) -> bool:
    """Whether a citizen's words open with what a unit's `question` asks for (哪个村几组的？ →
    后王楼村三组，她家就在俺家后头; 什么时候？ → 上个礼拜五下午就没水了), whatever else they say."""
    said = normalize(text)
    first = _FIRST_CLAUSE.search(said)
    if first is None or len(_MARKS.sub("", said)) > _FITTING_CHARS:
        return False
    asked = normalize(question)
    if _ASKS_PHONE.search(asked) and _PHONE.search(said):
        return True  # a number is the answer wherever it stands (我不会接，打我儿子的135…)
    return any(pattern.search(first.group())
               for wants, patterns in _ASKS_FOR if wants.search(asked) for pattern in patterns)


def leftover(text: str) -> str:
    """What a citizen's words say besides a place, a time, a number, a yes or no and filler."""
    rest = normalize(text)
    for pattern in (_PHONE, _PLACE, _TIME, _NUMBER, _YES_NO, _FILLER):
        rest = pattern.sub(" ", rest)
    return rest


def because_aside(text: str) -> str:
    """Normalised `text` without the clauses that tell why the trouble came (说是管子冻裂了)."""
    return "，".join(clause for clause in _CLAUSE.findall(normalize(text))
                    if not _BECAUSE.search(clause) or _ONE_MORE.search(clause))


def troubled(text: str) -> bool:
    """Whether the words tell a trouble (坏了, 堵了, 没水): a matter, where they say one."""
    return _TROUBLE.search(normalize(text)) is not None
