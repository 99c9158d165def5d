"""The satisfaction visit (回访) after 办结: three questions, answered in order, as codes.

是否联系过您 (contacted: yes/no) → 问题是否解决 (solved: yes/no) → 满意度 (rating). The stored
values are the codes below; bot/texts renders their labels.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.domain.visit_dialect import in_mandarin
from bot.domain.visit_english import in_chinese
from bot.domain.visit_score import SCALE, score, written_scale
from bot.domain.visit_work import WORKED, WORKMANSHIP
from nlp.addition import addition_starts, opens_addition
from nlp.feeling import bare_feeling
from nlp.settled import DONE
from nlp.tokenizer import normalize


class Rating(StrEnum):
    SATISFIED = "satisfied"  # 满意
    BASIC = "basic"  # 基本满意
    UNSATISFIED = "unsatisfied"  # 不满意
    DEFAULT = "default"  # 默认满意: the visit went unanswered (not a rating)


RATED = (Rating.SATISFIED, Rating.BASIC, Rating.UNSATISFIED)  # what the citizen can choose
HAPPY = (Rating.SATISFIED, Rating.BASIC)

# Questions in the order they are asked, with the column each answer goes to.
QUESTIONS = ("c", "s", "r")  # contacted, solved, rating
COLUMN = {"c": "contacted", "s": "solved", "r": "rating"}
# Answer codes in button data → the stored value.
ANSWERS: dict[str, dict[str, int | Rating]] = {
    "c": {"1": 1, "0": 0},
    "s": {"1": 1, "0": 0},
    "r": {"3": Rating.SATISFIED, "2": Rating.BASIC, "1": Rating.UNSATISFIED},
}
VISIT_ANSWER_DAYS = 3  # an unanswered visit is closed as 默认满意 after this long
LATE_ANSWER_DAYS = 7  # an answer this long after a 默认满意 closure still belongs to its visit
# County hours in which the follow-up loop may write to a citizen (回访, its closing): one due
# at night waits for the first tick from 08:00.
CITIZEN_HOURS = (dt.time(8, 0), dt.time(21, 0))


def citizen_hours(now: dt.datetime, tz: ZoneInfo) -> bool:
    """Whether `now` is within CITIZEN_HOURS, county time (from 08:00, before 21:00)."""
    start, end = CITIZEN_HOURS
    return start <= now.astimezone(tz).time() < end


def reasons(rating: Rating | str | None, solved: bool | None) -> tuple[str, ...]:
    """Why a visit sends the ticket back, as codes: "unsolved" (问题未解决) and/or "unsatisfied"
    (不满意); empty when it does not. Either sends it back to the unit (once)."""
    return tuple(code for code, applies in (("unsolved", solved is False),
                                            ("unsatisfied", rating == Rating.UNSATISFIED))
                 if applies)


# A typed answer to a pending question, read by its words: the clear ones only (a negation is
# read before the word it negates). _SAID reads any question; _PENDING only the question
# waiting (还是没水 answers 问题是否解决, but typed before it may be a new report); a short
# yes or no answers whichever of the first two questions is waiting.
# A thing the citizen names before what was done to it (站牌, 公交站牌, 楼道灯): a few characters
# with no negation or 还 (没修好, 还没弄好 are 未解决) nor 又 (又坏了 is the trouble back), nor
# thanks for an earlier matter (上次路灯修好了谢谢你们, 谢谢你们把路灯修好了: nlp/thanked.py's).
_THING = r"[^\W\d_没未不还又说次把被谢你我他她们]{0,8}?"
# Work that puts a thing right (修好了, 换好了, 疏通了, 立起来了), and troubles a thing can stop
# (不漏了, 不堵了): with a thing named before them, whole clauses answering 问题是否解决 — not a
# call put through (电话打通了, 沟通了, 接通了: 是否联系过您's, if anything).
# … and done in the citizen's own words (护栏弄上了, 坑填平了, 下水道通开了: nlp.settled.DONE).
_PUT_RIGHT = (r"修好|弄好|处理好|办好|搞定|修复|修复好|换好|换新|装好|补好|填好|修通|疏通|通|亮"
              r"|立好|扶正|扶起来|立起来|装上|换上|安上|清理干净|清干净|清走|拉走|恢复正常|恢复|"
              + DONE)
_TROUBLE = r"漏|堵|臭|响|吵|闹|晃|积水|冒水|跳闸|停"
# Words that the matter goes on (还, 仍然, 到现在也 …) before a thing not working again (没来,
# 不亮, 没修) or a trouble going on (漏, 堵): 水到现在也没来, 灯还不亮, 照样漏 are 未解决.
_STILL = r"还是|还|仍然|仍旧|仍|依然|依旧|照样|照旧|一直|至今|到现在|直到现在|到今天|到今儿|这会儿"
_NOT_WORKING = re.compile(rf"({_STILL})(也|都|还|是)*(没有?|未|不)(见|能|人|有人)?"
                r"(来(?!得及)|通|亮|修|好(?!意思|说)|动|管|弄|处理|变|改|转|热|出水|恢复|解决)"
                rf"|({_STILL})(也|都|还)*(是|在)?({_TROUBLE}|坏|烂|破|黑|冒|淹|渗|滴)")
_SAID: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    # A negation of a negative answer first (不是不满意, 没有不满意, 不是没解决): no trap.
    ("c", "1", re.compile(r"(不是|并不是|并非)(没|没有)(人)?(联系|联络)")),
    ("s", "1", re.compile(r"(不是|并不是|并非)(没|没有)(解决|修好|处理好|弄好|办好)")),
    ("r", "3", re.compile(r"(没有?|没什么|没啥|并没有?)(什么|啥)?不满意")),
    ("r", "2", re.compile(r"(也)?(不是|并不是|并非|谈不上)不满意")),
    # Asked back or granted only in part, the result is not put right: 这能叫解决吗, 这也算修好了,
    # 水来是来了(，黄汤子能喝吗), 修是修了(，没两天又…).
    ("s", "0", re.compile(r"这(也|就|还)?(能|可|也)?(叫|算)(是)?(解决|修好|处理好|办好|弄好|修|处理)"
                          r"(了)?(吗|么|嘛|啊|呢)"
                          r"|(水|电|气|人|灯|路灯|师傅)?(?P<done>来|修|换|弄|装|补|填|通|亮|管|处理|看)"
                          r"是(?P=done)了")),
    ("c", "0", re.compile(r"(没|没有|未|不曾)(人)?(跟我|和我|给我)?(联系|联络|打过电话|回电)(过)?"
                          r"|没(人|有人)(来|找|打|上门)(看)?(过)?|没(有)?来(过)?人(看|修|查)?(过)?"
                          r"|(警察|民警|师傅|工作人员)(根本|从来|也|都|一直)?没(有)?(来|上门)过")),
    ("c", "1", re.compile(r"联系(过|了|我了)|打过电话|打电话(了|来了)|有(人)?联系|来(了)?人了"
                          r"|来(了)?人(来)?(看|修|查)(过|了)|有人来(过|了)|(?<![没无])人来(过)?了"
                          r"|上(过)?门(来)?(了|过)|来(家里|现场)?看(过|了)"
                          # the call taken by someone at home (是俺儿子接的电话)
                          r"|(?<![没未不])接(的|了|过|到了)(他们的|你们的|经办人的)?电话")),
    # Put right and the trouble back (修好了又坏了, 通了两天又堵了), or put right only in words
    # (说是修好了，其实没有): 未解决.
    ("s", "0", re.compile(rf"({_PUT_RIGHT})了?[^\W\d_]{{0,4}}?又(坏|{_TROUBLE}|不|没|黑|倒)"
                          rf"|(说是?|号称)(已经?)?({_PUT_RIGHT}|解决)了?"
                          r"(但|可|其实|根本|实际上?|结果)(是|就|也)?(没|没有|还没|不)")),
    # … or only in part (没完全解决, 没彻底修好, 解决了一半; sort of, partly: visit_english).
    ("s", "0", re.compile(r"(没|没有|未|还没|还没有|并没|并没有|根本没)(能|给|人)?(完全|彻底|全部)?"
                          rf"(解决|修好|处理好|弄好|办好|搞定|拿到|到账|补好|拉走|清走|{DONE})"
                          r"|(部分|只)解决|解决(了)?一半")),
    # The matter put right in the citizen's words (水来了, 灯亮了, 不漏了) is 已解决; so is a
    # thing named working again (站牌修好了, 井盖换好了, 水管不漏了): the thing is the matter's.
    ("s", "1", re.compile(rf"{_THING}(已经|已|都|也)?(?<![不没未])(?<!电话)"
                          rf"({_PUT_RIGHT.replace('|通|', '|(?<![沟打接畅])通|')})了(?!又)"
                          rf"|{_THING}(已经|都|也)?不再?({_TROUBLE})了"
                          r"|(已经|已)?(解决|修好|处理好|弄好|办好|搞定)了|已解决|已经解决"
                          r"|(水|电|气|暖|暖气|灯|路灯|网)(也)?(来|有|通|亮)(了)|有(水|电|气|暖气?)了"
                          r"|(已经|都)?(?<![沟打接畅不没])(通|亮)了|不(漏|堵|臭)了"
                          # the matter put right in a word of its own (钱已经拿到手了, 坑补好了), or
                          # what was asked for granted (低保批下来了: outside tester T27, finding 6)
                          r"|[^\W\d_没未不还]{0,4}?(已经|都|也)?(拿到手|到手|到账|补好|填好|拉走|清走"
                          r"|[批发办拨]下来|领到|拿到)了"
                          # … said as short as it gets (补贴到了, 钱到了: T28 finding 6)
                          r"|(补贴|补助|低保|救助金?|养老金|工资|退款|报销款?|钱|款)(已经|都|也)?"
                          r"[到发批给退]了(?=$|[，,。.!！~\s]|吧|啊|呀|哈)")),
    ("r", "1", re.compile(r"不(太|很|怎么)?满意|差评|骗人|糊弄人?|敷衍(了事)?")),
    ("r", "2", re.compile(r"基本满意|还行|还可以|凑合")),
    ("r", "3", re.compile(r"(非常|很|挺|十分|比较|蛮|相当|特别)?满意|好评")),
)
_PENDING: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    ("c", "1", re.compile(r"来过(电话)?了?")),
    # 还是不满意 is still unsatisfied, not still unsolved
    ("s", "0", re.compile(r"还是(没有?|不)(?!(太|很|怎么)?满意)(水|电|气|暖|来|通|好|行)?"
                          r"|还是老样子|依然|仍然|照样|没(水|电|气|暖)|还是(堵|漏|坏|烂|破|黑|臭|停|冒|淹)|还(在)?(堵|漏|冒|臭)着"
                          # more of the matter still not put right: 还堆着, 还在闹, 一点没改
                          r"|还(在)?(堆|堵|漏|冒|臭|占|停|放|积|淹|响|闹|吵)着|还在(闹|吵|响|漏|堵|冒|排|占|堆)"
                          r"|一点(也|都)?没(改|变|好)|根本没(人)?(来|管|修|拉|清|处理)"
                          r"|没(有)?(任何)?(变化|改善|改变|改观)|照旧"
                          # the work promised not done yet (说下周换，这不还没换呢)
                          r"|还(没|没有|未)(给|人|来人)?(换|装|补|填|焊|安|修|动|弄|管)(呢|哪|啊|呀)?")),
    ("s", "1", re.compile(r"(?<![没不])好了|(?<![没不])恢复了|(?<![没不])来(水|电|气|暖)了")),
    ("s", "1", WORKED),  # 换了, 栏杆是换了: the work done, all the clause says (visit_work)
    ("r", "2", re.compile(r"一般")),
)
_SHORT_YES = re.compile(r"(是|是的|有|有的|对|对的|嗯|好的?|yes|y)")
# … and a bare negation of its being done yet (还没, 还没有呢, 没呢, 尚未; not yet: visit_english):
# what the answer is, whatever is said after it (还没呢，师傅说得等零件到了才能修).
_SHORT_NO = re.compile(r"(否|不是|无|no|n|(还|尚|仍|暂时|目前|现在)?(还)?(没有?|未)(呢|哪|啊|呀)?)")
_NOT_WORDS = re.compile(r"[\W_]+")
# A score that can be nothing but a rating (4 stars, 8/10): read whichever question waits.
_RATED = re.compile(r"\d颗?星|分满分")
SHORT_ANSWER = 10  # characters: a reply this short is an answer, whatever a router makes of it


def read_typed(text: str, pending: str) -> dict[str, str]:
    """The answers (question → answer code) a typed message clearly gives, for a visit whose
    `pending` question is next: each question's first reading wins (不满意 before 满意)."""
    return _read(text, pending, broken=True)


