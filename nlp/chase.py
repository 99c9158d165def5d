"""A chase (催办), recognised by its form: a short message that asks only after the progress of the
writer's own earlier matter — 催一下, 怎么还没人来？, 我的事办得怎么样了, 有人管没人管啊, 人呢？？,
快点, 急死了, 都一个礼拜了, 说好的三天呢, `NUMBER 怎么样了` — and tells no matter of its own; in
English (any update on my report?) or pinyin (zen me hai mei ren lai) as well.

The whole message must be made of chase phrases, words for "my earlier matter" (a ticket number
among them), a wait told (都三天了) and the filler of speech; anything left over is a matter
(路灯坏了一个月了怎么还没人修 is a report that also chases, 我家着火了怎么还没人来 an emergency) and
the message is no chase. A wait told alone (都一个礼拜了) is a chase: it names nothing else.
A chase naming a ticket number after a short clause or a 你好/请问 (联系过了。0005号怎么还没人管) is
read by `numbered_chase` for the bot, which knows the writer's tickets; the router, reading the
whole message, leaves it a report.
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from nlp.chase_letters import is_letters_chase

__all__ = ["Numbered", "bare_number", "is_chase", "is_cry", "numbered_chase", "ticket_number"]

_CHASE_CHARS = 24  # characters of content: a chase is shorter than this
_LEAD_CHARS = 10  # a clause this short before a numbered chase (联系过了。, 你好，) leaves it one
_ADDRESS = r"(?!号?[楼栋幢单元室户层院排组巷弄路街村门铺])"  # 3号楼, 5栋: a place, not a ticket
_LABEL = r"(?:(?:工单|单子)(?:编号|号)?|编号|单号)[:是为]?(?:第)?"  # 工单号 0005, 编号5
_MARK = r"(?:号(?:工单|单子|单(?!元))?|工单|单子)"  # 0005号, 5号单子, 0005号工单
# A ticket number in every form /status takes (bot.actions.citizen.status), with the words that
# mark it: whole (20261201-0005, 202612010005, 20261201-0005号工单) or its daily sequence marked
# as a ticket's (0005号, 5号单子, 工单号5) or written with its leading zeros (我那个0005的事). A
# bare 5号 stays out: it may be a date (说好的5号) as well as a ticket.
NUMBER = re.compile(
    rf"(?:{_LABEL})?(?<![\d-])(?P<day>20\d{{6}})-?(?P<whole>\d{{4,}})(?![\d-]){_MARK}?|"
    rf"(?:{_LABEL})(?<![\d-])(?P<labelled>\d{{1,6}})(?![\d-]){_ADDRESS}号?|"
    rf"(?<![\d-])(?:第)?(?P<marked>\d{{1,6}})(?:号(?:工单|单子|单(?!元))|工单|单子)|"
    rf"(?<![\d\-月年])(?P<zeros>0\d{{2,5}})(?![\d-]){_ADDRESS}号?|"
    # In English, a number marked as one (no. 7, #7, ticket 7, case number 7, report #7).
    rf"(?:\bno\.|\bnr\.?|#|\b(?:ticket|case|report|complaint)(?: no\.?| number| #)?|\bnumber)"
    rf" ?#?(?P<en>\d{{1,6}})(?![\d-])(?! ?(?:building|block|unit|room|floor|street|road|lane|village))"
)
_DO = r"(处理|解决|回复|答复|联系|安排|落实|反应|搭理|过问|跟进|来|到|管|理|动|修|弄|办|回)"
_NEWS = r"(动静|消息|音信|回音|信儿|下文|结果|进展|进度|答复|回复|说法|准信)"
# What asks after progress or presses for it.
_CHASE = re.compile(
    r"(再|帮(我|俺)?(们)?|给(我|俺)?(们)?)?催(一下|一催|催|办|促)?|"
    rf"(怎么|咋|为啥|为什么|咋个|怎的)(还|都|一直|到现在)?(是)?(没|不)(有)?(人)?({_NEWS}|(来|去)?{_DO}(个)?(人|{_NEWS})?)?|"
    rf"(还|一直|到现在)(是)?(没|不见|未)(有)?(人)?({_NEWS}|(来|去)?{_DO}(个)?(人|{_NEWS})?)|"
    rf"有(没有)?人{_DO}(没(有)?人{_DO})?|(到底|究竟)?{_DO}不{_DO}|"
    rf"(快点|快些|赶紧|抓紧|尽快|赶快)(给|帮)?(我|俺)?(们)?({_DO}(一下|了)?)?|快快+|"
    r"(人|人员|师傅)(呢|在哪(里|儿)?|去哪(里|儿)?了)|(急死|急坏|等死|愁死)(人|我|俺)?(了)?|着急|急急+|"
    r"(不是)?(说好|讲好|答应|承诺|不是说)(了|过)?(的)?(今天|明天|昨天|上午|下午|晚上|这周|本周|"
    rf"周[一二三四五六日末]|星期[一二三四五六日天]|\d+号)?(就|会|要)?({_DO})*|"
    r"(帮(我|俺)?)?(查|看)(一下|一查|查|看)?(进度|进展)?|"
    rf"(有|出)(没有)?{_NEWS}(了)?(吗|没|没有|么|不)?|"
    rf"{_DO}?(得|的)?(怎么样|咋样|如何|怎样)(了)?|(进度|进展)(怎么样|咋样|如何)?|"
    rf"{_DO}(到)?(哪(一步|儿|里)?|什么程度)(了)?|"
    rf"(什么时候|啥时候|几时|多久|多长时间|哪天)(才|能|可以|会|给)*(有人)?((来|去){_DO}|{_DO})?(好|完)?|"
    rf"(还)?(要|得)?等(多久|多长时间|到什么时候|到啥时候)|(还)?(要|得)(多久|多长时间)|"
    rf"{_DO}(好|完)?了(吗|没|没有|么)|"
    r"(的)?(事|事情|问题|诉求|单子|工单)呢"  # 我那个事呢: what became of my matter?
)
# The writer's earlier matter: 我的事, 我反映的问题, 上次说的那个事.
_MINE = re.compile(
    r"(我|俺|咱)(们)?(家)?(的|那(个|件)?)?|(上次|上回|前几天|前天|昨天|之前|那天|早上|上午|下午|刚才)|"
    r"(反映|说|报|提|投诉|举报|留言)(过)?的|(那|这)(个|件)?|"
    r"(事|事情|问题|情况|诉求|单子|工单|件事)"
)
# A wait told: 都三天了, 等了好几天, 一个星期了 (a count: 星期天 is a day, no wait).
_WAIT = re.compile(
    r"(都|已经|这都|等了|过了|等)*((好|这么)?[一二两三四五六七八九十几半\d]+(多)?(个)?"
    r"(天|日|周|星期|礼拜|月|小时|钟头)(了)?(之内|以内|内)?|这么久(了)?|好久(了)?|半天(了)?)"
)
# The filler of speech: particles, politeness, whom it is said to.
_FILLER = re.compile(
    r"[啊呀吧呢嘛了哦喔啦哈吗么呐咧嘞哇诶唉哎嗯的]|麻烦|请|你们|您|领导|同志|师傅|工作人员|帮忙|一下|"
    r"到底|究竟|还|都|也|就|又|再|谢谢|辛苦|行不行|好不好|好吗|可以吗|行吗|能不能|能否|呗|是|有人|"
    r"求(求)?(你们|你)?|现在|目前|如今"
)
# A cry for help naming nothing (救命, 快来人啊): after an emergency told, it presses that one.
_CRY = re.compile(
    r"救命|救救(我们|我|俺|他|她|孩子)?|(快|赶紧|赶快)(点)?(来|派)(个)?(人|救人|救命|救)?|来人|"
    r"求(求)?(你们|你)?|帮帮(我们|我|忙)?")
# 5号的事有人管吗, 我那个3号的事呢: a bare short number opening a chase, after words for "my"
# at most (a date too, so the caller checks it is one of the writer's tickets); 3号楼 is a place.
_BARE = re.compile(r"^(?:(?:我|俺|咱)(?:们)?(?:家)?(?:的|那(?:个|件)?)?|(?:那|这)(?:个|件)?)?"
                   r"第?(\d{1,4})号(?![楼栋幢单元室户层院排组巷弄路街村门铺])")
_ASKED = re.compile(r"[?呢]")  # 0005号呢？: a number asked after
_CONTENT = re.compile(r"[^\u4e00-\u9fffa-z0-9]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[a-z]")
_CLAUSE_END = re.compile(r"[。.!?;,、~…\s]+")  # normalised: ，！？ are ASCII by now
# What may open a chase, unpunctuated: 请问0005号怎么样了, 你好我想问一下, 麻烦问下.
_OPENER = re.compile(r"(?:(?:你|您)好(?:啊|呀)?|在吗|麻烦(?:你们|您)?|打扰(?:了|一下)?)*"
                     r"(?:请问|(?:我)?想问(?:一)?下|问(?:一)?下|打听(?:一)?下)?")


@dataclass(frozen=True)
class Numbered:
    """The ticket number a chase names (numbered_chase)."""

    number: str
    bare: bool  # a bare 5号, which may be a date: a ticket's only if the writer has one of it
    led: bool  # after a short clause of another kind (联系过了。0005号怎么还没人管)


def ticket_number(text: str) -> str | None:
    """The ticket number a normalised message names, as /status takes it: whole (YYYYMMDD-NNNN)
    or the daily sequence alone (0005, 5), if it names one."""
    found = NUMBER.search(text)
    if found is None:
        return None
    if found["day"]:
        return f"{found['day']}-{found['whole']}"
    return found["labelled"] or found["marked"] or found["zeros"] or found["en"]


def bare_number(text: str) -> str | None:
    """The short number a normalised message opens with, bare (5号的事有人管吗, 我那个3号的事呢),
    when the rest of it is a chase; None otherwise. A bare 5号 may be a date: only the caller,
    who knows the writer's tickets, can take it for one."""
    found = _BARE.match(text)
    if found is None:
        return None
    rest = text[found.end():]
    asked = _ASKED.search(rest) is not None and not _FILLER.sub("", _CONTENT.sub("", rest))
    return found[1] if asked or is_chase(rest) else None  # 我的2号呢？ asks after it


