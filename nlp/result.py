"""What a routing decision is: the units a router knows, its result for one message (SPEC §6) and
the keywords of a config or routes file as they are written ("停水", "物业:0.5", "停*水")."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Protocol

from nlp.tokenizer import normalize

__all__ = ["Candidate", "Leaning", "Learned", "Opinion", "RouteResult", "UnitRoute", "parse_keyword"]


@dataclass(frozen=True)
class UnitRoute:
    """One unit as the router sees it: code, name and keyword → weight."""

    code: str
    name: str
    keywords: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Learned:
    """A second opinion's sure pick where the hand table had too little to go on."""

    unit: str
    confidence: float
    words: tuple[str, ...]


@dataclass(frozen=True)
class Candidate:
    unit: str
    score: float


@dataclass(frozen=True)
class RouteResult:
    """The routing decision for one message (SPEC §6), plus `also` for the unit push."""

    unit: str
    unit_name: str
    confidence: float
    keywords: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    urgent: bool
    kind: str  # "report" or "noise"
    also: tuple[str, ...] = ()  # codes of units for the other distinct problems (not in JSON)
    hazard: str = ""  # what an urgent message is about (nlp.urgent.Emergency; not in JSON)
    # For noise, the words that made it so (a learned table's), shown in JSON as its keywords.
    noise_words: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of `route`: exactly the SPEC's keys. A message called noise is no
        unit's: it shows none (null), no candidates, and as keywords only the words that made it
        noise. The unit its words lean to stays in the result for the bot's own readers (a thanks
        during a 回访 names the matter it thanks for)."""
        if self.kind == "noise":
            return {"unit": None, "unit_name": None, "confidence": 0.0,
                    "keywords": list(self.noise_words), "candidates": [], "urgent": False,
                    "kind": self.kind}
        return {
            "unit": self.unit,
            "unit_name": self.unit_name,
            "confidence": self.confidence,
            "keywords": list(self.keywords),
            "candidates": [{"unit": c.unit, "score": c.score} for c in self.candidates],
            "urgent": self.urgent,
            "kind": self.kind,
        }


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


class Leaning(Protocol):
    """A learned two-class table as nlp.urgent_now and nlp.nonreport_now read it (nlp.router)."""

    def leaning(self, text: str) -> dict[str, float]:
        ...

    def leaning_words(self, text: str, toward: str, other: str, sure: float) -> tuple[str, ...]:
        ...


class Opinion(Protocol):
    """A learned routing table giving a second opinion, as nlp.overrule reads it (nlp.router)."""

    def leaning(self, text: str) -> dict[str, float]:
        ...

    def sure(self, text: str, over: str, margin: float, bar: float) -> Learned | None:
        ...
