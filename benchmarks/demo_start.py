"""How fast `python -m bot demo` is usable: from the command to its URL line, to the page served,
and to 已就绪 (the bot polling, every staff member and the supervisor joined by invite).

    python benchmarks/demo_start.py [--rounds N]

Each round starts the demo on a free port with a temporary database, as a newcomer would, and
stops it with SIGTERM (timing that too). Prints each round and the median of each figure.
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
URL = re.compile(rb"http://127\.0\.0\.1:\d+/")


def one_round() -> dict[str, float]:
    start = time.monotonic()
    demo = subprocess.Popen([sys.executable, "-m", "bot", "demo", "--no-browser", "--port", "0"],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert demo.stdout is not None
    try:
        line = demo.stdout.readline()
        figures = {"url line": time.monotonic() - start}
        found = URL.search(line)
        assert found, line
        url = found[0].decode()
        with urllib.request.urlopen(url, timeout=30) as page:
            assert page.status == 200
        figures["page served"] = time.monotonic() - start
        while True:
            with urllib.request.urlopen(url + "api/state?since=-1", timeout=30) as answer:
                if json.load(answer)["ready"]:
                    break
            time.sleep(0.05)
        figures["ready (bot up, 20 joined)"] = time.monotonic() - start
    finally:
        stopping = time.monotonic()
        demo.send_signal(signal.SIGTERM)
        demo.communicate(timeout=60)
    figures["stop after SIGTERM"] = time.monotonic() - stopping
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rounds = []
    for n in range(args.rounds):
        figures = one_round()
        rounds.append(figures)
        print(f"round {n + 1}: " + ", ".join(f"{k} {v:.2f} s" for k, v in figures.items()),
              flush=True)
    print("median: " + ", ".join(f"{k} {statistics.median(r[k] for r in rounds):.2f} s"
                                 for k in rounds[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
