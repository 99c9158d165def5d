"""Does the learned non-report table (nlp.nonreport) generalise to a new author? Leave one routing
set out: learn the table from the other sets and the letters, and measure on the set left out
how many of its non-reports are called noise and how many of its reports, without and with it.

    python benchmarks/nonreport_cv.py [--sets tests/routing_sets]

Prints aggregates over all sets and the worst set for reports called noise (a few minutes: one
table is learned per set).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import load_config  # noqa: E402
from nlp.dataset import read_set  # noqa: E402
from nlp.learn import LEARNED_SETTINGS, learn  # noqa: E402
from nlp.nonreport import LETTERS, labelled  # noqa: E402
from nlp.router import Router  # noqa: E402
from nlp.routes import build_router  # noqa: E402
from nlp.tokenizer import make_tokenizer  # noqa: E402


def _rows(path: Path) -> list[tuple[str, str]]:
    return [(kind, text) for kind, _, text in read_set(path)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, default=REPO / "tests" / "routing_sets")
    args = parser.parse_args()
    config = load_config(REPO / "config.example.toml")
    shipped = build_router([(u.code, u.name, u.keywords) for u in config.units])
    plain = make_tokenizer(domain=False)
    everything = labelled(args.sets, LETTERS)
    paths = sorted(args.sets.glob("*.tsv"))
    totals = {"before": [0, 0, 0, 0], "after": [0, 0, 0, 0]}
    worst = (0.0, "")
    for path in paths:
        held = _rows(path)
        texts = {text for _, text in held}
        table = learn([row for row in everything if row[0] not in texts], tokenizer=plain)
        learned = Router(table.units, settings=LEARNED_SETTINGS, tokenizer=plain)
        with_it = Router(shipped.units, tokenizer=shipped._tokenizer, opinion=shipped._opinion,
                         nonreport=learned)
        without = Router(shipped.units, tokenizer=shipped._tokenizer, opinion=shipped._opinion)
        for label, router in (("before", without), ("after", with_it)):
            kinds = [(kind, router.route(text).kind) for kind, text in held]
            noise = [got for kind, got in kinds if kind == "noise"]
            real = [got for kind, got in kinds if kind != "noise"]
            counts = (noise.count("noise"), len(noise), real.count("noise"), len(real))
            totals[label] = [a + b for a, b in zip(totals[label], counts, strict=True)]
            if label == "after" and real:
                worst = max(worst, (counts[2] / len(real), path.name))
    for label, (hit, noise, wrong, real) in totals.items():
        print(f"{label:6}  non-reports called noise {hit / noise:.3f} ({hit}/{noise})  "
              f"reports called noise {wrong / real:.4f} ({wrong}/{real})")
    print(f"worst set for reports called noise, after: {worst[1]} {worst[0]:.3f}")


if __name__ == "__main__":
    main()
