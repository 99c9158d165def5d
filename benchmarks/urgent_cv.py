"""Does the learned emergency table (nlp.urgent_learned) generalise to a new author? Leave one
routing set out: learn the table from the other sets and the letters, and read the set left out
with it. Prints, for each threshold and scope, how many of the held-out emergencies are flagged
urgent and how many reports and non-reports falsely, with the hand signs and by the learned table
alone (the hand signs were fitted to these sets; about ten minutes: one table per set).

    python benchmarks/urgent_cv.py [--sets tests/routing_sets] [--extra indep/indep_n.tsv]

`--extra` files are read as further held-out sets (never learned from in their own fold).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.config import load_config  # noqa: E402
from nlp.dataset import read_set, read_sets  # noqa: E402
from nlp.learn import LEARNED_SETTINGS  # noqa: E402
from nlp.nonreport import LETTERS  # noqa: E402
from nlp.router import Router, clean_text  # noqa: E402
from nlp.routes import build_router  # noqa: E402
from nlp.tokenizer import make_tokenizer  # noqa: E402
from nlp.urgent_learned import labelled, lean_table  # noqa: E402
from nlp.urgent_now import learned_scope  # noqa: E402

THRESHOLDS = (40.0, 60.0, 80.0, 100.0, 120.0, 150.0, 200.0)
SCOPES = ("partial", "plain", "vetoed")


def _rows(path: Path) -> list[tuple[str, str]]:
    return [(kind, text) for kind, _, text in read_set(path)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", type=Path, default=REPO / "tests" / "routing_sets")
    parser.add_argument("--extra", type=Path, action="append", default=[])
    args = parser.parse_args()
    config = load_config(REPO / "config.example.toml")
    hand = build_router([(u.code, u.name, u.keywords) for u in config.units])
    plain = make_tokenizer(domain=False)
    everything = labelled(read_sets(args.sets), LETTERS)
    # (kind, hand urgent, hand noise, scope, lean) of every held-out row
    seen: list[tuple[str, bool, bool, str, float]] = []
    for path in [*sorted(args.sets.glob("*.tsv")), *args.extra]:
        held = _rows(path)
        texts = {text for _, text in held}
        table = lean_table([row for row in everything if row[0] not in texts])
        learned = Router(table.units, settings=LEARNED_SETTINGS, tokenizer=plain)
        for kind, text in held:
            result = hand.route(text)
            clean = clean_text(text)
            lean = learned.leaning(clean)
            seen.append((kind, result.urgent, result.kind == "noise", learned_scope(clean),
                         lean["urgent"] - lean["calm"]))
        print(f"{path.name}: done", file=sys.stderr, flush=True)
    order = {"partial": 1, "plain": 2, "vetoed": 3}  # a scope includes the narrower ones
    urgent = [row for row in seen if row[0] == "urgent"]
    calm = [row for row in seen if row[0] in ("report", "typo")]
    noise = [row for row in seen if row[0] == "noise"]
    for scope in SCOPES:  # what the learned signal catches alone: the hand signs fit these sets
        for sure in (80.0, 100.0, 120.0):
            alone = [row for row in urgent if order[row[3]] <= order[scope] and row[4] >= sure]
            print(f"learned alone {scope:8} {sure:4.0f}: urgent {len(alone)}/{len(urgent)}")
    print(f"hand: urgent {sum(r[1] for r in urgent)}/{len(urgent)}  reports falsely urgent "
          f"{sum(r[1] for r in calm)}/{len(calm)}  noise urgent {sum(r[1] for r in noise)}/{len(noise)}")
    for scope in SCOPES:
        for sure in THRESHOLDS:
            def flag(row: tuple[str, bool, bool, str, float], scope: str = scope,
                     sure: float = sure) -> bool:
                return row[1] or (not row[2] and order[row[3]] <= order[scope]
                                  and row[4] >= sure)
            print(f"{scope:8} {sure:6.0f}: urgent {sum(map(flag, urgent))}/{len(urgent)}  "
                  f"reports falsely urgent {sum(map(flag, calm))}/{len(calm)}  "
                  f"noise urgent {sum(map(flag, noise))}/{len(noise)}")


if __name__ == "__main__":
    main()
