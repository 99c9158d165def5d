"""One reading of a message typed while a 回访 waits: the ticket a number in it names
(`number_named`), the matter it names (`matter_named`, matched with a ticket by `fits`), then
the message split into clauses, each labelled once — an answer to
是否联系过您 / 问题是否解决 / 满意度 (bot/domain/visit.py reads their values, in the order asked),
thanks, more of the matter, a remark on the handling, a chase, or a new matter (另外… naming a
problem, an emergency, another unit's matter in a word of its own). bot/actions/visit_typed.py
acts on the labels: it records the answers, joins more of the matter to the ticket, keeps a
remark on the visit and reads a chase or a new matter as a new message.

Pure: the router and what is known of the visited ticket come in as data; no database.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Protocol

from bot.config import FALLBACK_UNIT
from bot.domain import reading as one_reading
from bot.domain.tickets import looks_like_number
from bot.domain.visit import QUESTIONS, clauses, negative, read_answers, read_typed
from nlp import letters
from nlp.addition import addition_starts, opens_addition, without_turn
from nlp.chase import NUMBER, numbered_chase, ticket_number
from nlp.handling import without_handling
from nlp.router import RouteResult
from nlp.tokenizer import normalize

_WORDS = re.compile(r"[\W_]+")
# A bare 3号 anywhere (3号那个联系过了): a ticket's only when the writer's visit has that
# sequence and no matter word follows (5号路灯 is a lamp's number); 3号楼 is a place.
_BARE = re.compile(r"(?<![\d-])(\d{1,4})号(?![楼栋幢单元室户层院排组巷弄路街村门铺])")
_BEFORE_MATTER = re.compile(r"(?:那个|这个|那|这|的)?")
_CLAUSE_END = re.compile(r"[。.!?;,、~…\s]")


class Router(Protocol):
    def route(self, text: str) -> RouteResult: ...

    def noise_topic(self, text: str) -> str: ...


class Label(StrEnum):
    ANSWER = "answer"  # 联系过了, 水来了, 挺满意 (with a remark on the staff: 态度一般，基本满意)
    THANKS = "thanks"  # 谢谢你们的辛苦付出
    MORE = "more"  # more of the matter being sent back: 下水道还是堵着呢
    REMARK = "remark"  # on the handling: 不过下次能不能快一点
    CHASE = "chase"  # 0018号怎么还没人管, 4号到底什么时候有人来管
    NEW = "new"  # 另外我家门口路灯坏了, an emergency, 还是没电 at a water ticket's 回访
    TURN = "turn"  # 另外， / By the way, alone: what follows it is told anew, not more of it


@dataclass(frozen=True)
class Visited:
    """What the reader knows of the visited ticket: its unit, each unit's own words (its
    configured keywords, not its wider remit), whether its 回访 already said 未解决, and the
    writer's ticket numbers (a bare 4号 chases one of them); `passed`: the units it went to
    before (a lamp passed on to housing is still the lamps' unit's matter)."""

    unit: str
    own_words: Mapping[str, frozenset[str]] = field(default_factory=dict)
    unsolved: bool = False
    mine: frozenset[str] = frozenset()
    passed: frozenset[str] = frozenset()
    text: str = ""  # the ticket's own words: a clause in them answers (垃圾还在: 未解决)


@dataclass(frozen=True)
class Clause:
    label: Label
    text: str
    start: int  # where it starts in the message read


@dataclass(frozen=True)
class Heard:
    """A message read: its answers (question → code, in the order asked), its clauses with their
    labels, and whether an answer clause remarked on the staff."""

    text: str
    said: dict[str, str]
    clauses: tuple[Clause, ...]
    remarked: bool = False

    @property
    def turn(self) -> int | None:
        """Where the first chase or new matter starts: from there the message is read anew."""
        return next((c.start for c in self.clauses if c.label in (Label.CHASE, Label.NEW)),
                    None)

    def before_turn(self, label: Label) -> list[Clause]:
        """The clauses with `label` before any chase or new matter."""
        turn = self.turn
        return [c for c in self.clauses if c.label is label and (turn is None or c.start < turn)]

    @property
    def rest(self) -> str:
        """What is to be read as a new message (a chase, a new matter and all after it)."""
        turn = self.turn
        return "" if turn is None else self.text[turn:].strip()

    @property
    def more(self) -> bool:
        return bool(self.before_turn(Label.MORE))

    @property
    def remark(self) -> bool:
        return self.remarked or bool(self.before_turn(Label.REMARK))


def hear(text: str, pending: str, router: Router, visited: Visited,
         routed: RouteResult | None = None) -> Heard:
    """`text` read while the question `pending` waits: its answers from the start, clause by
    clause, then each clause after them labelled once. `routed`: `text` as already routed;
    no text is routed twice here."""
    router = one_reading.Memo(router, {text: routed} if routed is not None else None)
    reading = read_answers(text, pending)
    start = text.rindex(reading.rest) if reading.rest else len(text)
    sent_back = visited.unsolved or bool(negative(reading.said)) or _sends_back(text, start)
    said = dict(reading.said)
    found = []
    turned = False  # after a turn said alone (另外，…), a clause is never more of the matter
    for m in clauses(text):
        label = Label.ANSWER if m.start() < start else None
        if label is None and opens_addition(m.group()) and not without_turn(m.group()).strip(
                " ,.;:!?，。；：！？…"):
            label, turned = Label.TURN, True
        if label is None and said and not opens_addition(m.group()) \
                and (alone := _answers_alone(m.group(), pending, said)):
            # an answer after more of the matter (没人联系我，路灯还是不亮，很不满意)
            said.update(alone)
            label = Label.ANSWER
        if label is None and (own := _in_own_words(m.group(), pending, said, router, visited)):
            said.update(own)  # 垃圾还在 (未解决, more of it), 车已经拖走了 (已解决)
            label = Label.MORE if own.get("s") == "0" else Label.ANSWER
        found.append(Clause(label or label_of(m.group(), router, visited,
                                              sent_back and not turned),
                            m.group(), m.start()))
    if said.get("s", "1") == "1" and "s" in QUESTIONS[QUESTIONS.index(pending):] \
            and (more := _not_right_but(text, found, start)):
        said["s"] = "0"  # 灯是亮了，就是天天十点就灭: not put right after all (T28 finding 5)
        found = [replace(c, label=Label.MORE) if c.start in more else c for c in found]
    if "s" not in said and said.get("r") in ("2", "3") and "s" in QUESTIONS[
            QUESTIONS.index(pending):] and all(c.label is Label.ANSWER for c in found):
        said["s"] = "1"  # 还行吧 while 问题是否解决 waits: solved well enough, and its rating
    return Heard(text, said, tuple(found), reading.remark)


# A clause that takes back a 已解决 said before it: but (就是, 可是…) the trouble is still there,
# or less was done than asked (灯是亮了，就是天天十点就灭; 钱到账了，就是少了300块), unless it is
# about the handling (修好了，就是来得慢了点; 不过师傅态度一般).
_BUT = re.compile(r"^(?:就是|但是|但|可是|只是|不过|可)")
_NOT_RIGHT = re.compile(r"跟没[修弄办管]一样|白[修弄办]|少了|少给|不够|还是|照样|照旧|依旧|依然|又[^是]|"
                        r"灭|停|不亮|不通|上不去|小得很|太小|漏|坏|堵|没[水电气暖]|臭|吵")
_HANDLING = re.compile(r"态度|师傅|工作人员|速度|慢|来得?晚|太晚|晚了|效率|来得|等了|电话")


def _not_right_but(text: str, found: Sequence[Clause], start: int) -> set[int]:
    """Where the clauses start that take back a 已解决 (see _BUT), from the first after `start`
    (the answers read from the start) up to a turn to another matter (另外…); empty when none
    does."""
    but = next((c for c in found if c.start >= start and _BUT.match(normalize(c.text).strip())),
               None)
    if but is None:
        return set()
    tail = [c for c in found if c.start >= but.start]
    cut = next((c.start for c in tail if c.label is Label.TURN or opens_addition(c.text)),
               len(text))
    said = normalize(text[but.start:cut])
    if not _NOT_RIGHT.search(said) or _HANDLING.search(said):
        return set()
    return {c.start for c in tail if c.start < cut and (c is but or c.label is not Label.ANSWER)}


def _sends_back(text: str, start: int) -> bool:
    """Whether a clause after `start`, before any turn (另外…), is nothing but a 未解决 or 不满意
    (没人联系我，水压还是低，三楼上不去水，没解决，不满意): the words before it are the matter
    sent back, as they are when the answer comes first or in a message of its own."""
    for m in clauses(text):
        if m.start() < start:
            continue
        if opens_addition(m.group()):
            return False
        reading = read_answers(m.group(), "s")
        if not reading.rest and negative(reading.said):
            return True
    return False


def _in_own_words(clause: str, pending: str, said: Mapping[str, str], router: Router,
                  visited: Visited) -> dict[str, str]:
    """The 问题是否解决 answer a clause gives in the matter's own words (bot/domain/reading.py):
    the matter still there (垃圾还在) or put right (车已经拖走了, 现在好多了), while that
    question is still to be answered."""
    if "s" in said or "s" not in QUESTIONS[QUESTIONS.index(pending):] or not visited.text:
        return {}
    route = router.route(clause)
    if one_reading.persists(clause, visited.text, route):
        return {"s": "0"}
    if one_reading.put_right(clause, visited.text, [visited.unit, *visited.passed], route):
        return {"s": "1"}
    return {}


def _answers_alone(clause: str, pending: str, said: Mapping[str, str]) -> dict[str, str]:
    """The answers a clause gives to questions not yet answered, when it says nothing else."""
    waiting = next((q for q in QUESTIONS[QUESTIONS.index(pending):] if q not in said), None)
    if waiting is None:
        return {}
    reading = read_answers(clause, waiting)
    return {} if reading.rest else {q: c for q, c in reading.said.items() if q not in said}


def label_of(clause: str, router: Router, visited: Visited, sent_back: bool) -> Label:
    """What one clause after the answers is. While the matter is being sent back (a 未解决 or
    不满意 said), anything but a clear new matter or a chase is more of it, even in another
    unit's wider words (王德福家门口还是一股臭味 at a water ticket's 回访); otherwise a clause naming
    no unit's matter is a remark on the visit."""
    route = router.route(clause)
    if route.urgent:
        return Label.NEW  # an emergency is never an answer nor a remark
    if _chases(clause, route, router, visited.mine):
        return Label.CHASE
    plain = without_handling(clause)
    if not _WORDS.sub("", plain):
        return Label.REMARK  # 效率太低, 下次能不能快一点
    if route.kind == "noise" and router.noise_topic(clause) == "thanks":
        return Label.THANKS
    if not opens_addition(clause) and sent_back \
            and (route.unit in {visited.unit, FALLBACK_UNIT, *visited.passed}
                 or not visited.own_words.get(route.unit, frozenset()) & set(route.keywords)):
        return Label.MORE
    return Label.NEW if _names_matter(router, plain) else Label.REMARK


