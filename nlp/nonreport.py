"""A learned look at non-reports: the words and character pairs that lean a message towards noise.

Each new author's non-reports come in forms no hand rule of nlp.noise had (a new kind of small
talk, a notice or an advert worded otherwise). Where the hand rules found no report in a message
and little or no word of any unit's matter, a two-class table learned with `nlp.learn` reads it
once more: learned from the labelled rows of our own routing sets and the county sets (`nlp.dataset.TRAINING`,
`noise` against every report, typo and emergency, written by many authors) and from real citizens'
letters, all reports (the first `LETTERS_USED` rows of taidi2020c's `taidi_train.csv`), so that a
plain letter's wording never reads as a non-report. A message it is sure of
(`nlp.nonreport_now`) is noise, explained by the learned words that made it so.

The table ships as `nlp/nonreport.json`; `python -m nlp.nonreport` learns it again after the sets
change (a test checks that the shipped table is what the sets and letters give).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nlp.dataset import TRAINING, read_labelled, training_rows
from nlp.learn import learn_lean
from nlp.routes import NONREPORT, RouteTable, dump_learned
from nlp.tokenizer import make_tokenizer

__all__ = ["LETTERS", "LETTERS_USED", "against_letters", "labelled", "learn_nonreport",
           "learn_table"]

LETTERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "taidi2020c" / "taidi_train.csv"
LETTERS_USED = 3000  # real letters learned as reports (file order): enough for their wording
NOISE, REPORT = "noise", "report"
_HEADER = ("Learned by `python -m nlp.nonreport` from tests/routing_sets, benchmarks/fresh and",
           "taidi_train letters; do not edit by hand (nlp/nonreport.py).")
Row = tuple[str, str, str]  # kind, unit, text (nlp.dataset.read_set)


def against_letters(rows: Sequence[Row], letters: Path, kind: str,
                    other: str) -> list[tuple[str, str]]:
    """(text, `kind` or `other`) of every (kind, unit, text) row of the sets, then of the first
    real letters, all `other`: the rows a two-class table (this one, nlp.urgent_learned) learns
    from."""
    labelled = [(text, kind if row_kind == kind else other) for row_kind, _, text in rows]
    return labelled + [(text, other) for text, _ in read_labelled(letters)[:LETTERS_USED]]


def labelled(rows: Sequence[Row], letters: Path) -> list[tuple[str, str]]:
    """(text, noise or report) of every row of the sets, then of the first real letters."""
    return against_letters(rows, letters, NOISE, REPORT)


def learn_table(rows: Sequence[tuple[str, str]]) -> RouteTable:
    """The noise/report table learned from (text, noise or report) rows (benchmarks/nonreport_cv.py
    and benchmarks/fresh_cv.py learn it without an author's rows to read them unseen)."""
    return learn_lean(rows, NOISE, REPORT, make_tokenizer(domain=False))


def learn_nonreport(folders: Sequence[Path] = TRAINING, letters: Path = LETTERS) -> str:
    """The noise/report table learned from the sets in `folders` and the letters, as JSON. Its
    words are cut by jieba's own dictionary, as the second opinion's (nlp.opinion). With two
    classes the learner moves both by the same step, so the report weights mirror the noise ones:
    the table ships each word's lean (noise minus report) under noise alone, half the size to
    load, and the same decisions (nlp.learn.learn_lean)."""
    return dump_learned(learn_table(labelled(training_rows(folders), letters)), _HEADER)


if __name__ == "__main__":
    target = Path(__file__).with_name(NONREPORT)
    target.write_text(learn_nonreport(), encoding="utf-8")
    print(f"{target}: learned from {len(labelled(training_rows(), LETTERS))} labelled messages")
