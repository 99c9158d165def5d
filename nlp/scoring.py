"""From keywords found to unit scores, and from scores back to the words that explain them."""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from nlp.company import (
    ClauseRule,
    follow_company,
    in_company,
    is_office,
    once_per_office,
    sentence_around,
)
from nlp.settings import Settings

__all__ = ["WEATHER", "Evidence", "RuleIndex", "Scored", "explain", "linear", "score"]

Rule = tuple[ClauseRule, int, int]  # a context rule, its source unit and its target unit
# The weather a matter is felt in (下雨天根本没法走, 雨季也出不了门): a circumstance, no problem of
# its own. Such a word still counts for its unit's score, but not as words of that unit's own
# (Scored.own), so it makes no second matter (另涉及) nor a suggestion over several units' matters;
# the water itself (雨水排不出, 下雨就淹, 积水) is a matter and counts.
WEATHER = re.compile(
    r"(一|又|再)?下?(大|暴|小|阵|中|连阴|毛毛)?(雨|雪)(天|季|的时候)?$|雨(天|季)$")


class RuleIndex:
    """The context rules in their order, with the ones that may apply to each keyword found
    ready in advance: a rule that names its words applies to those alone (most do), so a keyword
    is checked against a few rules rather than all of them."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self._general = tuple(rule for rule in rules if not rule[0].words)
        named = {word for rule, _, _ in rules for word in rule.words}
        self._by_word = {word: tuple(r for r in rules if not r[0].words or word in r[0].words)
                         for word in named}

    def applicable(self, word: str) -> tuple[Rule, ...]:
        """The rules that may move a contribution of `word`, in order."""
        return self._by_word.get(word, self._general)


@dataclass(frozen=True)
class Evidence:
    """One keyword found in a message, however often."""

    word: str  # the keyword
    label: str  # how the explanation shows it: the word, or 停电(挺电) for a homophone
    weights: tuple[tuple[int, float], ...]  # unit number → weight
    strength: float  # 1, less when negated or quoted (learned tables: summed occurrences)
    count: int  # occurrences that counted
    start: int  # first occurrence
    end: int

    def again(self, strength: float) -> Evidence:
        """The same keyword found once more."""
        return replace(self, strength=max(self.strength, strength),
                       count=self.count + (strength > 0))


@dataclass(frozen=True)
class Scored:
    scores: list[float]  # per unit
    own: list[float]  # per unit, from words that count for no other unit and are no weather
    evidence: float  # all keyword weight found, before context: how much the message says
    parts: list[tuple[str, dict[int, float]]]  # label → unit → contribution


def score(
    found: Sequence[Evidence],
    units: int,
    rules: RuleIndex,
    text: str,
    bounds: frozenset[int],
    settings: Settings,
) -> Scored:
    """Unit scores for the keywords found (context rules and company only for hand tables)."""
    parts: list[dict[int, float]] = []
    size = max(len(text), 1)
    for item in found:
        factor = item.strength
        if not settings.match_all:
            factor *= 1.0 + settings.repeat * math.log2(item.count) if item.count > 1 else 1.0
            factor *= 1.0 + settings.lead * max(0.0, 1.0 - item.start / size)
        parts.append({unit: weight * factor for unit, weight in item.weights})
    evidence = max(0.0, sum(value for part in parts for value in part.values()))
    if not settings.match_all:
        once_per_office(parts, [is_office(item.word) for item in found])
        for item, part in zip(found, parts, strict=True):
            sentence = None
            for rule, source, target in rules.applicable(item.word):
                if part.get(source, 0.0) <= 0:
                    continue
                sentence = sentence or sentence_around(text, item.start, item.end)
                if in_company(rule, text, sentence, bounds):
                    moved = part.pop(source)
                    part[target] = max(part.get(target, 0.0), moved)
        parts = follow_company(parts, _sums(parts, units))
    scores = _sums(parts, units)
    own = [0.0] * units
    for item, part in zip(found, parts, strict=True):
        positive = [unit for unit, value in part.items() if value > 0]
        if len(positive) == 1 and not WEATHER.match(item.word):
            own[positive[0]] += part[positive[0]]
    labelled = [(item.label, part) for item, part in zip(found, parts, strict=True)]
    return Scored(scores, own, evidence, labelled)


def linear(words: Mapping[str, float], weights: Mapping[str, tuple[tuple[int, float], ...]],
           units: int) -> list[float]:
    """A learned table's unit scores for the keywords found (word → strength): what `score`
    gives with `match_all`, summed in the same order, without the parts that explain them."""
    sums = [0.0] * units
    for word, strength in words.items():
        for unit, weight in weights[word]:
            sums[unit] += weight * strength
    return sums


def explain(scored: Scored, chosen: int, limit: int) -> tuple[str, ...]:
    """The words behind a decision, strongest first; for a fallback with no words of its own,
    everything that matched (a cross-cutting message is explained by all its problems)."""
    reasons = [(part[chosen], label) for label, part in scored.parts if part.get(chosen, 0) > 0]
    if not reasons:
        reasons = [(max(part.values()), label) for label, part in scored.parts
                   if part and max(part.values()) > 0]
    reasons.sort(key=lambda reason: (-reason[0], reason[1]))
    return tuple(dict.fromkeys(label for _, label in reasons))[:limit]


def _sums(parts: Sequence[dict[int, float]], units: int) -> list[float]:
    sums = [0.0] * units
    for part in parts:
        for unit, value in part.items():
            sums[unit] += value
    return sums