def numbered_chase(text: str) -> Numbered | None:
    """The ticket number a normalised message chases: a chase naming one (0005号怎么还没人管,
    5号的事有人管吗), alone, after a clause of at most _LEAD_CHARS characters (联系过了。0005号
    怎么还没人管, 你好，0005号呢？) or after an opening 你好/请问 — the router, reading the whole
    message, takes those for a report. Whether that clause tells an emergency is the caller's
    question."""
    for start in itertools.chain([0], (end.end() for end in _CLAUSE_END.finditer(text))):
        if len(_CONTENT.sub("", text[:start])) > _LEAD_CHARS:
            break
        opener = _OPENER.match(text, start)  # it may match nothing: it always matches
        opened = opener.end() if opener is not None else start
        found = _numbered(text[opened:])
        if found is not None:
            return Numbered(*found, led=opened > 0)
    return None


def _numbered(text: str) -> tuple[str, bool] | None:
    """A chase's number as (number, bare): named in a ticket's form first, else bare."""
    if (number := ticket_number(text)) is not None and is_chase(text):
        return number, False
    if (number := bare_number(text)) is not None:
        return number, True
    return None


def is_cry(text: str) -> bool:
    """True when normalised text only cries for help or presses, naming no emergency of its own
    (救命啊快来人, 求求你们快点): said after an emergency was told, it chases that one."""
    content = _CONTENT.sub("", text)
    if not content or len(content) >= _CHASE_CHARS or not _CRY.search(content):
        return False
    rest = _CHASE.sub("", _CRY.sub("", content))
    return not _FILLER.sub("", _WAIT.sub("", _MINE.sub("", rest)))


def is_chase(text: str) -> bool:
    """True when normalised text only chases the writer's earlier matter (see the module); a
    ticket number asked after alone (0005号呢？) is one too."""
    named = NUMBER.search(text) is not None
    text = NUMBER.sub("", text)
    if not _CJK.search(text) and (_LATIN.search(text) or not (named and _ASKED.search(text))):
        return is_letters_chase(text)  # any news on no. 7? is read in English
    content = _CONTENT.sub("", text)
    if len(content) >= _CHASE_CHARS or not (content or named):
        return False
    asked_after = named and _ASKED.search(text) is not None
    if not (_CHASE.search(content) or _WAIT.search(content) or asked_after):
        return False
    rest = _CHASE.sub("", content)
    rest = _WAIT.sub("", _MINE.sub("", rest))
    return not _FILLER.sub("", rest)
