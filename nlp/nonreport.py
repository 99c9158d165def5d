"""A learned look at non-reports: the words and character pairs that lean a message towards noise.

Each new author's non-reports come in forms no hand rule of nlp.noise had (a new kind of small
talk, a notice or an advert worded otherwise). Where the hand rules found no report in a message
and little or no word of any unit's matter, a two-class table learned with `nlp.learn` reads it
once more: learned from the labelled rows of our own routing sets (`tests/routing_sets/*.tsv`,
`noise` against every report, typo and emergency, written by many authors) and from real citizens'
letters, all reports (the first `LETTERS_USED` rows of taidi2020c's `taidi_train.csv`), so that a
plain letter's wording never reads as a non-report. A message it is sure of
(`nlp.nonreport_now`) is noise, explained by the learned words that made it so.

The table ships as `nlp/nonreport.json`; `python -m nlp.nonreport` learns it again after the sets
change (a test checks that the shipped table is what the sets and letters give).
"""

from __future__ import annotations

from pathlib import Path

from nlp.dataset import read_labelled, read_sets
from nlp.learn import learn
from nlp.opinion import SETS
from nlp.result import UnitRoute
from nlp.routes import NONREPORT, RouteTable, dump_learned
from nlp.tokenizer import make_tokenizer

__all__ = ["LETTERS", "LETTERS_USED", "SETS", "labelled", "learn_nonreport"]

LETTERS = SETS.parent.parent.parent / "shared" / "data" / "taidi2020c" / "taidi_train.csv"
LETTERS_USED = 3000  # real letters learned as reports (file order): enough for their wording
NOISE, REPORT = "noise", "report"
_HEADER = ("Learned by `python -m nlp.nonreport` from tests/routing_sets and taidi_train letters;",
           "do not edit by hand (nlp/nonreport.py).")


def labelled(folder: Path, letters: Path) -> list[tuple[str, str]]:
    """(text, noise or report) of every row of the sets, then of the first real letters."""
    rows = [(text, NOISE if kind == "noise" else REPORT) for kind, _, text in read_sets(folder)]
    return rows + [(text, REPORT) for text, _ in read_labelled(letters)[:LETTERS_USED]]


def learn_nonreport(folder: Path = SETS, letters: Path = LETTERS) -> str:
    """The noise/report table learned from the sets in `folder` and the letters, as JSON. Its
    words are cut by jieba's own dictionary, as the second opinion's (nlp.opinion). With two
    classes the learner moves both by the same step, so the report weights mirror the noise ones:
    the table ships each word's lean (noise minus report) under noise alone, half the size to
    load, and the same decisions."""
    table = learn(labelled(folder, letters), tokenizer=make_tokenizer(domain=False))
    weights = {unit.code: dict(unit.keywords) for unit in table.units}
    lean = tuple((word, round(weight - weights[REPORT].get(word, 0.0), 3))
                 for word, weight in weights[NOISE].items())
    units = (UnitRoute(NOISE, NOISE, lean), UnitRoute(REPORT, REPORT))
    return dump_learned(RouteTable(units, table.settings), _HEADER)


if __name__ == "__main__":
    target = Path(__file__).with_name(NONREPORT)
    target.write_text(learn_nonreport(), encoding="utf-8")
    print(f"{target}: learned from {len(labelled(SETS, LETTERS))} labelled messages")
