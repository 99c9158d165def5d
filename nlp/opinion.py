"""A second opinion for unsure decisions: pair weights learned from our labelled sentences.

The hand table (keywords, lexicons, company rules) says which units a message has evidence for
and why. When it is unsure (confidence below `Settings.opinion_below`), a table learned with
`nlp.learn` from every labelled report of our own routing sets and the county sets once held out
(`nlp.dataset.TRAINING`, written by many authors in many voices) picks among the hand table's
leading candidates (`nlp.overrule.CHOICES`), and the decision is still explained by the hand
table's keywords for the unit chosen. Where the hand table has too little to go on, or decided
weakly on a word named in passing (nlp.overrule), the table decides when it is sure, explained by
its own words of the matter; an emergency routed by its kind, a cross-cutting matter and noise are
decided as before.

The table ships as `nlp/opinion.json`; `python -m nlp.opinion` learns it again after the sets
change (a test checks that the shipped table is what the sets give).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nlp.dataset import TRAINING, training_rows
from nlp.learn import learn
from nlp.routes import OPINION, RouteTable, dump_learned
from nlp.tokenizer import make_tokenizer

__all__ = ["learn_opinion", "opinion_table"]

_HEADER = ("Learned by `python -m nlp.opinion` from the labelled reports of tests/routing_sets and",
           "benchmarks/fresh; do not edit by hand (nlp/opinion.py).")
Row = tuple[str, str, str]  # kind, unit, text (nlp.dataset.read_set)


def _labelled(rows: Sequence[Row]) -> list[tuple[str, str]]:
    """(text, unit) of every report and typo row, in order."""
    return [(text, unit) for kind, unit, text in rows if kind in ("report", "typo")]


def opinion_table(rows: Sequence[Row]) -> RouteTable:
    """The opinion table learned from (kind, unit, text) rows (benchmarks/fresh_cv.py learns it
    without an author's rows to read them unseen). Its words are cut by jieba's own dictionary,
    so the table changes with the sets and not with the routing lexicons."""
    return learn(_labelled(rows), tokenizer=make_tokenizer(domain=False))


def learn_opinion(folders: Sequence[Path] = TRAINING) -> str:
    """The opinion table learned from the sets in `folders`, as JSON."""
    return dump_learned(opinion_table(training_rows(folders)), _HEADER)


if __name__ == "__main__":
    target = Path(__file__).with_name(OPINION)
    target.write_text(learn_opinion(), encoding="utf-8")
    print(f"{target}: learned from {len(_labelled(training_rows()))} labelled reports")
