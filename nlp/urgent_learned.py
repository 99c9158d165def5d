"""A learned look at emergencies: the words and character pairs that lean a message towards urgent.

Each new author tells an emergency in words no sign of nlp.urgent had (a new way to say someone
cannot breathe, is stuck, is bleeding). Where the hand composition found no emergency, a two-class
table learned with `nlp.learn` reads the message once more: learned from the labelled rows of our
own routing sets and the county sets (`nlp.dataset.TRAINING`, `urgent` against every report,
typo and non-report, among them the calm look-alikes that share the hazard words, written by
many authors) and from real citizens' letters, all calm (the first `LETTERS_USED` rows of taidi2020c's
`taidi_train.csv`, as nlp.nonreport learns them), so that a plain letter's wording never reads as
an emergency. A message it is sure of (`nlp.router.URGENT_SURE`) is urgent, named by the learned
words that made it so, unless nlp.urgent's vetoes say the danger is not happening now: a feared,
past, recurring or paperwork danger (`nlp.urgent.not_now`), or a letter that recounts.

The table ships as `nlp/urgent_learned.json`; `python -m nlp.urgent_learned` learns it again after
the sets change (a test checks that the shipped table is what the sets and letters give).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nlp.dataset import TRAINING, training_rows
from nlp.learn import learn_lean
from nlp.nonreport import LETTERS, against_letters
from nlp.routes import URGENT_LEARNED, RouteTable, dump_learned
from nlp.tokenizer import make_tokenizer

__all__ = ["CALM", "URGENT", "labelled", "lean_table", "learn_urgent"]

URGENT, CALM = "urgent", "calm"
_HEADER = ("Learned by `python -m nlp.urgent_learned` from tests/routing_sets, benchmarks/fresh",
           "and taidi_train letters; do not edit by hand (nlp/urgent_learned.py).")


def labelled(rows: Sequence[tuple[str, str, str]], letters: Path) -> list[tuple[str, str]]:
    """(text, urgent or calm) of every (kind, unit, text) row of the sets, then of the first real
    letters."""
    return against_letters(rows, letters, URGENT, CALM)


def lean_table(rows: Sequence[tuple[str, str]]) -> RouteTable:
    """The urgent/calm table learned from (text, label) rows, its words cut by jieba's own
    dictionary, each word's lean (urgent minus calm) kept under urgent (nlp.learn.learn_lean)."""
    return learn_lean(rows, URGENT, CALM, make_tokenizer(domain=False))


def learn_urgent(folders: Sequence[Path] = TRAINING, letters: Path = LETTERS) -> str:
    """The urgent/calm table learned from the sets in `folders` and the letters, as JSON."""
    return dump_learned(lean_table(labelled(training_rows(folders), letters)), _HEADER)


if __name__ == "__main__":
    target = Path(__file__).with_name(URGENT_LEARNED)
    target.write_text(learn_urgent(), encoding="utf-8")
    print(f"{target}: learned from {len(labelled(training_rows(), LETTERS))} labelled messages")
