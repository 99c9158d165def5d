"""`python -m bot demo` as a subprocess, and its page's API as the page's script uses it."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from tests.harness import REPO

URL = re.compile(r"http://127\.0\.0\.1:\d+/")


class DemoProcess:
    """One `python -m bot demo --no-browser` run; its output (and its bot's) goes to a log file."""

    def __init__(self, folder: Path, *args: str) -> None:
        self.log = folder / f"demo-{time.monotonic_ns()}.log"
        with self.log.open("w") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "bot", "demo", "--no-browser", *args], cwd=REPO,
                stdout=out, stderr=subprocess.STDOUT, env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.started = time.monotonic()
        self.url = ""
        self.http = httpx.Client(timeout=30)

    def text(self) -> str:
        return self.log.read_text(errors="replace")

    def wait_url(self, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while not (found := URL.search(self.text())):
            assert self.proc.poll() is None, f"the demo exited early:\n{self.text()}"
            assert time.monotonic() < deadline, f"no URL line in {timeout}s:\n{self.text()}"
            time.sleep(0.05)
        self.url = found[0]
        return self.url

    def ready(self, timeout: float = 90) -> None:
        """Wait until the page is served and its bot has started."""
        self.wait_url()
        self.wait(lambda s: s["ready"], timeout=timeout)

    def state(self, unit: str = "") -> dict[str, Any]:
        answer = self.http.get(self.url + "api/state", params={"since": -1, "unit": unit})
        answer.raise_for_status()
        result: dict[str, Any] = answer.json()
        return result

    def post(self, path: str, body: dict[str, Any]) -> httpx.Response:
        return self.http.post(self.url + path, content=json.dumps(body),
                              headers={"X-Demo": "1", "Content-Type": "application/json"})

    def wait(self, predicate: Callable[[dict[str, Any]], Any], unit: str = "",
             timeout: float = 60) -> Any:
        """Poll the page's state until `predicate(state)` is truthy; return its value."""
        deadline = time.monotonic() + timeout
        while True:
            state = self.state(unit)
            if value := predicate(state):
                return value
            assert self.proc.poll() is None, f"the demo exited:\n{self.text()}"
            assert time.monotonic() < deadline, f"not met in {timeout}s: {state}\n{self.text()}"
            time.sleep(0.2)

    def children(self) -> set[int]:
        """Processes the demo started (direct children, from /proc)."""
        found = set()
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == self.proc.pid:
                found.add(int(stat.parent.name))
        return found

    def stop(self, sig: int = signal.SIGTERM) -> int:
        self.http.close()
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(60)


def texts(pane: list[dict[str, Any]]) -> list[str]:
    return [m["text"] for m in pane]


def alive(pid: int) -> bool:
    """The process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False
