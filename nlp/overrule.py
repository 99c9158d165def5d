"""How the learned second opinion (nlp.opinion) takes part in the hand table's decisions.

- Among the leading units (`among`): a unit decided on slight evidence over others goes to the
  leading unit with evidence here that the opinion clearly favours.
- Over a weak decision (`overrule`): a matter told in everyday words often has no keyword of its
  own unit, while a word of another unit named in passing (the school by the burst pipe, the
  neighbour whose dogs roam, the hospital whose car park overcharges) decides on slight evidence.
  When the hand table is that unsure (confidence below WEAK) and the opinion, learned from every
  labelled report of our sets, is sure of another unit and scores it at least MARGIN times the
  unit chosen here, the opinion decides, explained by its own words of the matter (nlp.shown), one
  of them at least a word the hand table lacks. A message the hand table found to name several
  units' problems stays where they put it, as does a decision carried by a slip read there
  (`slipped`), and an emergency still goes to the unit of its kind (nlp.router).
"""

from __future__ import annotations

from collections.abc import Container, Sequence

from nlp.result import Learned, Opinion

__all__ = ["MARGIN", "WEAK", "among", "overrule", "slipped"]

CHOICES = 3  # the opinion picks among this many leading units ...
TRACE = 0.1  # ... with more evidence than a trace (this share of the leader's) ...
CHOSEN_MARGIN = 1.5  # ... when it scores its pick this many times the unit chosen here
WEAK = 0.6  # below this confidence a hand decision yields to a sure opinion of another unit ...
MARGIN = 1.0  # ... that scores its pick at least this many times the unit chosen here
SURE = 0.55  # ... and is at least this sure of it (nlp.router's OPINION_SURE at the least)


def among(opinion: Opinion, codes: Sequence[str], text: str, ranked: Sequence[int],
          scores: Sequence[float], chosen: int) -> int:
    """The leading unit with evidence here that the opinion clearly favours over `chosen`, else
    `chosen`."""
    floor = TRACE * scores[ranked[0]]
    choices = [n for n in ranked[:CHOICES] if scores[n] > 0 and scores[n] >= floor]
    if len(choices) < 2:
        return chosen  # no other unit to pick: the opinion is not asked
    leaning = opinion.leaning(text)
    best = max(leaning, key=lambda code: leaning[code], default="")
    if not best or leaning[best] <= CHOSEN_MARGIN * max(0.0, leaning.get(codes[chosen], 0.0)):
        return chosen
    return next((n for n in choices if codes[n] == best), chosen)


def overrule(opinion: Opinion, codes: Sequence[str], keywords: Container[str], text: str,
             chosen: str, confidence: float) -> Learned | None:
    """The opinion's sure pick of another of `codes` than `chosen`, decided here with
    `confidence`, when that decision is weak and the opinion clearly favours its pick; else None.
    The pick must show a word the hand table lacks (not in `keywords`): one it has was weighed
    there already, with its company (殡一馆收费太贵 is the funeral home's fee, whatever schools
    charge)."""
    if confidence >= WEAK:
        return None
    taken = opinion.sure(text, over=chosen, margin=MARGIN, bar=SURE)
    if taken is None or taken.unit not in codes or all(word in keywords for word in taken.words):
        return None
    return taken


def slipped(parts: Sequence[tuple[str, dict[int, float]]], chosen: int) -> bool:
    """Whether the evidence for unit `chosen` holds a keyword read from a slip (殡仪馆(殡一馆), as
    nlp.router labels one): the opinion reads the characters as typed and cannot see it."""
    return any(part.get(chosen, 0.0) > 0 and "(" in label for label, part in parts)
