"""Personal data in what others read: found by what it is, replaced by a label, never half-shown.

Every text, and every known name, is first read as its reader sees it (plain.py: invisible and
unusual separators, a reversed number, traditional characters), and what stays is shown as written.
`mask(text, names)` is what anyone but the citizen reads of a text about a ticket (unit groups,
staff, supervisors, digests, the ledger): phone numbers, ID numbers, bank cards, e-mail, QQ and
WeChat ids, Telegram usernames (@…), document numbers after their word (护照号E87654321,
documents.py) and personal names become 【电话】, 【身份证号】, 【银行卡号】, 【邮箱】, 【QQ号】,
【微信号】, 【账号】, 【证件号】, 【姓名】, however they are written (numbers.py,
names.py, served.py, introduced.py; anyone's name told by 叫 or 姓, 她叫李秀兰,
called.py; said in English or pinyin digit words, spoken.py; names spelled in pinyin,
pinyin_names.py; a known name's given name alone and its pinyin spelling,
aliases.py; the given name alone written the other way, Guilan for 王桂兰 or 德福 for Wang Defu,
given_spelled.py); the last digits of a phone said in words (手机尾号5678) become 【号码】, and a number
the citizen starred in part (138****1234) goes whole (starred.py). `names` are the ticket's known
names (the citizen's Telegram name, names found in its texts before): they are masked wherever
they stand. Ticket numbers, dates, amounts, public service lines (12345) and ordinary numbers
stay; so do addresses and licence plates, which are the unit's working data — but for a plate
of the writer's own vehicle (我车牌鲁H·7K35B: 【车牌】, places.own_plates). `mask_public` is for
the public channel: also licence plates, any other long number, the door of an address (house,
building, unit and room numbers), a surname before 先生/女士 or another title (words.TITLES) and the
village or house that ties a masked name to one household (我是【姓名】, 已为【姓名】家: introduced.public)
and, when in doubt, a name in a list or after a crew or role word (王秀英、李桂兰两户, 抢修队赵刚: listed.py);
`public_clauses` keeps only the clauses of a text that held no personal data at all (asides
included), for a drafted post that should read as prose; `goes_on` tells a clause that has no
subject of its own (已停发, 并已整改), to be left out with the clause before it; `mask_kinds`
replaces only the numbers of some kinds, but the reader's own, read the same way (what a staff
answer hands the citizen). Pure and fast: a 2,000-character text takes about a millisecond
(benchmarks/privacy.py). """

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from bot.domain.privacy import aliases as _aliases
from bot.domain.privacy import called as _called
from bot.domain.privacy import given_spelled as _given_spelled
from bot.domain.privacy import introduced as _introduced
from bot.domain.privacy import listed as _listed
from bot.domain.privacy import names as _names
from bot.domain.privacy import numbers as _numbers
from bot.domain.privacy import pinyin_names as _pinyin_names
from bot.domain.privacy import placed as _placed
from bot.domain.privacy import places as _places
from bot.domain.privacy import plain as _plain
from bot.domain.privacy import served as _served
from bot.domain.privacy import spoken as _spoken
from bot.domain.privacy import starred as _starred
from bot.domain.privacy.kinds import digits_of
from bot.domain.privacy.numbers import Span

__all__ = ["LABELS", "Scan", "goes_on", "led_along", "mask", "mask_kinds", "mask_public",
           "numbers_in", "public_clauses", "scan", "village_of"]

LABELS = {
    _numbers.PHONE: "【电话】", _numbers.ID: "【身份证号】", _numbers.CARD: "【银行卡号】",
    _numbers.EMAIL: "【邮箱】", _numbers.QQ: "【QQ号】", _numbers.WECHAT: "【微信号】",
    _numbers.HANDLE: "【账号】", _numbers.DOCUMENT: "【证件号】",
    _numbers.NUMBER: "【号码】", _names.NAME: "【姓名】", _places.PLATE: "【车牌】",
}
village_of = _places.village_of
led_along = _places.led_along
_LABELED = re.compile("|".join(map(re.escape, LABELS.values())))
_MAX_ROUNDS = 8
_ENDS = frozenset("，。；！？,;!?\n")
_OPENS, _CLOSES = frozenset("（(［[〔「『《【"), frozenset("）)］]〕」』》】")
# Words that open a clause with no subject of its own (see goes_on).
_GOES_ON = re.compile(r"\s*(?:已|并|被|又|再|也|将|均|都|即|便|就|遂|予以|随后|然后|之后|后来|现已|目前已)")


