"""Finding keywords in a message: substring hits checked against jieba word boundaries.

Hits are plain substrings of the normalised message that start or end on a jieba word boundary,
so a segmentation mistake does not lose a keyword while "提供水果" does not count as "供水". Where
hits overlap, one reading of the text wins: the hit aligned with word boundaries at both ends, then
the longer one ("我们村里的路灯" is 路灯, not 村里的路). Two cues lower a hit: a negation just before
it ("不是停电，是停水") and a party that is only quoted as passing the matter on ("物业说是自来水公司的
事": 物业 speaks, 自来水公司 is meant).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from nlp.aside import LANDMARK, where
from nlp.tokenizer import Tokenizer

__all__ = ["NEGATED", "QUOTED", "Hit", "KeywordIndex", "Matches", "asked_before", "set_aside", "strength"]

NEGATED = 0.0
QUOTED = 0.3
COMMON = 5000  # jieba frequency of a word a keyword hit may not cut into

_CLAUSE_END = re.compile(r"[,.;:!?。、\n]")
_NEGATION = ("不是", "并非", "并不是", "而不是", "不属于", "不归")
# "X说是/说不归/推给…": X only passes the matter on. "说好" (promised) is not such a cue.
_SPEECH = re.compile(
    r"^(,|的人|那边|工作人员)?(说|讲|称|表示|回复|答复|回答)"
    r"(是|不是|不归|不管|不负责|不在|归|这|那|应该|得|让|叫|要|去|找|他们|没|属于)"
    r"|^(,|的人|那边)?(推给|推到|推说|让我们?找|叫我们?找|让去|踢皮球)"
)
# "我不是要反映停电": what stands between a denial and the matter it denies.
_TELLING = re.compile(r"(要|想|来|在)?(反映|投诉|举报|说|问|讲)(的)?")
# "这不是违建吗": a question that expects yes names the matter, it does not deny it.
_RHETORICAL = re.compile(r"^[^,.;:!?。、\n]{0,2}[吗嘛么]")
# "停了两天水": a keyword written "停*水" allows a short time or quantity phrase in between.
_GAP = "[了过一二两三四五六七八九十几个天回次整半多月周礼拜星期好的小时0-9]{1,6}"
# "电到现在还是没来": a keyword written "电~没来" is a matter told in two pieces of one clause, the
# first a whole word (电, not 电话's), the second where the clause says what happened to it.
_SPREAD = "[^,.;:!?。、\n]{0,10}?"
# "找了物业也不管", "跟居委会说了好几次也没人理": a party the writer turned to before, who did
# nothing, says whom they asked, not what the matter is (nlp.company's offices, in passing).
_ASKED = re.compile(r"(找了?|找过|跟|和|向|给|问了?|问过|打电话给|打给|反映给|反映到|告诉了?|"
                    r"联系了?|联系过|去了?|到)$")
_IGNORED = re.compile(r"^(说了?[^,.;:!?。\n]{0,6}?|反映了?[^,.;:!?。\n]{0,6}?)?(也|都|还是|根本|就是)?"
                      r"(不管|没人管|没人理|不理|没用|不处理|没处理|不给处理|不解决|没解决|没下文|推)")
_IGNORED_TOO = re.compile(r"^(也|都)(不管|没人管|没人理|不理|没用|不处理|没处理|不解决|没解决)")


@dataclass(frozen=True)
class Hit:
    """One keyword occurrence kept after overlaps were resolved."""

    word: str
    start: int
    end: int
    strength: float  # 1, less when negated or quoted


@dataclass(frozen=True)
class Matches:
    """Keywords found in one text: word → strength (1, less when negated or quoted)."""

    words: dict[str, float]
    covered: frozenset[int]  # character offsets inside a hit
    hits: tuple[Hit, ...] = ()  # every kept occurrence, in text order (not with nested)
    bounds: frozenset[int] = frozenset()  # the word boundaries the hits were checked against


class KeywordIndex:
    """All keywords of a routing table, ready for matching. Immutable."""

    def __init__(self, words: Iterable[str], tokenizer: Tokenizer, *, nested: bool = False) -> None:
        # nested: count every occurrence, also inside longer hits and across word boundaries.
        # Learned tables use it: they weigh overlapping words and character pairs together.
        self._nested = nested
        self._tokenizer = tokenizer
        unique = {word for word in words if len(word.replace("*", "")) >= 2}
        plain = frozenset(word for word in unique if "*" not in word and "~" not in word)
        self._plain = plain
        self._prefixes = frozenset(word[:2] for word in plain)
        self._lengths = tuple(sorted({len(word) for word in plain}))
        self._gapped = tuple(
            (word, tuple(word.split("*")), re.compile(re.escape(word).replace(r"\*", _GAP)))
            for word in sorted(unique - plain) if "~" not in word
        )
        self._spread = tuple(
            (word, len(word.split("~")[0]), re.compile(_SPREAD.join(map(re.escape, word.split("~")))))
            for word in sorted(unique - plain) if "~" in word
        )

    def match(self, text: str) -> Matches:
        """Find the keywords in normalised text."""
        if len(text) < 2 or not (self._plain or self._gapped):
            return Matches({}, frozenset())
        if self._nested:
            return self._match_nested(text)
        tokens = self._tokenizer.spans(text)
        bounds = frozenset({0, *(end for _, end in tokens)})
        # A hit may start or end inside a word (segmentation is not perfect), but not inside a
        # common one: "一直排不上" holds no 直排.
        common = {
            position
            for start, end in tokens
            if end - start > 1 and self._tokenizer.frequency(text[start:end]) >= COMMON
            for position in range(start + 1, end)
        }
        spans = [(start, end, text[start:end]) for start, end in self._occurrences(text)
                 if (start in bounds or end in bounds) and start not in common and end not in common
                 and not _inside_code(text, start, end)]
        spans.extend((m.start(), m.end(), word) for word, m in self._gapped_in(text))
        spans.extend((m.start(), m.end(), word) for word, first, pattern in self._spread
                     for m in pattern.finditer(text)
                     if m.start() in bounds and m.start() + first in bounds)
        # One reading per stretch of text: aligned at both ends first, then the longest.
        spans.sort(key=lambda s: (-((s[0] in bounds) + (s[1] in bounds)), s[0] - s[1], s[0]))
        taken: set[int] = set()
        hits = []
        for start, end, word in spans:
            if not taken.isdisjoint(range(start, end)):
                continue
            taken.update(range(start, end))
            counts = strength(text, start, end)  # a place that only says where counts little
            if where(text, start, end):
                counts = min(counts, LANDMARK)
            elif asked_before(text, start, end):
                counts = min(counts, QUOTED)  # whom the writer asked, not the matter
            hits.append(Hit(word, start, end, counts))
        hits.sort(key=lambda hit: hit.start)
        words: dict[str, float] = {}
        for hit in hits:
            words[hit.word] = max(words.get(hit.word, NEGATED), hit.strength)
        return Matches(words, frozenset(taken), tuple(hits), bounds)

    def _occurrences(self, text: str) -> list[tuple[int, int]]:
        """Every (start, end) where a plain keyword occurs, overlaps included."""
        found = []
        prefixes, plain, lengths, size = self._prefixes, self._plain, self._lengths, len(text)
        for start in range(size - 1):
            if text[start : start + 2] not in prefixes:
                continue
            for length in lengths:
                end = start + length
                if end > size:
                    break
                if text[start:end] in plain:
                    found.append((start, end))
        return found

    def _gapped_in(self, text: str) -> Iterator[tuple[str, re.Match[str]]]:
        """Each occurrence of a gapped keyword, searched only where all its pieces occur."""
        for word, pieces, pattern in self._gapped:
            if all(piece in text for piece in pieces):
                for match in pattern.finditer(text):
                    yield word, match

    def _match_nested(self, text: str) -> Matches:
        """Every occurrence adds up: a long letter that keeps naming a topic is about it."""
        words: dict[str, float] = {}
        for start, end in self._occurrences(text):
            word = text[start:end]
            words[word] = words.get(word, 0.0) + strength(text, start, end)
        covered: set[int] = set()
        for word, match in self._gapped_in(text):
            words[word] = max(words.get(word, NEGATED), strength(text, *match.span()))
            covered.update(range(*match.span()))
        return Matches(words, frozenset(covered))


def _inside_code(text: str, start: int, end: int) -> bool:
    """True when a keyword of letters or digits continues a longer run of them: 12345 (the
    hotline) is not in a phone number 13912345678, a plate 鲁H12345 or a QQ number. (A learned
    table's nested matching keeps them: its character pairs weigh digits of dates and sums.)"""
    return (_code(text, start) and _code(text, start - 1)) or (
        _code(text, end - 1) and _code(text, end))


def _code(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isascii() and text[index].isalnum()


def strength(text: str, start: int, end: int) -> float:
    """How much one occurrence counts: 0 when negated, less when the party is only quoted."""
    window = text[max(0, start - 8) : start]
    if ("不" in window or "非" in window) and _denied(window, text[end : end + 4]):
        return NEGATED  # (every negation holds 不 or 非: most windows need no closer look)
    if _SPEECH.match(text[end : end + 6]):
        return QUOTED
    return 1.0


def set_aside(text: str, matches: Matches) -> str:
    """`text` with each party the writer turned to before in vain blanked (找了  也不管), as a
    learned second opinion reads it: whom they asked is not what the matter is."""
    for hit in matches.hits:
        if asked_before(text, hit.start, hit.end):
            text = text[: hit.start] + " " * (hit.end - hit.start) + text[hit.end :]
    return text


def asked_before(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] names a party the writer turned to before, in vain (找了物业也不管)."""
    return bool((_ASKED.search(text[max(0, start - 5) : start]) and _IGNORED.match(text[end : end + 16]))
                or _IGNORED_TOO.match(text[end : end + 5]))


def _denied(window: str, after: str) -> bool:
    """True when the clause before an occurrence ends in a negation of it."""
    cut = max((m.end() for m in _CLAUSE_END.finditer(window)), default=0)
    before = window[cut:]
    for cue in _NEGATION:
        at = before.rfind(cue)
        gap = before[at + len(cue):]
        if (at >= 0 and (len(gap) <= 2 or _TELLING.fullmatch(gap)) and not before[:at].endswith("是")
                and not _RHETORICAL.match(after)):
            return True  # (but "是不是骗子" asks, and "这不是违建吗" affirms: neither denies)
    return False
