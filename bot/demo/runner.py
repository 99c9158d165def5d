"""Everything `python -m bot demo` starts, and how it stops: the loopback Bot API with the demo's
people and chats, the real bot (`python -m bot run` on a generated config), the invites every
staff member and the supervisor redeem with `/join`, and the county clock moved by the real
`python -m bot tick --now`."""

from __future__ import annotations

import contextlib
import ctypes
import datetime as dt
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import IO

from bot.actions import invites
from bot.config import Config, load_config
from bot.demo import county
from bot.domain.permissions import Role
from bot.domain.visit import CITIZEN_HOURS, citizen_hours
from bot.sandbox import FakeBotAPI
from bot.store.db import InstanceLocked, Store, read_clock
from bot.store.files import private_file
from bot.texts import for_operators

log = logging.getLogger(__name__)
JOINED = "joined"  # in a kept --data folder: everyone joined on an earlier run
CHATS = "chats.json"  # in a kept --data folder: every pane as the last run left it
UPDATES = "updates"  # in a kept --data folder: what people sent that the bot has not confirmed
KEEP_EVERY = 5.0  # seconds between writes of changed chats while running (a crash loses less)
READY_TIMEOUT = 90.0  # seconds for the bot to start and everyone to join, on a slow machine
TAIL = 3  # lines of the bot's log quoted when it stops by itself
_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


class DemoError(Exception):
    """The demo cannot go on; the message is one line for the operator."""