@dataclass(frozen=True)
class Scan:
    """A text as others may read it, the names found in it and the phone numbers it holds."""

    text: str
    names: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()


def scan(text: str, names: Iterable[str] = (), public: bool = False) -> Scan:
    """Find and replace every piece of personal data in `text` (see the module docstring).

    A replacement can make more of the text readable as personal data: "一刘丏【电话】" once the
    name before it became a label is a name right before a phone number, and a dropped door can
    join digits around it. So the text is read again until nothing changes (a round only turns
    text into labels or drops it, so this ends, and masking what is masked changes nothing)."""
    written = text
    text, origin = _plain.plain(text)  # what a reader sees: 139\u200b0537, 聯繫人：陳美玲
    names = tuple(dict.fromkeys(_plain.fold(n) for n in names))
    found: list[str] = []
    first = _once(text, names, public)
    step, before = first, text
    for _ in range(_MAX_ROUNDS):
        found += [n for n in step.names if n not in found]
        if step.text == before:
            break
        # A label changes what stands around the rest: "00000.0100000000" is a decimal until
        # its fraction becomes 【电话】; read again until a reading changes nothing.
        before = step.text
        step = _once(step.text, (*names, *found), public)
    shown = step.text if text == written else _plain.restore(text, origin, step.text, _LABELED)
    return Scan(shown, tuple(found), first.phones)


@dataclass(frozen=True)
class _Round:
    text: str
    names: list[str]  # found by cue or pattern
    phones: tuple[str, ...]


def _once(text: str, names: tuple[str, ...], public: bool) -> _Round:
    """One reading of the text: numbers (and for the public plates and doors), then names."""
    found = _numbers.find(text, public) if text else []
    said = _spoken.numbers(text, public)  # one三九 1234 5678, yao san ba …: digits it stands for
    starred = _starred.find(text)  # 138****1234: no one's whole number, masked all the same
    phones = tuple(dict.fromkeys([*(digits for _, _, kind, digits in said if kind == _numbers.PHONE),
                                  *(digits_of(text[s:e]) for s, e, kind in found
                                    if kind == _numbers.PHONE
                                    and not any(b <= s and e <= c for b, c, _, _ in said)
                                    and not any(b <= s and e <= c for b, c, _ in starred))]))
    found += [(s, e, kind) for s, e, kind, _ in said] + starred
    found += _places.find_plates(text) if public else _places.own_plates(text)  # 我车牌鲁H…
    text = _replace(text, found)
    # Names told by what is around them are read before the doors go: 两户 ends a name
    # (钱文斌和冯淑珍两户恢复供水), the bare 恢复 left for the public does not.
    early = _served.find(text, [])[1] if public else []
    early += [n for n in _introduced.names(text, names) if n not in early]  # 我是李庄村的张桂芳, 李秀兰敬上
    # For the public a self-introduction loses its place with its name (我是【姓名】).
    # A name that stands whole before a title loses its village too (村的王德福老人).
    doorless = (_introduced.public(_places.public_places(text), (*names, *early)) if public
                else text)
    spans, new_names = _names.find(doorless, (*names, *early))
    placed, placed_names = _placed.find(doorless, (*names, *early))  # 走访李庄村刘翠花等农户
    spans += placed
    new_names += [n for n in placed_names if n not in new_names]
    called, called_names = _called.find(doorless)  # 她叫李秀兰, 老人姓高，叫高玉兰
    spans += called
    new_names += [n for n in called_names if n not in new_names]
    spelled = _pinyin_names.names(doorless)  # wo jiao zhang gui lan: known from now on
    spans += spelled
    plain = [_pinyin_names.plain(doorless[s:e]) for s, e, _ in spelled]  # MR. WANG DE-FU: WANG DEFU
    new_names += [n for n in dict.fromkeys(plain) if n not in new_names]
    new_names += [n for n in early if n not in new_names]
    spans += _aliases.find(doorless, (*names, *new_names))  # 桂兰她, Sun Liqiang for 孙立强
    spans += _given_spelled.find(doorless, (*names, *new_names))  # Guilan, 德福 for Wang Defu
    if public:
        spans += _places.honorific_names(doorless)
        listed = _listed.find(doorless)  # 王秀英、李桂兰两户, 抢修队赵刚、钱伟, 马秀兰等三户
        spans += listed
        new_names += [n for n in dict.fromkeys(doorless[s:e] for s, e, _ in listed)
                      if n not in new_names]
    served, served_names = _served.find(doorless, spans, joined_only=public)
    spans += served
    new_names += [n for n in served_names if n not in new_names]
    halves = _aliases.elsewhere(doorless, spans)  # 德福 masked: 王德福 elsewhere goes too
    spans += halves
    new_names += [n for n in dict.fromkeys(doorless[s:e] for s, e, _ in halves) if n not in new_names]
    return _Round(_replace(doorless, _aliases.whole(doorless, spans)), new_names, phones)


