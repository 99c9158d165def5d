"""Every benchmark in one run, with the machine it ran on: the figures the README quotes.

    python benchmarks/all.py [--quick]

Runs, one after another on the same machine: intake throughput and latency against a PTB echo
bot (benchmarks/intake.py), routing accuracy and speed (benchmarks/routing.py, needs
../shared/data and the `bench` extra), and follow-up, digest, /stats and export at 1,000,000
tickets (benchmarks/followup.py), masking speed (benchmarks/privacy.py) and a third person's
name told by 叫 found (benchmarks/privacy_named.py), and how fast
`python -m bot demo` is usable (benchmarks/demo_start.py). `--quick` uses smaller sizes to
check the scripts still run.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in
                Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")),
               platform.processor() or "unknown CPU")
    memory = next((int(line.split()[1]) // 1024 // 1024 for line in
                   Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal")), 0)
    return (f"{cpu}, {os.cpu_count()} cores, {memory} GiB; Python {platform.python_version()};"
            f" {platform.system()} {platform.release()}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a smoke run")
    args = parser.parse_args()
    runs = [
        ["intake.py", *(["--messages", "200", "--users", "50", "--rounds", "1"]
                        if args.quick else [])],
        ["routing.py", *(["--skip-taidi"] if args.quick else [])],
        ["followup.py", *(["--tickets", "20000", "--folder", "/tmp/jinlaiban-bench-quick"]
                          if args.quick else [])],
        ["privacy.py", *(["--texts", "30"] if args.quick else [])],
        ["privacy_named.py"],
        ["demo_start.py", *(["--rounds", "1"] if args.quick else [])],
    ]
    print(f"machine: {machine()}", flush=True)
    failed = 0
    for script, *options in runs:
        print(f"\n=== {script} {' '.join(options)}", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / script), *options]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
