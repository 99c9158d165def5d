"""One reading of a citizen's message against their open tickets: which ticket it is about, and
what it does to it — an answer to a waiting 回访, a protest that a just-finished matter is not put
right, a withdrawal or a correction of details of one of them — or none of these (`OTHER`: a
report, a chase, a progress question or noise, read on by bot/actions/citizen.receive).

One rule says whether a message is about a ticket's matter (`about`): the matter's own words —
in the ticket's text or the keywords that routed it — before its unit, so that of three tickets
of one unit the one whose words are named is meant (说错了，不是摆摊 → the 摆摊 ticket, not the
newest of the unit's). The visit reader (bot/domain/visit_clauses.py) uses the same cues to read
a clause in the matter's own words as an answer (垃圾还在: 未解决; 车已经拖走了: 已解决).

Pure: the tickets come in as data (`Open`), the router as a parameter; no database.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from bot.config import FALLBACK_UNIT
from bot.domain.tickets import Ticket
from bot.domain.visit import QUESTIONS, clauses, negative, read_typed
from nlp.addition import opens_addition
from nlp.fragments import own_place, same_matter
from nlp.router import RouteResult
from nlp.tokenizer import normalize
from nlp.withdrawal import Withdrawal


class Router(Protocol):
    def route(self, text: str) -> RouteResult: ...

    def noise_topic(self, text: str) -> str: ...


class Memo:
    """A router that routes each text once: what one message's readers ask of it again (the
    message itself, a clause that is the whole of it) is answered from memory. `known`: texts
    already routed (the message, by citizen.receive)."""

    def __init__(self, router: Router, known: Mapping[str, RouteResult] | None = None) -> None:
        self._router = router
        self._known = dict(known or {})

    def route(self, text: str) -> RouteResult:
        found = self._known.get(text)
        if found is None:
            found = self._known[text] = self._router.route(text)
        return found

    def noise_topic(self, text: str) -> str:
        return self._router.noise_topic(text)


class Label(StrEnum):
    ANSWER = "answer"  # an answer to the 回访 of `ticket` (chosen by the matter it names)
    UNSOLVED = "unsolved"  # 瞎说，压根没人来换 (or a bare 很不满意) right after the 办结 of `ticket`
    WITHDRAW = "withdraw"  # 路灯那个不用办了: the open tickets of `tickets` offered to withdraw
    CORRECTION = "correction"  # 地址说错了，是东门不是西门: details of `ticket` corrected
    OTHER = "other"  # none of these: read on


@dataclass(frozen=True)
class Open:
    """A ticket of the writer's as the reading sees it: `question` is the 回访 question waiting
    (c, s, r) or None; `finished`: 办结 and its 回访 not asked yet; `passed`: every unit it
    went to; `received`; `waiting`: a photo's ticket still waiting for its words; `logged`:
    registered by staff on the citizen's behalf."""

    id: int
    unit: str
    text: str
    state: str = "new"
    keywords: tuple[str, ...] = ()
    passed: tuple[str, ...] = ()
    question: str | None = None
    finished: bool = False
    received: dt.datetime | None = None
    waiting: bool = False
    logged: bool = False

    @classmethod
    def of(cls, ticket: Ticket, passed: Sequence[str] = (), question: str | None = None,
           finished: bool = False) -> Open:
        """A ticket as the reading sees it."""
        return cls(ticket.id, ticket.unit, ticket.text, ticket.state.value,
                   ticket.keyword_list, tuple(passed), question, finished, ticket.received_at,
                   ticket.pending_until is not None, bool(ticket.logged_by))

    @property
    def live(self) -> bool:
        """Still being handled: a withdrawal or a correction may be about it."""
        return self.state in ("new", "accepted", "reopened")


@dataclass(frozen=True)
class Reading:
    label: Label
    tickets: tuple[int, ...] = ()

    @property
    def ticket(self) -> int | None:
        return self.tickets[0] if self.tickets else None