def _chases(clause: str, route: RouteResult, router: Router, mine: frozenset[str]) -> bool:
    """A chase: one the router reads (什么时候有人来管), or one naming a ticket by number — a
    bare 4号 only when the writer has a ticket with that sequence."""
    if route.kind == "noise" and router.noise_topic(clause) == "chase":
        return True
    found = numbered_chase(normalize(clause))
    if found is None:
        return False
    if not found.bare:
        return True
    return any(n == found.number if looks_like_number(found.number)
               else int(n.rpartition("-")[2]) == int(found.number) for n in mine)


def _names_matter(router: Router, plain: str) -> bool:
    """A problem a unit's words name, what is said of the handling set aside."""
    if not _WORDS.sub("", plain):
        return False
    route = router.route(plain)
    return route.kind == "report" and route.unit != FALLBACK_UNIT and bool(route.keywords)


def number_named(text: str, numbers: Sequence[str], router: Router) -> tuple[str, str] | None:
    """The ticket of `numbers` (the writer's waiting visits) the message names — whole or by its
    sequence as a chase reads it (0003号, 工单3), or bare (3号那个联系过了: not followed by a
    matter word: 12号那个路灯 is a lamp's number) — with the message left once the number is taken
    out (那个联系过了), to read the answers from. A number chased (很不满意！4号到底什么时候有人来管)
    is the ticket chased, not the one answered."""
    plain = normalize(text)
    number = ticket_number(plain)
    if number is not None and (found := NUMBER.search(plain)) is not None:
        spans = [(number, found.span())]
    else:
        spans = [(m[1], m.span()) for m in _BARE.finditer(plain)
                 if not _matter_follows(router, plain[m.end():])]
    for number, (start, end) in spans:
        if numbered_chase(plain[start:]) is not None:
            continue
        for whole in numbers:
            if whole == number if looks_like_number(number) \
                    else int(whole.rpartition("-")[2]) == int(number):
                return whole, plain[:start] + plain[end:]
    return None