class Demo:
    """The demo's processes and county. `start()` returns at once; `ready` is set once the bot
    answers and every staff member and the supervisor has joined."""

    def __init__(self, config: Config, folder: Path, keep: bool) -> None:
        self.source = config
        self.folder, self.keep = folder, keep
        self.cast = county.cast_for(config)
        # Ids count on from the time in ms, as Telegram never reuses one: a kept --data folder's
        # bot must not take a new message for one it stored on an earlier run.
        self.fake = FakeBotAPI(first_id=time.time_ns() // 1_000_000)
        # Messages are stamped by the county's clock, read afresh (`tick --now` from any
        # process moves it), so the page shows each in county time as it was then.
        self.fake.wall = lambda: read_clock(folder / county.DATABASE).timestamp()
        self.config = config  # the generated one, once written
        self.ready = threading.Event()
        self.joined = 0  # records in the fake's log once everyone had joined (at `ready`)
        self.closing = threading.Event()
        self.status = for_operators.DEMO_STARTING
        self.revision = 0  # grows when the status or the clock changes
        self.failure: str | None = None
        self.bot: subprocess.Popen[bytes] | None = None
        self._tail: deque[str] = deque(maxlen=TAIL)  # the bot's last log lines
        self._relay: threading.Thread | None = None
        self._store: Store | None = None
        self._chats_read = False  # the kept chats are in the fake: they may be written back
        self._chats_kept = (-1, 0.0)  # the fake's version last written, and when
        self._ticks: set[subprocess.Popen[str]] = set()
        self._clock = threading.Lock()
        self._lock = threading.Lock()
        self._keeping = threading.Lock()

    # -- start -------------------------------------------------------------------------------------
    def start(self) -> None:
        database = self.folder / county.DATABASE
        if database.exists():  # a kept --data folder another demo (or bot) is running on
            try:
                Store.open(database, exclusive=True).close()
            except InstanceLocked as exc:
                raise DemoError(for_operators.demo_folder_in_use(str(self.folder),
                                                                 exc.holder)) from None
        self.fake.start()
        county.populate(self.fake, self.cast, self.source)
        self._read_chats()
        if self.keep:  # what the page accepted is kept before its 200, as Telegram keeps it
            self.fake.keep_updates(self.folder / UPDATES)
        path = self.folder / "config.toml"
        values = county.overrides(self.source, self.fake, self.cast, self.folder)
        private_file(path)  # the operator's config may carry the bot token
        path.write_text(county.rewrite(self.source.path.read_text(encoding="utf-8"), values),
                        encoding="utf-8")
        self.config = load_config(path)
        self._store = Store.open(self.config.storage.database)  # migrated before the bot starts
        self._start_by_day()
        codes = self._invite_everyone()
        self.bot = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "--config", str(path)],
            env={**os.environ, "INTAKE_BOT_TOKEN": self.fake.token, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, preexec_fn=die_with_parent(),
            start_new_session=True)  # Ctrl+C reaches the demo, which stops the bot in order
        assert self.bot.stdout is not None
        self._relay = threading.Thread(target=self._relay_log, args=(self.bot.stdout,),
                                       name="bot-log", daemon=True)
        self._relay.start()
        for user, code in codes:  # they wait in the fake until the bot polls
            self.fake.send_text(user, f"/join {code}")
        threading.Thread(target=self._await_ready, args=([u for u, _ in codes],),
                         name="demo-ready", daemon=True).start()

    def _relay_log(self, out: IO[bytes]) -> None:
        """Pass the bot's log on to the demo's terminal, keeping its last lines."""
        for raw in out:
            line = raw.decode("utf-8", "replace").rstrip()
            self._tail.append(line)
            print(line, file=sys.stderr, flush=True)

    def _start_by_day(self) -> None:
        """A demo started at night begins the next morning at 09:00 county time: the follow-up
        loop writes to citizens only by day, and a day's jump must show the 回访 at once."""
        assert self._store is not None
        tz = self.config.county.tz
        local = self._store.now().astimezone(tz)
        if not citizen_hours(local, tz):
            day = local.date() + dt.timedelta(days=1 if local.time() >= CITIZEN_HOURS[1] else 0)
            self._store.advance_clock(dt.datetime.combine(day, dt.time(9, 0), tz))

    def _read_chats(self) -> None:
        """Show every pane as the last run on this --data folder left it: its messages, and
        the buttons still on them (an undecided 发布/取消, a 接单), which the bot still answers
        since its database kept the tickets."""
        saved = self.folder / CHATS
        if saved.exists():
            try:
                self.fake.restore(json.loads(saved.read_text(encoding="utf-8")))
            except (ValueError, KeyError, TypeError) as exc:  # a damaged file: start blank
                log.warning("%s could not be read (%s); the chats start empty", saved, exc)
        self._chats_read = True
        self.fake.after_change = lambda: self.keep_chats(now=True)

    def keep_chats(self, now: bool = False) -> None:
        """Write every pane to a kept --data folder, whole or not at all, for the next run:
        when the demo stops (`now`); after each change the bot makes, before it is answered
        (`FakeBotAPI.after_change`), so a message the bot holds as sent outlives a kill -9 as it
        would at Telegram; and once in a while for what the page's people wrote (their updates
        are kept apart until the bot confirms them)."""
        with self._keeping:  # the fake's threads and the demo's loop may both write
            self._keep_chats(now)

    def _keep_chats(self, now: bool) -> None:
        version, moment = self.fake.version, time.monotonic()
        if not (self.keep and self._chats_read) or version == self._chats_kept[0] or (
                not now and moment - self._chats_kept[1] < KEEP_EVERY):
            return
        try:
            self._write_chats()
        except OSError as exc:
            log.error("the chats could not be kept in %s: %s", self.folder, exc)
        self._chats_kept = (version, moment)

    def _write_chats(self) -> None:
        saved = self.folder / CHATS
        partial = saved.with_suffix(".tmp")
        private_file(partial)  # what citizens wrote, as the database holds it
        partial.write_text(json.dumps(self.fake.snapshot(), ensure_ascii=False), encoding="utf-8")
        partial.replace(saved)

    def _invite_everyone(self) -> list[tuple[int, str]]:
        """A fresh invite for each staff member and the supervisor, made as `python -m bot invite`
        makes them (skipped for a kept --data folder where they joined before)."""
        if (self.folder / JOINED).exists():
            return []
        assert self._store is not None
        wanted: list[tuple[int, Role, str | None]] = [
            (self.cast.staff[code], Role.STAFF, code) for code, _ in self.cast.units]
        wanted.append((self.cast.supervisor, Role.SUPERVISOR, None))
        with self._store.atomic() as db:
            now = self._store.now()
            codes = [(user, invites.create(db, self.config, role, unit, now).code)
                     for user, role, unit in wanted]
        return codes

    def _await_ready(self, joining: list[int]) -> None:
        try:
            self.fake.wait_until(lambda: any(r.method == "getUpdates" for r in self.fake.requests),
                                 READY_TIMEOUT)
            self._set_status(for_operators.demo_joining(len(joining)))
            self.fake.wait_until(lambda: all(self.fake.sent(user) for user in joining),
                                 READY_TIMEOUT)
        except AssertionError:
            if self.failure is None:
                self._set_status(for_operators.DEMO_LATE)
            return
        private_file(self.folder / JOINED)
        (self.folder / JOINED).write_text("staff and supervisor joined by invite\n", encoding="utf-8")
        self.joined = len(self.fake.sent())
        self._set_status(for_operators.DEMO_READY)
        self.ready.set()

    def _set_status(self, text: str) -> None:
        with self._lock:
            self.status = text
            self.revision += 1

    # -- the clock ---------------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        """The county's clock, as the bot reads it."""
        with self._lock:
            if self._store is None:
                raise DemoError("the demo is not running")
            return self._store.now()

    def county_time(self, stamp: float) -> dt.datetime:
        """A message's `date` (stamped by the county's clock) in county time."""
        return dt.datetime.fromtimestamp(stamp, self.config.county.tz)

    def clock_label(self) -> str:
        return for_operators.demo_clock(self.now().astimezone(self.config.county.tz))

    def advance(self, hours: int) -> str:
        """Move the county's clock `hours` ahead with `python -m bot tick --now`; its summary."""
        with self._clock:
            target = self.now() + dt.timedelta(hours=hours)
            tick = subprocess.Popen(
                [sys.executable, "-m", "bot", "tick", "--now", target.isoformat(), "--config",
                 str(self.config.path)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                text=True, start_new_session=True)
            self._ticks.add(tick)
            try:
                out, _ = tick.communicate(timeout=300)
            finally:
                self._ticks.discard(tick)
            with self._lock:
                self.revision += 1
            if tick.returncode != 0:
                log.error("tick --now %s failed (exit code %s):\n%s", target.isoformat(),
                          tick.returncode, out.strip())
                raise DemoError(out.strip().splitlines()[-1] if out.strip() else "tick failed")
            log.info("%s", out.strip())
            return out.strip()

    # -- stop --------------------------------------------------------------------------------------
    def check(self) -> None:
        """Raise DemoError if the bot stopped by itself."""
        if self.bot is not None and self.bot.poll() is not None:
            if self._relay is not None:
                self._relay.join(5)  # its last lines, if it wrote any
            self.failure = for_operators.demo_bot_stopped(self.bot.returncode, list(self._tail))
            raise DemoError(self.failure)

    def stop(self) -> None:
        """Stop the bot first (it may be sending), then ticks, the fake, and the files."""
        self.closing.set()
        for proc in [self.bot, *self._ticks]:
            if proc is not None and proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
        for proc in [self.bot, *list(self._ticks)]:
            if proc is None:
                continue
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)
        if self._relay is not None:
            self._relay.join(5)  # the bot's last lines before the demo's own
        self.keep_chats(now=True)  # the bot has stopped: the chats are final
        self.fake.stop()
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None
        if not self.keep:
            shutil.rmtree(self.folder, ignore_errors=True)


def die_with_parent() -> Callable[[], None] | None:
    """For Popen's preexec_fn on Linux: the child gets SIGTERM when the demo dies, even by
    kill -9, so its bot does not outlive it polling a Bot API that is gone and holding the
    database. The signal follows the thread that started the child (prctl(2)): the demo
    starts its bot from the main thread, which lives as long as the demo. None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork
    except (OSError, AttributeError):
        return None
    parent = os.getpid()

    def preexec() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the demo died before prctl took effect
            os.kill(os.getpid(), signal.SIGTERM)

    return preexec