OTHER = Reading(Label.OTHER)
_HAN = re.compile(r"[\u3400-\u9fff]")
_PLAIN = re.compile(r"\(.*?\)")  # 污水横流(污水流): the word, not how it was found


def about(ticket: Open, words: Sequence[str], unit: str | None) -> int:
    """How closely `ticket` is of the matter named by `words` (a unit's matter words) and
    `unit` (where they route): 2 when a word is in its own words or routing keywords, 1 when
    only its unit (or one it went to) is the matter's, 0 when neither. A ticket told in another
    script than the words (street light, for 路灯) cannot hold them: of the matter's unit, it
    is as close as one that does (T24 finding 13: the newest lamp report, in English, was left
    out of 路灯那个事我撤回's offer)."""
    told = normalize(ticket.text)
    own = [_PLAIN.sub("", k) for k in ticket.keywords]
    for word in (_PLAIN.sub("", w) for w in words):
        if word and (word in told or any(word in k or k in word for k in own if k)):
            return 2
    of_unit = unit not in (None, FALLBACK_UNIT) and unit in (ticket.unit, *ticket.passed)
    if of_unit and not _HAN.search(told) and any(_HAN.search(w) for w in words):
        return 2
    return int(of_unit)


def meant(tickets: Sequence[Open], words: Sequence[str], unit: str | None) -> list[Open]:
    """The tickets the matter named is of, the closest only (its words before its unit)."""
    ranked = [(about(t, words, unit), t) for t in tickets]
    best = max((rank for rank, _ in ranked), default=0)
    return [t for rank, t in ranked if rank == best > 0]


# Where a report is: a village, an estate, a road, a building, a gate (幸福小区, 3号楼, 东门); 路灯,
# 路面 are matters, not roads. A place's name holds no 那个, 这座 (村东头那个桥 names 东头, and 那个桥
# is the matter's bridge however it is pointed at: 村东头的桥 is the same one).
_WHERE = re.compile(
    r"(?:(?![的了在那这个座条])[\u4e00-\u9fff0-9]){1,10}?(?:村|社区|小区|镇|乡|街道|庄|屯|寨|花园|家园|苑|大院|大道|胡同|巷|"
    r"广场|公园|市场|学校|小学|中学|幼儿园|医院|卫生院|车站|桥|街(?!灯|道)|路(?![灯面边况上口]))"
    r"|\d+(?:号楼|号院|栋|幢|单元|号|排|组)|[东西南北](?:门|侧|头)")


def places(text: str) -> list[str]:
    """The places a text names, as written (幸福小区, 3号楼, 东门)."""
    return _WHERE.findall(normalize(text))


def same_report(text: str, route: RouteResult, ticket: Open) -> bool:
    """Whether `text` (routed as `route`) tells `ticket`'s matter again at its place: it goes to
    the ticket's unit (or one it went to) and concerns no other, a matter word of it names the
    ticket's matter (nlp.fragments.same_matter: 没水 is 停水's; the others, of the same unit, say
    more of it: 路上都是水), and it names the same place — it names one, and every place it
    names is in the ticket's words (幸福小区停水 and 幸福小区路灯坏了 are two matters, 幸福小区停水
    and 和平小区停水 or 3号楼 and 5号楼 two places). Words that name no place (停水了, then 又停水
    了 a day on; 我家停水 then 小区又停水了) cannot be told to be the same place: each is a report
    of its own, as a citizen telling of a new cut expects."""
    if route.urgent or route.kind != "report" or not route.keywords or route.also \
            or route.unit not in (ticket.unit, *ticket.passed):
        return False
    if not any(same_matter((word,), ticket.text, ticket.keywords) for word in route.keywords):
        return False
    told, said = normalize(ticket.text), places(text)
    return bool(said) and all(place in told for place in said)


