"""Stateless keyword router: units with weighted keywords in, a RouteResult per message out.

A unit's score is the sum of the weights of its keywords found in the message (each keyword once,
see nlp.matching), plus a small capped bonus for characters typical of its keywords, so unseen
wording such as "偷走" or "商贩" still leans the right way.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from itertools import chain
from typing import Any

from nlp.matching import KeywordIndex
from nlp.signals import is_noise, noise_topic, urgent_cues
from nlp.tokenizer import Tokenizer, default_tokenizer, normalize

__all__ = [
    "FALLBACK", "Candidate", "RouteResult", "Router", "Settings", "UnitRoute", "clean_text",
    "parse_keyword",
]

FALLBACK = "hotline"
MAX_CHARS = 4000  # routing reads the start of very long texts: the problem is stated early
EXPLAIN = 8  # keywords shown per decision
# Grammar characters say nothing about a unit even when some keywords contain them ("没有水").
_FUNCTION_CHARS = frozenset(
    "的了是在有和与不没无也就都还又这那个一我你他她它们人说会能要去来给把被让对到上下中里外好很太"
    "吗呢吧啊呀么什啥怎咋哪谁多少几天年月日时点分大小老新旧出入开关过得着之以为所而及或等"
)


@dataclass(frozen=True)
class Settings:
    """Decision thresholds; learned tables carry their own (see nlp.routes)."""

    min_score: float = 1.0  # below this, nothing fits: fallback unit
    min_confidence: float = 0.2  # below this, too unsure: fallback unit
    spread_units: int = 4  # this many units all scoring high means a cross-cutting matter; 0 = off
    spread_share: float = 0.4  # "high" = at least this share of the top score ...
    spread_score: float = 1.0  # ... and at least this much
    char_weight: float = 0.3  # bonus per typical character outside keyword hits; 0 = off
    char_cap: float = 1.2  # at most this much bonus per unit
    char_min_words: int = 3  # a typical character appears in this many of the unit's keywords ...
    char_purity: float = 0.75  # ... and this share of all keywords containing it are the unit's
    match_all: int = 0  # 1 = every occurrence counts, overlaps too (learned tables; nlp.matching)


@dataclass(frozen=True)
class UnitRoute:
    """One unit as the router sees it: code, name and keyword → weight."""

    code: str
    name: str
    keywords: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Candidate:
    unit: str
    score: float


@dataclass(frozen=True)
class RouteResult:
    """The routing decision for one message (SPEC §6)."""

    unit: str
    unit_name: str
    confidence: float
    keywords: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    urgent: bool
    kind: str  # "report" or "noise"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["keywords"] = list(self.keywords)
        data["candidates"] = [asdict(c) for c in self.candidates]
        return data


def parse_keyword(entry: str) -> tuple[str, float]:
    """Config keyword → (word, weight). "停水" weighs by length; "物业:0.5" sets the weight."""
    word, _, weight = entry.rpartition(":") if ":" in entry else (entry, "", "")
    word = normalize(word)
    parts = word.split("*")
    if len(parts) > 2 or not all(parts) or len(word.replace("*", "")) < 2:
        raise ValueError(f"keyword {entry!r}: needs at least 2 characters (A*B: one gap)")
    if not weight:
        return word, min(2.0, 0.5 * len(word.replace("*", "")))
    try:
        value = float(weight)
    except ValueError:
        raise ValueError(f"keyword {entry!r}: weight after ':' must be a number") from None
    if not math.isfinite(value):
        raise ValueError(f"keyword {entry!r}: weight must be finite")
    return word, value


class Router:
    """Routes messages to units. Immutable after construction; safe to share between tasks."""

    def __init__(
        self,
        units: Sequence[UnitRoute],
        *,
        settings: Settings | None = None,
        tokenizer: Tokenizer | None = None,
    ) -> None:
        codes = [unit.code for unit in units]
        if len(set(codes)) != len(codes):
            raise ValueError("duplicate unit code")
        if FALLBACK not in codes:
            units = [*units, UnitRoute(FALLBACK, FALLBACK)]
        self.units: tuple[UnitRoute, ...] = tuple(units)
        self.settings = settings or Settings()
        self._fallback = [u.code for u in self.units].index(FALLBACK)
        weights: dict[str, dict[int, float]] = {}
        for number, unit in enumerate(self.units):
            for word, weight in unit.keywords:
                weights.setdefault(normalize(word), {})[number] = weight
        self._weights = {word: tuple(units.items()) for word, units in weights.items()}
        self._index = KeywordIndex(
            self._weights, tokenizer or default_tokenizer(), nested=bool(self.settings.match_all)
        )
        self._chars = _typical_chars(self.units, self.settings)

    @classmethod
    def from_units(
        cls,
        units: Iterable[tuple[str, str, Iterable[str]]],
        *,
        settings: Settings | None = None,
        tokenizer: Tokenizer | None = None,
    ) -> Router:
        """Build from plain (code, name, keywords) data, keywords as in the config's lists."""
        # dict(): a word listed twice keeps its last weight instead of counting twice.
        routes = []
        for code, name, keywords in units:
            try:
                pairs = dict(parse_keyword(keyword) for keyword in keywords)
            except ValueError as exc:
                raise ValueError(f"unit {code!r}: {exc}") from None
            routes.append(UnitRoute(code, name, tuple(pairs.items())))
        return cls(routes, settings=settings, tokenizer=tokenizer)

    def noise_topic(self, text: str) -> str:
        """For a message routed as noise: "greeting", "thanks", "meta" or "" (anything else)."""
        return noise_topic(normalize(text))

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(unit.code for unit in self.units)

    def features(self, text: str) -> dict[str, float]:
        """Keywords found in raw text, each with its strength (1, or less when negated/quoted)."""
        return self._index.match(clean_text(text)).words

    def route(self, text: str) -> RouteResult:
        """Decide the unit for one message. Never raises for any string."""
        clean = clean_text(text)
        matches = self._index.match(clean)
        scores = [0.0] * len(self.units)
        reasons: list[list[tuple[float, str]]] = [[] for _ in self.units]
        for word, strength in matches.words.items():
            for number, weight in self._weights[word]:
                scores[number] += weight * strength  # strength sums occurrences with match_all
                if weight * strength > 0:
                    reasons[number].append((weight * strength, word))
        self._add_chars(clean, matches.covered, scores, reasons)
        ranked = sorted(range(len(scores)), key=lambda n: (-scores[n], n))
        best, top = ranked[0], scores[ranked[0]]
        second = max(scores[ranked[1]], 0.0) if len(ranked) > 1 else 0.0
        confidence = _confidence(top, second)
        chosen = best if self._decisive(scores, top, confidence) else self._fallback
        cues = urgent_cues(clean)
        evidence = sum(w * s for word, s in matches.words.items() for _, w in self._weights[word])
        noise = not cues and is_noise(clean, max(evidence, 0.0))
        # A fallback for a cross-cutting message is explained by everything that matched.
        why = reasons[chosen] if chosen == best or reasons[chosen] else list(chain.from_iterable(reasons))
        explained = sorted(set(why), key=lambda r: (-r[0], r[1]))[:EXPLAIN]
        return RouteResult(
            unit=self.units[chosen].code,
            unit_name=self.units[chosen].name,
            confidence=round(confidence, 3),
            keywords=tuple(dict.fromkeys(word for _, word in explained)),
            candidates=tuple(
                Candidate(self.units[n].code, round(scores[n], 3))
                for n in ranked[:5]
                if scores[n] > 0
            ),
            urgent=bool(cues),
            kind="noise" if noise else "report",
        )

    # --- internals ----------------------------------------------------------------------------

    def _add_chars(
        self,
        text: str,
        covered: frozenset[int],
        scores: list[float],
        reasons: list[list[tuple[float, str]]],
    ) -> None:
        """Add the capped bonus for typical characters outside keyword hits."""
        if not self._chars:
            return
        bonus = [0.0] * len(scores)
        seen: set[str] = set()
        for position, char in enumerate(text):
            if char in self._chars and char not in seen and position not in covered:
                seen.add(char)
                number, weight = self._chars[char]
                bonus[number] += weight
                reasons[number].append((weight, char))
        cap = self.settings.char_cap
        for number, value in enumerate(bonus):
            scores[number] += min(value, cap)

    def _decisive(self, scores: list[float], top: float, confidence: float) -> bool:
        settings = self.settings
        if top < settings.min_score or top <= 0 or confidence < settings.min_confidence:
            return False
        if settings.spread_units:
            floor = max(settings.spread_score, settings.spread_share * top)
            if sum(1 for s in scores if s >= floor) >= settings.spread_units:
                return False
        return True


