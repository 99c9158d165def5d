"""Where the intake path spends its time: the real bot under cProfile during a burst.

    python benchmarks/profile_intake.py [--messages 1000] [--users 200] [--top 30] [--out FILE]

Runs `python -m cProfile -m bot run` against the loopback fake Bot API (flood limits off, our
pacing off, as in benchmarks/intake.py), sends a burst of reports, waits for every
acknowledgement, stops the bot cleanly (SIGTERM, so the profile is written) and prints the
functions with the most time of their own and the most cumulative time. The bot's own thread
only: the fake runs in this process, not in the profiled one.
"""

from __future__ import annotations

import argparse
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.intake import NO_PACING, burst
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--out", type=Path, help="keep the raw profile here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, FakeBotAPI(flood_limits=False) as fake:
        out = args.out or Path(folder) / "intake.prof"
        bot = BotProcess(Path(folder), fake, NO_PACING)
        bot.start(python_args=["-m", "cProfile", "-o", str(out)])
        users = [100_000 + u for u in range(args.users)]
        started = time.monotonic()
        rate, _ = burst(fake, users, args.messages, "已收到您的反映")
        print(f"{args.messages} messages in {time.monotonic() - started:.1f} s ({rate:.0f} msg/s"
              " under the profiler)")
        bot.stop()
        stats = pstats.Stats(str(out))
        stats.strip_dirs().sort_stats("tottime").print_stats(args.top)
        stats.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
