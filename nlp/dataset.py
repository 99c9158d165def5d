"""Labelled messages from CSV or TSV files (`text` plus `label` or `unit` columns)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

__all__ = ["TRAINING", "UNSEEN", "DatasetError", "read_labelled", "read_set", "read_sets", "training_rows"]

LABEL_COLUMNS = ("label", "unit")
_REPO = Path(__file__).resolve().parent.parent  # in a source checkout
# The labelled sets every learned table learns from (nlp.opinion, nlp.nonreport,
# nlp.urgent_learned), each an `id kind unit text` TSV folder: the one list to change. Our routing
# sets, and the county sets once held out (each read unseen before it joins; the figure that
# validates is benchmarks/fresh_cv.py's, leaving one of their authors out at a time).
TRAINING = (_REPO / "tests" / "routing_sets", _REPO / "benchmarks" / "fresh")
# Our sets written to test a round's changes, read before and after them: the tests read them, the
# learned tables do not learn from them until the lead joins them (a table learned from a set would
# make its second read no test).
UNSEEN = frozenset({"own_round21.tsv", "own_round23.tsv", "own_round24.tsv", "own_round25.tsv",
                    "own_round26.tsv"})


class DatasetError(ValueError):
    """The file cannot be used; the message is one line naming the file (and line)."""


def _is_tsv(path: Path, first_line: str) -> bool:
    """TSV by extension, or by a tab in the header line of a file that is not .csv."""
    return path.suffix.lower() == ".tsv" or (path.suffix.lower() != ".csv" and "\t" in first_line)


def read_labelled(path: Path) -> list[tuple[str, str]]:
    """(text, label) pairs in file order; raise DatasetError for anything malformed."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise DatasetError(f"{path}: file not found") from None
    except UnicodeDecodeError:
        raise DatasetError(f"{path}: not UTF-8 text") from None
    except OSError as exc:
        raise DatasetError(f"{path}: cannot read ({exc.strerror})") from None
    lines = content.splitlines(keepends=True)
    if not lines:
        raise DatasetError(f"{path}: empty file (need a header with text and label columns)")
    if _is_tsv(path, lines[0]):
        # TSV files carry quotes as ordinary characters, so no quoting rules apply.
        reader = csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, strict=True)
    else:
        reader = csv.reader(lines, strict=True)
    try:
        header = [name.strip().lower() for name in next(reader)]
        if "text" not in header:
            raise DatasetError(f"{path}: no 'text' column (columns: {', '.join(header)})")
        label_column = next((name for name in LABEL_COLUMNS if name in header), None)
        if label_column is None:
            raise DatasetError(
                f"{path}: no 'label' or 'unit' column (columns: {', '.join(header)})"
            )
        text_at, label_at = header.index("text"), header.index(label_column)
        rows = []
        for record in reader:
            if not record or record == [""]:
                continue
            if len(record) != len(header):
                raise DatasetError(
                    f"{path}: line {reader.line_num}: {len(record)} fields, "
                    f"the header has {len(header)}"
                )
            rows.append((record[text_at], record[label_at].strip()))
    except csv.Error as exc:
        raise DatasetError(f"{path}: line {reader.line_num}: malformed ({exc})") from None
    if not rows:
        raise DatasetError(f"{path}: no rows after the header")
    return rows


def read_set(path: Path) -> list[tuple[str, str, str]]:
    """(kind, unit, text) of every row of one routing set (an `id kind unit text` TSV file)."""
    with path.open(encoding="utf-8", newline="") as file:
        return [(row["kind"], row["unit"], row["text"])
                for row in csv.DictReader(file, delimiter="\t", quoting=csv.QUOTE_NONE)]


def read_sets(folder: Path) -> list[tuple[str, str, str]]:
    """(kind, unit, text) of every row of our routing sets (as tests/routing_sets holds), file by
    file in name order; not the sets still UNSEEN."""
    return [row for path in sorted(folder.glob("*.tsv")) if path.name not in UNSEEN for row in read_set(path)]


def training_rows(folders: Sequence[Path] = TRAINING) -> list[tuple[str, str, str]]:
    """(kind, unit, text) of every row of the training folders, folder by folder."""
    return [row for folder in folders for row in read_sets(folder)]