def _read(text: str, pending: str, broken: bool) -> dict[str, str]:
    """read_typed; `broken`: whether a thing still not working (灯还不亮) is read too."""
    clean = _NOT_WORDS.sub("", "".join(in_mandarin(in_chinese(c), pending)
                                       for c in _CLAUSE.findall(text)).lower())
    said: dict[str, str] = {}
    for question, code, pattern in _SAID:
        if question not in said and pattern.search(clean):
            said[question] = code
    if pending not in said:
        for question, code, pattern in _PENDING:
            if question == pending and pending not in said and pattern.search(clean):
                said[pending] = code
    if (pending == "r" or _RATED.search(clean)) and "r" not in said \
            and (scored := score(clean)) is not None:
        said["r"] = scored[0]  # 八十分, 6 out of 10: a score on the bot's scale
    if broken and pending == "s" and "s" not in said and _still_broken(text):
        said["s"] = "0"  # 水到现在也没来, 灯还不亮: the thing still not working
    if "r" not in said and bare_feeling(normalize(text)):
        said["r"] = "1"  # 太差劲了, 真让人失望, 气死我了: a feeling alone, told of the ticket
    if pending in ("c", "s") and pending not in said:
        if _SHORT_YES.fullmatch(clean):
            said[pending] = "1"
        elif _SHORT_NO.fullmatch(clean):
            said[pending] = "0"
    return said


