"""Route cost per message and router start-up, this checkout side by side with another, in one run.

    python benchmarks/route_speed.py --compare CHECKOUT [--rounds 6]

Each round times the default router of this checkout and of CHECKOUT (e.g. `git worktree add
--detach /tmp/before <commit>`), one after the other, each in a fresh subprocess that imports its
own checkout: the dev set's routing messages (five times over, after a warm-up), one route at a
time; and before that, the CPU time its start-up took (imports, jieba, pypinyin, the router with its
learned tables, one route). Prints each round's figures, then the median over rounds of both and
their ratio, so that a shared machine's load falls on both alike.
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
import time
started = time.process_time()
import statistics, sys
from pathlib import Path
from bot.config import load_config
from nlp.dataset import read_labelled
from nlp.routes import build_router
config = load_config(Path(sys.argv[1]) / "config.example.toml")
router = build_router([(u.code, u.name, u.keywords) for u in config.units])
router.route("我们村停水三天了")
startup = time.process_time() - started
texts = [text for text, _ in read_labelled(Path(sys.argv[2]))] * 5
for text in texts[:50]:
    router.route(text)
times = []
for text in texts:
    start = time.perf_counter()
    router.route(text)
    times.append(time.perf_counter() - start)
print(statistics.median(times) * 1000, startup)
"""


def _timed(checkout: Path, dev: Path) -> tuple[float, float]:
    """(median route in ms, start-up CPU seconds) of the checkout's router."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    out = subprocess.check_output([sys.executable, "-c", _TIMED, str(checkout), str(dev)],
                                  cwd=checkout, env=env, text=True, stderr=subprocess.DEVNULL)
    route_ms, startup = out.split()
    return float(route_ms), float(startup)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--compare", type=Path, required=True, help="another checkout")
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--dev", type=Path, default=DEV, help="routing_dev.tsv")
    args = parser.parse_args()
    other = args.compare.resolve()
    ours, theirs = [], []
    for number in range(1, args.rounds + 1):
        ours.append(_timed(REPO, args.dev))
        theirs.append(_timed(other, args.dev))
        print(f"round {number}: this {ours[-1][0]:.3f} ms, {other.name} {theirs[-1][0]:.3f} ms; "
              f"start-up this {ours[-1][1]:.2f} s, {other.name} {theirs[-1][1]:.2f} s")
    for what, at, unit, form in (("route per dev message", 0, "ms", ".3f"),
                                 ("start-up CPU", 1, "s", ".2f")):
        mine = statistics.median(figures[at] for figures in ours)
        base = statistics.median(figures[at] for figures in theirs)
        print(f"median {what}: this {mine:{form}} {unit}, {other.name} {base:{form}} {unit}, "
              f"ratio {mine / base:.2f}")

if __name__ == "__main__":
    main()