def matter(route: RouteResult | None) -> tuple[tuple[str, ...], str | None]:
    """The matter a routed text names: its matter words and their unit (None for none)."""
    if route is None or not route.keywords:
        return (), None
    return tuple(route.keywords), route.unit


# The work not done, said against a 办结 (压根没人来换, 根本没人来修, 就没来过人): 未解决.
_UNDONE = re.compile(r"(?:压根|根本|从来|就|也|都|一直)(?:就)?(?:没|没有)(?:人|有人)?(?:来|上门|过来)?"
                     r"(?:换|修|弄|管|处理|清理|清|拉|拖|补|盖|看)")
# The matter still there (垃圾还在, 那灯照样黑着, 摊子还摆着): said of the ticket's own matter.
_STILL = re.compile(r"还在|还是|还没|依然|依旧|仍然|仍旧|照样|照旧|一直")  # not 还有: "also"
# The matter put right in its own words (车已经拖走了, 摊子没了, 现在好多了).
_GONE = re.compile(r"(?:已经|都|也)?(?:拖|搬|挪|移|运|拉|清|收)走了"
                   r"|(?:已经|都)?(?:没了|不见了)")
_SUPPLY_GONE = re.compile(r"[水电气暖网灯钱][^，,。.！!？?]{0,3}没了")  # 水又没了: the trouble
_BETTER = re.compile(r"好多了|好些了|好转了|改善了|有改善|好一些了")


def undone(text: str) -> bool:
    """Whether `text` says the work was never done (压根没人来换)."""
    return _UNDONE.search(normalize(text)) is not None


def own_words(clause: str, ticket_text: str, route: RouteResult) -> bool:
    """Whether `clause` (routed as `route`) names the ticket's matter in the ticket's own words,
    and no other spot than the ticket's (61号楼停水 at the 1号楼停水 ticket's 回访 is another)."""
    told = normalize(ticket_text)
    return any(_PLAIN.sub("", k) in told for k in route.keywords if k) \
        and not own_place(clause, ticket_text)


def persists(clause: str, ticket_text: str, route: RouteResult) -> bool:
    """Whether a clause says the ticket's own matter is still there (垃圾还在 at the 垃圾
    ticket's 回访): its matter named in its own words, with a word that it goes on."""
    return not opens_addition(clause) and _STILL.search(normalize(clause)) is not None \
        and own_words(clause, ticket_text, route)


def put_right(clause: str, ticket_text: str, units: Sequence[str], route: RouteResult) -> bool:
    """Whether a clause says the matter was put right in words of its own: gone (车已经拖走了,
    摊子没了: the ticket's matter, a matter of a unit it went to, or no unit's named) or better
    (现在好多了). A supply gone (水没了) is the trouble, not its end."""
    plain = normalize(clause)
    if _STILL.search(plain) or opens_addition(clause) or route.urgent:
        return False
    if _BETTER.search(plain):
        return True
    if _SUPPLY_GONE.search(plain):
        return False
    return _GONE.search(plain) is not None and (
        not route.keywords or route.unit in units or own_words(clause, ticket_text, route))


# A correction of details: 是东门不是西门, 不是西门，是东门那个井盖 (the wrong detail, the right one).
_RIGHT_FIRST = re.compile(r"是(?P<right>[^,.!?;:，。！？；：]{1,16}?)[,，]?(?:而)?不是"
                          r"(?P<wrong>[^,.!?;:，。！？；：]{1,16})")
_WRONG_FIRST = re.compile(r"不是(?P<wrong>[^,.!?;:，。！？；：]{1,16}?)[,.;，。 ]*(?:而|应该|其实)?是"
                          r"(?P<right>[^,.!?;:，。！？；：]{1,30})")
_DETAIL_TAIL = re.compile(r"(?:那个|这个|那边|这边|那儿|这儿|的)$")