def _still_broken(text: str) -> bool:
    """Whether `text` says the thing is still not working (水到现在也没来, 灯还不亮, 照样漏) and
    nothing but answers besides: a report told at length says so too (西街2号楼停水两天了，一直
    没有来水), and is a report."""
    parts = [in_mandarin(in_chinese(c), "s") for c in _CLAUSE.findall(text)]
    broken = [p for p in parts if _NOT_WORKING.search(_NOT_WORDS.sub("", p))]
    return bool(broken) and all(p in broken or _read_clause(p, "s") is not None for p in parts)


def still_unsolved(text: str) -> bool:
    """Whether `text` says the matter is still not put right (没解决, 还是没水, 依然漏水): more
    about a matter whose 回访 said 未解决, as it would answer 问题是否解决."""
    return read_typed(text, "s").get("s") == "0"


def is_short(text: str) -> bool:
    """A reply short enough to be read as an answer even where a router sees a unit's matter
    (不满意 reads as the market bureau's)."""
    return len(_NOT_WORDS.sub("", text)) <= SHORT_ANSWER


def negative(said: dict[str, str]) -> dict[str, str]:
    """The answers that would send the ticket back: 未解决 and 不满意."""
    return {q: c for q, c in said.items() if (q, c) in (("s", "0"), ("r", "1"))}


