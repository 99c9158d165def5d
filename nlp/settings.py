"""The router's decision thresholds, shared by the router, its scoring and routes files."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    """Decision thresholds; learned tables carry their own (see nlp.routes)."""

    min_score: float = 0.8  # below this, nothing fits: fallback unit
    min_confidence: float = 0.2  # below this, too unsure: fallback unit
    spread_units: int = 4  # this many distinct problems means a cross-cutting matter; 0 = off
    spread_share: float = 0.4  # a distinct problem scores at least this share of the top ...
    spread_score: float = 1.5  # ... and at least this much, from words of its own
    char_weight: float = 0.0  # no longer used; kept so older routes files still load
    char_cap: float = 1.2  # no longer used
    char_min_words: int = 3  # no longer used
    char_purity: float = 0.75  # no longer used
    match_all: int = 0  # 1 = every occurrence counts, overlaps too (learned tables; nlp.matching)
    homophone: float = 0.9  # share of a keyword's weight for a homophone hit; 0 = off
    repeat: float = 0.5  # extra weight per doubling of a keyword's occurrences
    lead: float = 0.15  # extra weight for a keyword at the very start (the problem comes first)
    opinion_below: float = 0.7  # below this confidence the second opinion picks (nlp.opinion)
