"""How well masking finds a third person's name told by how they are called (她叫李秀兰, 老人姓高，
叫高玉兰, an old man named Wang Defu), on the written set tests/namedkit.py.

    python benchmarks/privacy_named.py [--show]

A positive counts as found when no part of its name of two characters or more is left in what the
unit reads (the name whole, or its given name); a negative counts as wrongly masked when what the
unit reads differs from what was written. Precision is found ÷ (found + wrongly masked), recall
found ÷ positives. `--show` prints every miss and every wrong mask. Printed, never asserted.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.domain.privacy import mask  # noqa: E402
from tests.namedkit import NEGATIVES, POSITIVES  # noqa: E402


def hidden(text: str, name: str) -> bool:
    """Whether `name` is gone from masked `text`: whole, its surname-less rest, its parts."""
    masked = mask(text)
    parts = name.split() if " " in name else [name, name[-2:]]
    return not any(part in masked for part in parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print misses and wrong masks")
    args = parser.parse_args()
    found = [text for text, name in POSITIVES if hidden(text, name)]
    wrong = [text for text in NEGATIVES if mask(text) != text]
    if args.show:
        for text, _ in POSITIVES:
            if text not in found:
                print(f"missed: {mask(text)}")
        for text in wrong:
            print(f"wrong:  {mask(text)}")
    precision = len(found) / (len(found) + len(wrong)) if found or wrong else 0.0
    recall = len(found) / len(POSITIVES)
    print(f"{len(POSITIVES)} positives, {len(NEGATIVES)} negatives: found {len(found)}, "
          f"wrongly masked {len(wrong)}; precision {precision:.1%}, recall {recall:.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