def mask(text: str, names: Iterable[str] = ()) -> str:
    """`text` as anyone but its citizen may read it."""
    return scan(text, names).text


def mask_kinds(text: str, kinds: Collection[str], own: Iterable[str] = ()) -> str:
    """`text` with only its numbers of `kinds` (numbers.ID, numbers.CARD, ...) replaced by their
    labels, read as `mask` reads them (zero-width or symbol separators, a reversed number,
    full-width, Chinese or spoken digits, spaced or dashed groups), but a number whose digits are
    in `own` (`numbers_in` of what its reader wrote themselves). The rest stays as written."""
    written = text
    text, origin = _plain.plain(text)
    owned = set(own)
    masked = text
    for _ in range(_MAX_ROUNDS):  # a label can join what stood around it, as in `scan`
        spans = [(s, e, kind) for s, e, kind, digits in _numbers_read(masked)
                 if kind in kinds and digits not in owned]
        step = _replace(masked, spans)
        if step == masked:
            break
        masked = step
    if masked == text:
        return written  # nothing masked: as written, its invisible characters too
    return masked if text == written else _plain.restore(text, origin, masked, _LABELED)


def numbers_in(text: str, kinds: Collection[str]) -> frozenset[str]:
    """The digits of every number of `kinds` in `text`, read as `mask` reads them."""
    return frozenset(digits for _, _, kind, digits in _numbers_read(_plain.fold(text))
                     if kind in kinds)


def _numbers_read(text: str) -> list[tuple[int, int, str, str]]:
    """Each number in (plain) `text`: where it stands, its kind and the digits it stands for."""
    found = [(s, e, kind, digits_of(text[s:e]).upper())  # 37…909x is 37…909X
             for s, e, kind in _numbers.find(text, False)]
    return found + _spoken.numbers(text, False) if text else found


def mask_public(text: str, names: Iterable[str] = ()) -> str:
    """`text` as the public may read it."""
    return scan(text, names, public=True).text


def public_clauses(text: str, names: Iterable[str] = ()) -> str:
    """The clauses of `text` that the public may read as they are: a clause that held anything
    `mask_public` would replace is left out, so "已联系【姓名】（【电话】）上门，现已修好" reads
    "现已修好". An aside in brackets belongs to its clause, commas inside it too: a clause whose
    aside held personal data is about that person and goes whole (已联系户主（手机…，身份证…）上门更换
    水表，恢复供水 reads 恢复供水). Empty when every clause held personal data."""
    kept = "".join(c for c in _clauses(mask_public(text, names))
                   if not any(label in c for label in LABELS.values()))
    return kept.rstrip("，,；;、 ")


def goes_on(clause: str) -> bool:
    """Whether `clause` goes on from the one before without a subject of its own (已停发, 并已整改,
    被查处, 随后恢复): what it says is of the clause before it, so a reader that leaves that one out
    leaves this one out with it."""
    return _GOES_ON.match(clause) is not None


def _clauses(text: str) -> list[str]:
    """`text` cut after each run of clause punctuation that stands outside brackets (an aside
    left open runs to the end: all of it is one clause)."""
    out: list[str] = []
    depth = start = 0
    for at, ch in enumerate(text):
        if ch in _OPENS:
            depth += 1
        elif ch in _CLOSES:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in _ENDS and (at + 1 == len(text) or text[at + 1] not in _ENDS):
            out.append(text[start:at + 1])
            start = at + 1
    return [*out, text[start:]] if start < len(text) else out


def _replace(text: str, spans: list[Span]) -> str:
    """Each span (overlapping ones joined) replaced by its label."""
    if not spans:
        return text
    spans.sort(key=lambda s: (s[0], -s[1]))
    out: list[str] = []
    at = 0
    start, end, kind = spans[0]
    for s, e, k in spans[1:]:
        if s < end:
            end = max(end, e)
            continue
        out += [text[at:start], LABELS[kind]]
        at = end
        start, end, kind = s, e, k
    out += [text[at:start], LABELS[kind], text[end:]]
    return "".join(out)
