"""How the company of a keyword decides which unit it counts for (the mechanism; the rules
themselves are data in nlp.context and nlp.ownership).

- A keyword several units list (噪音: police, ecology, urban; 乱收费: market, education, …) counts
  for the one of them that the rest of the message supports most (`follow_company`): 工厂 … 噪音
  is ecology, 工地 … 噪音 is urban, 楼上 … 噪音 is police. The message's leading unit takes all its
  shared words; otherwise each goes to its owner with most support from the other words. With no
  support each keeps its own weight (the heaviest, usually the owner named in units.tsv, wins; an
  exact tie goes to the hotline).
- A ClauseRule moves a unit's words to another unit when their sentence holds the rule's company
  as whole words (`in_company`), so 羊山镇 and 鸡黍镇 are places, not animals.
- Words naming an office (派出所, 报警, 城管局, 劳动部门 …) say whom the citizen turned to, not what
  the matter is: per unit they count once, as the strongest of them (`once_per_office`). A plea
  about unpaid wages that went to the police first stays with the labour bureau.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["ClauseRule", "follow_company", "in_company", "is_office", "once_per_office",
           "sentence_around", "word_set", "words"]

_SENTENCE_END = re.compile(r"[。!?;\n]")


@dataclass(frozen=True)
class ClauseRule:
    """In a sentence matching `company`, a hit for unit `source` counts for unit `target`
    (only the hits of `words`, when given)."""

    company: re.Pattern[str]
    source: str
    target: str
    words: frozenset[str] = frozenset()


def words(text: str) -> re.Pattern[str]:
    """Any of the words, longest first (so a word is not cut short by a shorter one); A*B allows a
    short gap (欠*工钱: 欠了俺们三个月的工钱)."""
    listed = sorted(text.split(), key=len, reverse=True)
    return re.compile("|".join(word.replace("*", ".{0,8}") for word in listed))


def word_set(text: str) -> frozenset[str]:
    """The keywords a rule moves, as a set."""
    return frozenset(text.split())


_OFFICE = re.compile(
    r"(局|所|部门|大队|中队|中心|办|委|厅)$|"
    r"^(报警|报案|警察|民警|辅警|交警|110|12345|城管|城管执法|城管队员|物业公司|村委会|居委会|社区)$"
)


def is_office(word: str) -> bool:
    """True for a keyword that names an office or calling it (派出所, 报警, 环保局)."""
    return bool(_OFFICE.search(word))


def once_per_office(parts: Sequence[dict[int, float]], offices: Sequence[bool]) -> None:
    """Per unit, keep only the strongest of the office words' contributions (in place)."""
    best: dict[int, tuple[float, int]] = {}
    for number, (part, office) in enumerate(zip(parts, offices, strict=True)):
        if office:
            for unit, value in part.items():
                if value > best.get(unit, (0.0, -1))[0]:
                    best[unit] = (value, number)
    for number, (part, office) in enumerate(zip(parts, offices, strict=True)):
        if office:
            for unit in [u for u, v in part.items() if v > 0 and best[u][1] != number]:
                del part[unit]


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence holding text[start:end] begins and ends."""
    before = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    return before, after.start() if after else len(text)


def in_company(rule: ClauseRule, text: str, sentence: tuple[int, int], bounds: frozenset[int]) -> bool:
    """True when the sentence (`sentence_around` a keyword) has the rule's company as whole words."""
    return any(
        match.start() in bounds and match.end() in bounds
        for match in rule.company.finditer(text, *sentence)
    )


def follow_company(
    contributions: Sequence[dict[int, float]], scores: Sequence[float]
) -> list[dict[int, float]]:
    """Give each word listed by several units to the one the rest of the message supports.

    `contributions[i]` is hit i's score per unit, `scores` their sums. A word whose company
    favours none of its units (no support, or a tie) keeps all of them.
    """
    top = max(scores, default=0.0)
    leaders = [unit for unit, value in enumerate(scores) if value == top and top > 0]
    leader = leaders[0] if len(leaders) == 1 else None
    resolved = []
    for parts in contributions:
        owners = [unit for unit, value in parts.items() if value > 0]
        if len(owners) < 2:
            resolved.append(parts)
            continue
        if leader in owners:
            resolved.append({unit: value for unit, value in parts.items()
                             if unit == leader or value <= 0})
            continue
        company = {unit: scores[unit] - parts[unit] for unit in owners}
        best = max(company.values())
        leaders = [unit for unit, value in company.items() if value == best]
        if best <= 0 or len(leaders) > 1:
            resolved.append(parts)
        else:
            resolved.append({unit: value for unit, value in parts.items()
                             if unit == leaders[0] or value <= 0})
    return resolved
