"""End-to-end harness: a config for the fake Bot API and the real `python -m bot` subprocess."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.demo.county import rewrite
from bot.domain.visit import CITIZEN_HOURS, citizen_hours
from bot.sandbox import FakeBotAPI

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "config.example.toml"
READY_SECONDS = 90  # a bot started is running within this


def write_config(folder: Path, fake: FakeBotAPI, overrides: Mapping[str, Any] = ()) -> Path:
    """config.example.toml pointed at the fake, with `section.key` (or `units.CODE.key`) overrides.

    The token is not written: it comes from INTAKE_BOT_TOKEN, as an operator would set it.
    """
    values: dict[str, Any] = {
        "telegram.base_url": fake.base_url,
        "telegram.base_file_url": fake.base_file_url,
        "storage.database": str(folder / "intake.db"),
        **dict(overrides),
    }
    path = folder / "config.toml"
    path.write_text(rewrite(EXAMPLE.read_text(encoding="utf-8"), values), encoding="utf-8")
    return path


class BotProcess:
    """The real bot, run as `python -m bot run --config PATH` in a subprocess."""

    def __init__(self, folder: Path, fake: FakeBotAPI, overrides: Mapping[str, Any] = (),
                 repo: Path = REPO) -> None:
        """`repo`: the checkout whose bot runs (benchmarks compare another one)."""
        self.folder = folder
        self.repo = repo
        self.fake = fake
        self.config = write_config(folder, fake, overrides)
        self.database = Path(dict(overrides).get("storage.database", folder / "intake.db"))
        self.env = {**os.environ, "INTAKE_BOT_TOKEN": fake.token, "PYTHONUNBUFFERED": "1"}
        self.proc: subprocess.Popen[str] | None = None
        self.logs: list[Path] = []

    def start(self, wait_ready: bool = True, python_args: list[str] | None = None
              ) -> BotProcess:
        """Start the bot; `python_args` go before `-m bot` (e.g. a profiler)."""
        log = self.folder / f"bot-{len(self.logs)}.log"
        self.logs.append(log)
        with log.open("w") as handle:
            self.proc = subprocess.Popen(
                [sys.executable, *(python_args or []), "-m", "bot", "run", "--config",
                 str(self.config)],
                cwd=self.repo, env=self.env, stdout=handle, stderr=subprocess.STDOUT, text=True,
            )
        if wait_ready:  # a few CPU seconds, stretched where parallel workers share the cores
            self.wait_log("running for", timeout=READY_SECONDS)
        return self

    def log_text(self) -> str:
        return "\n".join(p.read_text(errors="replace") for p in self.logs if p.exists())

    def wait_log(self, needle: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if needle in self.logs[-1].read_text(errors="replace"):
                return
            if self.proc is not None and self.proc.poll() is not None:
                raise AssertionError(f"bot exited early:\n{self.log_text()}")
            time.sleep(0.05)
        raise AssertionError(f"{needle!r} not logged in {timeout}s:\n{self.log_text()}")

    def kill(self) -> None:
        """kill -9: no chance to clean up."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(10)

    def stop(self) -> int:
        """SIGTERM and wait: a clean shutdown."""
        if self.proc is None or self.proc.poll() is not None:
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(20)

    def cli(self, *args: str, input: str | None = None, timeout: float = 60
            ) -> subprocess.CompletedProcess[str]:
        """Another CLI subcommand against the same config (and database). Tests move the
        county's clock as an operator who confirmed each jump (`tick --now … --yes`)."""
        if args[:1] == ("tick",) and "--now" in args:
            args = (*args, "--yes")
        return subprocess.run(
            [sys.executable, "-m", "bot", *args, "--config", str(self.config)],
            cwd=self.repo, env=self.env, input=input, capture_output=True, text=True,
            timeout=timeout,
        )

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        """Read the bot's database (a separate connection, as an operator would)."""
        conn = sqlite3.connect(str(self.database), timeout=10)
        conn.row_factory = sqlite3.Row
        try:
            return [dict(r) for r in conn.execute(sql, params)]
        finally:
            conn.close()

    def tickets(self) -> list[dict[str, Any]]:
        return self.query("SELECT * FROM tickets ORDER BY id")

    def settled(self) -> bool:
        """Nothing left in the outbox to deliver (for `fake.wait_until`)."""
        return not self.query("SELECT 1 FROM outbox WHERE state IN ('queued', 'sending',"
                              " 'unknown')")


def by_day(moment: dt.datetime) -> dt.datetime:
    """`moment`, or the next 08:00 county time when it falls at night: the follow-up loop asks
    citizens (回访) only by day, and these tests run at any hour of the real clock."""
    tz = ZoneInfo("Asia/Shanghai")  # the example config's county
    if citizen_hours(moment, tz):
        return moment
    local = moment.astimezone(tz)
    day = local.date() + dt.timedelta(days=1 if local.time() >= CITIZEN_HOURS[1] else 0)
    return dt.datetime.combine(day, CITIZEN_HOURS[0], tz)