def _matter_follows(router: Router, rest: str) -> bool:
    """Whether a matter word follows a bare number (5号路灯, 5号那个路灯): a thing's number."""
    rest = rest[_BEFORE_MATTER.match(rest).end():]  # type: ignore[union-attr]
    clause = _CLAUSE_END.split(rest, maxsplit=1)[0]
    return any(clause.startswith(word) for word in router.route(clause).keywords)


# The matter a message names for itself at its start (路灯那个，…; 停水那个：…; 工钱那个钱…;
# pothole: …), and a supply named as come or not (水到现在也没来, 灯亮了, 没水).
_TOPIC = re.compile(
    rf"{letters.ABOUT}|{letters.ABOUT_EN}|"  # 关于中心街下水道的问题，… (nlp/letters.py)
    r"\s*(?P<colon>[^，,。.！!？?；;:：\s][^，,。.！!？?；;:：]{0,15}?)\s*"
    r"(?:(?:那个|这个|那件|这件)?(?:事情?)?)\s*[:：]\s*"
    r"|\s*(?P<that>[^，,。.！!？?；;:：\s]{1,12}?)(?:那个|这个|那件事|这件事|那事|"
    r"的事情?(?=[，,:：\s]|已|都|也|还))(?:事情?)?"
    r"[，,:：\s]*")