# A sentence answering several questions at once (联系过了，但是还没解决，很不满意): read clause by
# clause, each read as if typed alone while the question after those already answered waits.
# A clause is an answer when nothing but answer words and the filler around them is left; the
# first clause that says anything else starts the rest of the message (另外我家门口路灯坏了).
# English words of one clause stay together (not satisfied), and so do a score's (6 out of 10).
_CLAUSE = re.compile(r"(?:[^，,。.！!？?；;、\s~～…]|(?<=[A-Za-z'’])\s+(?=[A-Za-z])"
                     r"|(?<=\d)\s+(?=(?:out|points?|marks?|stars?)\b)|(?<=\bof)\s+(?=\d))+")
_FILLER = re.compile(
    r"但是|可是|不过|而且|所以|其实|总之|总的来说|问题|事情|已经|真的|确实|特别|非常|十分|比较"
    r"|谢谢|感谢|多谢|辛苦了?|麻烦了?|你们|您好|你好|那个|这个|师傅|工作人员|经办人|政府|服务|态度"
    r"|^这不|[但也都还就我您的地得了啊呀吧呢哦噢喔嗯哈啦嘛很太挺蛮算是]")
# A remark on how the staff behaved (态度一般, 人家态度挺好的) or a little opinion (挺好的): no
# answer and no matter, but a comment kept on the ticket (市民回访留言). Read before the answers,
# so that 态度一般 is not taken for 基本满意.
_REMARK = re.compile(
    r"(人家|他们|工作人员|师傅|经办人)?(的)?(服务)?(态度|服务)(也|还|都)?(是)?"
    r"(挺|很|蛮|非常|比较|特别|不太|不怎么|太|真|还算|有点|有些)?"
    r"(好|一般|差|不错|还行|可以|热情|耐心|周到|冷淡|不好|恶劣|生硬|凶)(的)?"
    r"|(挺|很|蛮|真)(好|不错)(的)?|不错|" + WORKMANSHIP)  # 焊得太糙了: how the work was done


