"""What masking takes out of real citizen text: how many messages get a label, of which kind.

    python benchmarks/privacy_words.py [--data ../shared/data] [--show 【姓名】] [--context 8]

Reads the taidi2020c board messages (../shared/data/taidi2020c/taidi_train.csv; read from there,
never copied into the repository) and masks each as the unit group reads it. Their publisher
replaced places by letters (A市, B7县) but left many names and numbers, so a label is not wrong in
itself: `--show LABEL` prints every place that label was put, with `--context` characters either
side of the original text, to read them one by one (and to diff two versions of the masker).
Printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.domain.privacy import LABELS, mask  # noqa: E402


def messages(data: Path) -> list[str]:
    with (data / "taidi2020c" / "taidi_train.csv").open(encoding="utf-8") as file:
        return [row["text"] for row in csv.DictReader(file)]


def changes(text: str, masked: str) -> list[tuple[str, str, int]]:
    """(label, the words it replaced, where they started) for every replacement."""
    out = []
    matcher = difflib.SequenceMatcher(None, text, masked, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            out.append((masked[j1:j2], text[i1:i2], i1))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--show", default="", help="a label, e.g. 【姓名】, to print its places")
    parser.add_argument("--context", type=int, default=8)
    args = parser.parse_args()
    texts = messages(args.data)
    touched, kinds = 0, Counter[str]()
    for text in texts:
        found = changes(text, mask(text))
        touched += bool(found)
        for label, words, at in found:
            for kind in LABELS.values():
                kinds[kind] += label.count(kind)
            if args.show and args.show in label:
                before = text[max(0, at - args.context):at]
                after = text[at + len(words):at + len(words) + args.context]
                print(f"{before}[{words}]{after}".replace("\n", " "))
    print(f"{len(texts)} messages, {touched} ({touched / len(texts):.1%}) get a label; labels: "
          + ", ".join(f"{kind} {count}" for kind, count in kinds.most_common() if count))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
