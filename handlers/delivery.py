"""The delivery loop: sends due outbox rows, paced per chat and overall, retried, never lost.

A row is marked 'sending' (committed) before its request goes out, so a row still 'sending' after
a crash or an ambiguous failure is resent with the possible-duplicate mark. While the database
refuses writes nothing is sent at all: a send that could not be recorded first could not be
marked, and its outcome could not be kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import sqlite3
from pathlib import Path

from telegram import Bot, InputFile, InputMediaPhoto, InputMediaVideo
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.config import TelegramConfig
from bot.store import outbox, people
from bot.store.db import StorageWatch, Store
from bot.texts import common
from handlers.transport import REFUSED, Fatal, backoff, retry_after

log = logging.getLogger(__name__)

# Concurrent sends (one per chat at a time): enough that one slow chat cannot stall the rest,
# few enough that httpcore's per-request scan of its connection pool stays cheap.
MAX_IN_FLIGHT = 8
_INPUT_MEDIA = {"photo": InputMediaPhoto, "video": InputMediaVideo}
# Calls whose text or caption can say it may be a resend (an album or a place cannot).
MARKABLE = frozenset({"sendMessage", "sendDocument", "sendPhoto", "sendVideo", "sendVoice",
                      "sendAudio"})


class Deliverer:
    """Sends due outbox rows: paced per chat and overall, retried, never sent twice."""

    def __init__(self, bot: Bot, store: Store, pacing: TelegramConfig,
                 watch: StorageWatch | None = None) -> None:
        self.bot = bot
        self.store = store
        self.pacing = pacing
        self.watch = watch or StorageWatch()
        self._fatal: Fatal | None = None
        self.wakeup = asyncio.Event()
        self._next_for_chat: dict[int, float] = {}
        self._next_global = 0.0
        self._in_flight: dict[int, asyncio.Task[None]] = {}
        self._sent: list[tuple[int, int | None, dt.datetime]] = []

    def wake(self) -> None:
        self.wakeup.set()

    def _interval(self, chat_id: int) -> float:
        if chat_id > 0:
            rate = self.pacing.per_chat_per_second
            return 1 / rate if rate else 0.0
        rate = self.pacing.per_group_per_minute
        return 60 / rate if rate else 0.0

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                if self._fatal is not None:
                    raise self._fatal
                self.wakeup.clear()
                batch = self._pick(loop.time())
                if batch or self._sent:
                    try:
                        self._record(batch)
                    except sqlite3.OperationalError as exc:  # unmarked rows stay queued
                        await asyncio.sleep(self.watch.failed("sending replies", exc))
                        continue
                    if batch:
                        self.watch.wrote()
                for row in batch:
                    task = asyncio.create_task(self._send(row))
                    self._in_flight[row.chat_id] = task
                    task.add_done_callback(functools.partial(self._done, row.chat_id))
                await self._sleep(loop)
        finally:
            with contextlib.suppress(sqlite3.OperationalError):  # else they are resent, marked
                self._record([])

    def _pick(self, clock: float) -> list[outbox.Queued]:
        """Due rows that pacing allows now: one per chat in flight, oldest first."""
        batch: list[outbox.Queued] = []
        if len(self._in_flight) > MAX_IN_FLIGHT // 2:  # refill in batches: one query for several
            return batch
        for row in outbox.due(self.store.db, self.store.now()):  # one row per chat
            if len(self._in_flight) + len(batch) >= MAX_IN_FLIGHT:
                break
            if row.chat_id in self._in_flight or self._next_for_chat.get(row.chat_id, 0) > clock:
                continue
            if self.pacing.max_per_second:
                if self._next_global > clock:
                    break
                self._next_global = max(self._next_global, clock) + 1 / self.pacing.max_per_second
            self._next_for_chat[row.chat_id] = clock + self._interval(row.chat_id)
            batch.append(row)
        return batch

    def _record(self, batch: list[outbox.Queued]) -> None:
        """One commit: the deliveries that finished (a crash before it only marks their
        resends) and the rows about to go."""
        with self.store.atomic() as db:
            if self._sent:
                outbox.mark_sent(db, self._sent)
            for row in batch:
                outbox.mark_sending(db, row.id)
        self._sent = []  # only once committed: a refused write keeps them for the next try

    def _done(self, chat_id: int, _: asyncio.Task[None]) -> None:
        self._in_flight.pop(chat_id, None)
        self.wakeup.set()

    async def _sleep(self, loop: asyncio.AbstractEventLoop) -> None:
        """Until woken, or until the next paced or scheduled send may go (at most 1 s)."""
        waits = [1.0]
        now = loop.time()
        waits += [t - now for t in self._next_for_chat.values() if t > now]
        if self._next_global > now:
            waits.append(self._next_global - now)
        if not self._in_flight:  # else a finishing send wakes the loop soon anyway
            upcoming = outbox.next_due_at(self.store.db)
            if upcoming is not None:
                waits.append((upcoming - self.store.now()).total_seconds())
        self._next_for_chat = {c: t for c, t in self._next_for_chat.items() if t > now}
        # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that races
        # with the event being set (python/cpython#86296), and the bot would never stop.
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(max(0.005, min(waits))):
                await self.wakeup.wait()

    async def _send(self, row: outbox.Queued) -> None:
        try:
            await self._attempt(row)
        except sqlite3.OperationalError as exc:  # the row stays 'sending': resent, marked
            self.watch.failed("recording a send", exc)

    async def _attempt(self, row: outbox.Queued) -> None:
        params = dict(row.params)
        if row.state == "sending" and row.method in MARKABLE:  # may have been delivered
            field = "text" if row.method == "sendMessage" else "caption"
            params[field] = common.possible_duplicate(params.get(field) or "")
        if row.method == "sendMediaGroup":
            # PTB's Bot._insert_defaults walks `media` expecting InputMedia objects (a list of
            # dicts, or a JSON string, fails inside it): build them.
            params["media"] = [_INPUT_MEDIA[item["type"]](
                media=item["media"], caption=item.get("caption"), parse_mode=item.get("parse_mode"))
                for item in params["media"]]
        if row.method == "sendDocument" and Path(params["document"]).is_absolute():
            path = Path(params["document"])  # our own file to upload (a file id is passed on)
            params["document"] = InputFile(path.read_bytes(), filename=path.name)
        try:
            result = await self.bot.do_api_request(row.method, api_kwargs=params)
        except REFUSED:  # the row stays 'sending'; poll and run() stop the bot
            self._fatal = Fatal("Telegram refused the bot token (401 Unauthorized)")
            self.wakeup.set()
        except RetryAfter as exc:
            wait = retry_after(exc)
            self._next_for_chat[row.chat_id] = asyncio.get_running_loop().time() + wait
            self._retry(row, wait, f"429 retry after {wait:g}s", ambiguous=False)
        except Forbidden as exc:
            with self.store.atomic() as db:
                count = outbox.fail_chat(db, row.chat_id, f"403 {exc.message}")
                people.mark_unreachable(db, row.chat_id, self.store.now())
            log.info("chat %s blocked the bot; %d queued messages dropped", row.chat_id, count)
        except BadRequest as exc:
            log.error("Telegram refused message %s to %s: %s", row.id, row.chat_id, exc.message)
            with self.store.atomic() as db:
                outbox.mark_failed(db, row.id, f"400 {exc.message}")
        except TimedOut as exc:  # the request may have reached Telegram
            self._retry(row, backoff(row.attempts + 1), f"timeout {exc.message}", ambiguous=True)
        except NetworkError as exc:
            # httpx.ConnectError: nothing was sent; other transport errors and 5xx are ambiguous
            # only if the connection broke after the request went out.
            unsent = exc.message.startswith("httpx.Connect") or not exc.message.startswith("httpx.")
            self._retry(row, backoff(row.attempts + 1), exc.message, ambiguous=not unsent)
        else:
            message_id = result.get("message_id") if isinstance(result, dict) else None
            self._sent.append((row.id, message_id, self.store.now()))

    def _retry(self, row: outbox.Queued, delay: float, error: str, *, ambiguous: bool) -> None:
        log.warning("message %s to %s not delivered (%s); retry in %.1f s",
                    row.id, row.chat_id, error, delay)
        with self.store.atomic() as db:
            if row.attempts + 1 >= outbox.RETRY_LIMIT and not error.startswith("429"):
                outbox.mark_failed(db, row.id, error)
            else:
                outbox.mark_retry(db, row.id, self.store.now() + dt.timedelta(seconds=delay), error,
                                  ambiguous=ambiguous or row.state == "sending")