@dataclass(frozen=True)
class Reading:
    """What a typed message answers, in the order asked (question → answer code), and the rest
    of it that is no answer (from its first clause saying something else); `rest` is the whole
    message when it answers nothing."""

    said: dict[str, str]
    rest: str
    remark: bool = False  # a clause read remarks on the staff (态度一般): a comment to keep


def read_answers(text: str, pending: str) -> Reading:
    """The answers a message gives clause by clause while `pending` waits (a clause read as if
    typed alone, the question waiting moving on as each is answered), and what follows them."""
    said: dict[str, str] = {}
    remark = worked = False  # worked: 已解决 read from work done alone (换了), a later 没修好 wins
    cuts = addition_starts(text)
    scale = written_scale(_NOT_WORDS.sub("", text))  # 5分，满分10分: the scale of any mark
    for clause in _clauses(text, cuts):
        waiting = next((q for q in QUESTIONS[QUESTIONS.index(pending):] if q not in said),
                       QUESTIONS[-1])
        got = _read_clause(clause.group(), waiting, scale)
        if got is None:
            # The thing still not working only when nothing but answers follow (灯还不亮, not
            # 村口的路灯到现在也没人修，晚上一直不亮，走路看不见: a report).
            if waiting == "s" and (_read(clause.group(), "s", broken=False).get("s") == "0"
                                   or _still_broken(text[clause.start():])) \
                    and not opens_addition(clause.group()):
                said["s"] = "0"  # 下水道还是堵着呢: 未解决, and more of the matter
            return Reading(said, text[clause.start():].strip(), remark)
        answers, remarked = got
        remark = remark or remarked
        if worked and answers.get("s") == "0":
            said["s"] = "0"  # 修了，但是没修好: the work done, not the matter put right
        worked = worked or ("s" not in said and answers.get("s") == "1"
                            and WORKED.search(_NOT_WORDS.sub("", clause.group())) is not None)
        for question, code in answers.items():
            said.setdefault(question, code)
    return Reading(said, "", remark)


def clauses(text: str) -> list[re.Match[str]]:
    """The clauses of `text`, as the answers are read from them."""
    return _clauses(text, addition_starts(text))


def _clauses(text: str, cuts: list[int]) -> list[re.Match[str]]:
    """The clauses of `text`: split at punctuation and spaces, and before a turn (另外 …)."""
    found: list[re.Match[str]] = []
    for match in _CLAUSE.finditer(text):
        inner = [c for c in cuts if match.start() < c < match.end()]
        if not inner:
            found.append(match)
            continue
        bounds = [match.start(), *inner, match.end()]
        found.extend(m for a, b in itertools.pairwise(bounds)
                     if (m := _CLAUSE.match(text, a, b)) is not None)
    return found


