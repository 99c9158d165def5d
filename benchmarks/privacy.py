"""Masking speed: how long `mask` and `mask_public` take on a 2,000-character text.

    python benchmarks/privacy.py [--texts 300] [--data ../shared/data]

Two corpora of 2,000-character texts, both built from county-style messages
(benchmarks/fresh/county_fresh.tsv, and the real taidi2020c messages when ../shared/data is
there): "dense" has personal data planted every ~150 characters in the writings tests/plantkit.py
knows (needs the `dev` extra for Faker) — a hard case, about 13 numbers and names a text; "plain"
is the messages as they are. Every text is masked three times and its fastest time kept (the
machine may be shared); the median over the texts is the figure. Printed, never asserted.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.domain.privacy import mask, mask_public  # noqa: E402
from tests.plantkit import Planter  # noqa: E402

LENGTH = 2000
KINDS = ("mobile", "landline", "local", "id_number", "card", "email", "qq", "wechat", "name",
         "surname_cue", "kin_name", "compound_name", "tail", "titled_name")


def sentences(data: Path) -> list[str]:
    rows = []
    with (REPO / "benchmarks" / "fresh" / "county_fresh.tsv").open(encoding="utf-8") as file:
        rows += [r["text"] for r in csv.DictReader(file, delimiter="\t")]
    taidi = data / "taidi2020c" / "taidi_train.csv"
    if taidi.exists():
        with taidi.open(encoding="utf-8") as file:
            rows += [r["text"] for r in csv.DictReader(file)]
    return rows


def texts(count: int, data: Path, dense: bool = True) -> list[str]:
    planter = Planter(2026)
    pool = sentences(data)
    out = []
    for _ in range(count):
        text = ""
        while len(text) < LENGTH:
            if dense:
                text += planter.rng.choice(pool)[:150] + "，"
                text += getattr(planter, planter.rng.choice(KINDS))().written + "。"
            else:
                text += planter.rng.choice(pool)
        out.append(text[:LENGTH])
    return out


def timed(function: object, corpus: list[str]) -> list[float]:
    times = []
    for text in corpus:
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            function(text, ["洋洋 刘"])  # type: ignore[operator]
            best = min(best, time.perf_counter() - started)
        times.append(best * 1000)
    return sorted(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=300)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    random.seed(1)
    for kind, dense in (("dense", True), ("plain", False)):
        corpus = texts(args.texts, args.data, dense)
        for function in (mask, mask_public):
            times = timed(function, corpus)
            p90 = times[int(len(times) * 0.9)]
            print(f"{function.__name__} ({kind}): {len(corpus)} texts of {LENGTH} characters,"
                  f" median {statistics.median(times):.3f} ms, p90 {p90:.3f} ms,"
                  f" max {times[-1]:.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