def clean_text(text: str) -> str:
    """The normalised, bounded form of a message that routing (and learning) reads."""
    # Normalise a bounded slice: a pasted 100k-character text costs no more than a long letter.
    return normalize(text[: MAX_CHARS * 4])[:MAX_CHARS]


def _confidence(top: float, second: float) -> float:
    """Strength of the evidence times the top unit's share of it (margin over the runner-up)."""
    if top <= 0:
        return 0.0
    strength = 1.0 - math.exp(-top / 2.0)
    return strength * top / (top + second)


def _typical_chars(units: Sequence[UnitRoute], settings: Settings) -> dict[str, tuple[int, float]]:
    """Characters that nearly always belong to one unit's keywords: char → (unit, weight)."""
    if settings.char_weight <= 0:
        return {}
    counts: dict[str, Counter[int]] = {}
    for number, unit in enumerate(units):
        for word, weight in unit.keywords:
            if weight > 0:
                for char in set(normalize(word)):
                    if "\u4e00" <= char <= "\u9fff" and char not in _FUNCTION_CHARS:
                        counts.setdefault(char, Counter())[number] += 1
    typical = {}
    for char, counter in counts.items():
        (number, count), total = counter.most_common(1)[0], sum(counter.values())
        if count >= settings.char_min_words and count / total >= settings.char_purity:
            typical[char] = (number, round(settings.char_weight * count / total, 3))
    return typical