def corrected(text: str) -> tuple[str, str] | None:
    """The wrong detail and the right one a correction names, or None."""
    plain = normalize(text)
    found = _WRONG_FIRST.search(plain) or _RIGHT_FIRST.search(plain)
    if found is None:
        return None
    return _DETAIL_TAIL.sub("", found["wrong"].strip()), found["right"].strip()


def read(text: str, route: RouteResult | None, tickets: Sequence[Open], router: Router,
         withdrawal: Withdrawal | None) -> Reading:
    """The one reading of `text` (routed as `route`) against the writer's `tickets`, newest
    first. `withdrawal`: what nlp.withdrawal reads in it. An emergency is never read as about
    a ticket here: it is a report (or presses its own, citizen.receive)."""
    if route is not None and route.urgent:
        return OTHER
    router = Memo(router, {text: route} if route is not None else None)
    live = [t for t in tickets if t.live]
    if withdrawal is not None and withdrawal.about and not withdrawal.numbers:
        # 路灯那个不用办了: the open ticket of that matter, even with 回访 waiting.
        words, unit = matter(router.route(withdrawal.about))
        named = meant(live, (withdrawal.about, *withdrawal.about.split(), *words), unit)
        if named:
            return Reading(Label.WITHDRAW, tuple(t.id for t in named))
    if withdrawal is None and (fix := corrected(text)) is not None \
            and not any(read_typed(fix[0], q) for q in QUESTIONS):  # 不是没解决，是解决了: answers
        wrong, right = fix
        named = [t for t in live if len(wrong) >= 2 and wrong in normalize(t.text)]
        if named and not _another_matter(router.route(right), named[0]):
            return Reading(Label.CORRECTION, (named[0].id,))
    finished = [t for t in tickets if t.finished]
    if finished and not opens_addition(text) \
            and (protested := _unsolved(text, finished, router)) is not None:
        return Reading(Label.UNSOLVED, (protested.id,))
    if len(finished) == 1 and withdrawal is None and not any(t.question for t in tickets) \
            and _displeased(text, route):  # no 回访 waits: that one asked and is answered
        return Reading(Label.UNSOLVED, (finished[0].id,))  # 很不满意 right after the 办结
    visits = [t for t in tickets if t.question is not None]
    if len(visits) > 1:
        words, unit = matter(route)
        named = meant(visits, words, unit)
        if len(named) == 1:
            return Reading(Label.ANSWER, (named[0].id,))
    return OTHER


def _displeased(text: str, route: RouteResult | None) -> bool:
    """Whether a message naming no matter says, as an answer to the 回访 would, that it was not
    put right or not to the writer's liking (很不满意, 太差劲了, 根本没解决, really unhappy)."""
    if (route is not None and route.keywords) or opens_addition(text):
        return False
    return bool(negative({**read_typed(text, "s"), **read_typed(text, "r")}))


def _another_matter(route: RouteResult, ticket: Open) -> bool:
    """Whether the right detail of a correction is a matter of another unit (停电 for water)."""
    return route.kind == "report" and bool(route.keywords) \
        and route.unit not in (ticket.unit, FALLBACK_UNIT, *ticket.passed)


def _unsolved(text: str, finished: Sequence[Open], router: Router) -> Open | None:
    """The just-finished ticket a message says is not put right: the work never done (瞎说，压根
    没人来换: the one finished, or the one its other words name, never another unit's matter),
    or its matter still there in its own words (垃圾还在)."""
    if undone(text):
        rest = _UNDONE.sub("", normalize(text))
        words, unit = matter(router.route(rest))
        named = meant(finished, words, unit) if words else list(finished)
        named = [t for t in named if not own_place(text, t.text)]  # another spot: a report
        if len(named) == 1:
            return named[0]
        return None
    for clause in clauses(text):
        route = router.route(clause.group())
        if route.urgent:
            return None
        named = [t for t in finished if persists(clause.group(), t.text, route)]
        if len(named) == 1:
            return named[0]
    return None