def _read_clause(clause: str, waiting: str, scale: int | None = None
                 ) -> tuple[dict[str, str], bool] | None:
    """The answers one clause gives (empty for filler alone: 谢谢) and whether it remarks on
    the staff (不过态度一般), or None when it says something besides them."""
    clean = _NOT_WORDS.sub("", in_mandarin(in_chinese(clause), waiting).lower())
    if not clean:
        return {}, False
    short = _short(clean, waiting)
    if short is not None:
        return short, False
    said: dict[str, str] = {}
    rest = _REMARK.sub(" ", clean)
    remark = rest != clean
    for question, code, pattern in _SAID + tuple(p for p in _PENDING if p[0] == waiting):
        found = pattern.search(rest)
        if found is None or not found.group():
            continue
        said.setdefault(question, code)
        rest = rest[:found.start()] + " " + rest[found.end():]
    if (waiting == "r" or _RATED.search(rest)) \
            and (scored := score(rest.replace(" ", ""), scale)):
        said.setdefault("r", scored[0])  # 给个八十分吧: a score on the bot's scale
        rest = SCALE.sub("", rest.replace(" ", "")).replace(scored[1].group(), " ", 1)
    if scale is not None:
        rest = SCALE.sub("", rest.replace(" ", ""))  # 满分10分 alone: the scale, said already
    rest = _FILLER.sub("", rest.replace(" ", ""))
    return (said, remark) if not rest and (said or remark) else \
        ({}, False) if not rest else None


def _short(clean: str, waiting: str) -> dict[str, str] | None:
    """A bare yes or no (有, 是的, 没有) for the first two questions."""
    if waiting not in ("c", "s"):
        return None
    if _SHORT_YES.fullmatch(clean):
        return {waiting: "1"}
    if _SHORT_NO.fullmatch(clean):
        return {waiting: "0"}
    return None


@dataclass(frozen=True)
class Rated:
    """A ticket's 满意度 columns as they stood at some moment: `rating` (a Rating code),
    `rated_at` (when the citizen last chose one, ISO), `solved` (the 问题是否解决 answer);
    and, no column, `rated_solved`: the 问题是否解决 answer of the 回访 the rating was chosen in,
    which the 重办 it caused does not clear (what 解决率 counts beside that rating)."""

    rating: str | None = None
    rated_at: str | None = None
    solved: bool | None = None
    rated_solved: bool | None = field(default=None, compare=False)


def rated_then(log: Iterable[tuple[str, str, str | None, str | None]]) -> Rated:
    """The 满意度 columns after the audit events `log` ((action, at, new, detail), in order), as
    the visit wrote them: a 满意度 chosen (`rate`, "r:CODE") sets the rating and its time, a
    问题是否解决 answer ("s:CODE") `solved`; a 未解决 or 不满意 typed ahead (`visit_said`, `new`
    naming which; none named by older versions: the rating) sets them without a time; a 重办
    clears `solved`; a 回访 closed with no 满意度 said since the 办结 and no 未解决 is 默认满意.
    Each 办结 starts a round: `rated_solved` is the latest round's answer the rating was given in."""
    rating: str | None = None
    rated_at: str | None = None
    solved: bool | None = None
    said = False  # a 满意度 given since the latest 办结
    rounds: list[bool | None] = [None]  # each round's 问题是否解决 answer, a 重办 kept out
    rated_round = 0
    for action, at, new, detail in log:
        question, _, code = (detail or "").partition(":")
        if action == "resolve":
            said = False
            rounds.append(None)
        elif action == "rate" and question == "r" and code in ANSWERS["r"]:
            rating, rated_at, said = str(ANSWERS["r"][code]), at, True
            rated_round = len(rounds) - 1
        elif action == "rate" and question == "s" and code in ANSWERS["s"]:
            solved = rounds[-1] = bool(ANSWERS["s"][code])
            if not solved and rating == Rating.DEFAULT.value:
                rating = None  # 未解决 said late: the 默认满意 was no answer (visit_late)
        elif action == "visit_said":
            kept = "r" if new is None else new
            if "s" in kept:
                solved = rounds[-1] = False
            if "r" in kept:
                rating, said = Rating.UNSATISFIED.value, True
                rated_round = len(rounds) - 1
        elif action == "reopen":
            solved = None
        elif action == "close" and not said and solved is not False:
            rating = Rating.DEFAULT.value
    return Rated(rating, rated_at, solved, rounds[rated_round])