_SUPPLY = re.compile(r"(水|电|暖气|燃气|气|路灯|灯|网)(?:到现在|一直|现在)?(?:也|还|都)?"
                     r"(?:没|不)?(?:来|有|通|亮)|没(?:有)?(水|电|暖气|燃气|网)")
# A thing named at the start in a few Chinese letters, not a filler of speech (就是那个, 我说那个).
_NAMED_THING = re.compile(r"[\u4e00-\u9fff]{1,6}")
_NO_THING = re.compile(r"(?:就是|我说|俺说|还有|对了|另外|然后|嗯|哦|啊|那|这|就|我|俺|咱|您|你|他|她|们|"
                       r"的|说)+")
# In English a supply is named by its word (about the water: …; the power is back).
_EN_SUPPLY = re.compile(r"\b(water|power|electricity|gas|heating|internet|street ?lights?)\b",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Matter:
    """The matter a message names (`words`: the words it names it by; `unit`: the unit a
    matter word of its own routes to, if any), `topic` when it names it at its start
    (路灯那个，…), and the message with that named start taken out (`rest`)."""

    words: frozenset[str]
    unit: str | None
    topic: bool
    rest: str


def matter_named(text: str, router: Router) -> Matter:
    """What matter `text` names: a start naming it (路灯那个，有人来过了 → 路灯), else the unit
    words and supplies its clauses tell (没人联系俺，水到现在也没来 → 水), before any turn to a
    new matter (另外…) and leaving out emergencies and the answers themselves (不满意)."""
    text = letters.body(text)  # 尊敬的领导：您好！ names no matter
    found = _TOPIC.match(text)
    if found is not None:
        head = (found["colon"] or found["that"] or found["about"] or found["about_en"]).strip()
        route = router.route(head)
        unit = route.unit if route.kind == "report" or route.keywords else None
        if route.keywords or _supplies(head) or unit not in (None, FALLBACK_UNIT):
            return Matter(frozenset({head, *route.keywords, *_supplies(head)}),
                          unit if unit != FALLBACK_UNIT else None, True, text[found.end():])
        if _NAMED_THING.fullmatch(head) and not _NO_THING.fullmatch(head):
            # a thing no unit's word names (坑那个：没人来): named all the same, to be found in
            # a ticket's own words (门前那段路有个大坑), never the latest visit's by default
            return Matter(frozenset({head}), None, True, text[found.end():])
    cut = min(addition_starts(text), default=len(text))
    words: set[str] = set()
    for clause in clauses(text[:cut]):
        route = router.route(clause.group())
        if route.urgent:
            continue
        words.update(w for w in route.keywords if not read_typed(w, "s") and not read_typed(w, "c")
                     and not read_typed(w, "r"))
        words.update(_supplies(clause.group()))
    return Matter(frozenset(words), None, False, text)


def _supplies(text: str) -> set[str]:
    """The supplies a text names as come or not (水到现在也没来 → 水)."""
    return {m[1] or m[2] for m in _SUPPLY.finditer(text)} \
        | {m[1].lower() for m in _EN_SUPPLY.finditer(text)}


def fits(matter: Matter, text: str, keywords: Sequence[str], units: Sequence[str]) -> int:
    """How closely a ticket (its `text`, routing `keywords`, and the `units` it passed through)
    is of the matter named: 1 + how many of its words are in the ticket's own words (路灯 and
    不亮 fit the 路灯 ticket closer than the 楼道灯不亮 one), else 1 for a unit word named
    (pothole) of a unit the ticket went to, 0 for none."""
    found = sum(word in text or word in text.lower() or word in keywords
                for word in matter.words)
    if found:
        return 1 + found
    return int(matter.unit is not None and matter.unit in units)
