"""Route cost per message, this checkout side by side with another, in one run.

    python benchmarks/route_speed.py --compare CHECKOUT [--rounds 6]

Each round times the default router of this checkout and of CHECKOUT (e.g. `git worktree add
--detach /tmp/before <commit>`), one after the other, each in a fresh subprocess that imports its
own checkout: the dev set's routing messages (five times over, after a warm-up), one route at a
time. Prints each round's medians, then the median over rounds of both and their ratio, so that a
shared machine's load falls on both alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEV = REPO.parent / "shared" / "data" / "devset" / "routing_dev.tsv"

_TIMED = """
import statistics, sys, time
from pathlib import Path
from bot.config import load_config
from nlp.dataset import read_labelled
from nlp.routes import build_router
config = load_config(Path(sys.argv[1]) / "config.example.toml")
router = build_router([(u.code, u.name, u.keywords) for u in config.units])
texts = [text for text, _ in read_labelled(Path(sys.argv[2]))] * 5
for text in texts[:50]:
    router.route(text)
times = []
for text in texts:
    start = time.perf_counter()
    router.route(text)
    times.append(time.perf_counter() - start)
print(statistics.median(times) * 1000)
"""


def _median_ms(checkout: Path, dev: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.check_output([sys.executable, "-c", _TIMED, str(checkout), str(dev)],
                                  cwd=checkout, env=env, text=True, stderr=subprocess.DEVNULL)
    return float(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, required=True, help="another checkout")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--dev", type=Path, default=DEV, help="routing_dev.tsv")
    args = parser.parse_args()
    other = args.compare.resolve()
    ours, theirs = [], []
    for number in range(1, args.rounds + 1):
        ours.append(_median_ms(REPO, args.dev))
        theirs.append(_median_ms(other, args.dev))
        print(f"round {number}: this {ours[-1]:.3f} ms, {other.name} {theirs[-1]:.3f} ms")
    mine, base = statistics.median(ours), statistics.median(theirs)
    print(f"median route per dev message: this {mine:.3f} ms, {other.name} {base:.3f} ms, "
          f"ratio {mine / base:.2f}")


if __name__ == "__main__":
    main()
