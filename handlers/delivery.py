"""The delivery loop: sends the outbox, fair to every chat, paced, retried, never sent twice.

Each turn is one transaction (bot/store/outbox.py has the states): the attempts that finished
since the last turn are recorded first, then the next batch is picked and marked `sending` with
its deadline, and only after the commit do its requests go out. So a message whose delivery is
recorded can never be picked again, a message in flight is never picked twice, and a bot killed
mid-request finds the attempt at start and resends it once, marked 「（网络重发，如已收到请忽略）」.

Choosing the next messages: each chat's next one is its oldest of the highest priority (an
emergency overtakes a unit group's routine backlog). Chats take turns round-robin within each
priority, emergencies first, then units and supervisors, then citizens' answers, then bulk; at
most one request per chat is in flight, private chats get `per_chat_per_second`, groups
`per_group_per_minute`, all together `max_per_second`. A flood in one chat therefore only slows
that chat. The work of a turn is bounded: LANE_WINDOW chats looked at per priority.

While the database refuses writes nothing is sent at all: a send that could not be recorded
first could not be marked, and its outcome could not be kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import functools
import logging
import sqlite3
from collections.abc import Callable, Container
from pathlib import Path

import httpx
from sqlite_utils import Database
from telegram import Bot, InputFile, InputMediaPhoto, InputMediaVideo
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.config import TelegramConfig
from bot.domain.delivery import Priority, gone_reason
from bot.domain.tickets import iso
from bot.store import outbox
from bot.store.db import StorageWatch, Store
from bot.texts import common
from handlers.http import Cut, NotSent
from handlers.loops import REFUSED, Fatal, Trouble, backoff, retry_after

log = logging.getLogger(__name__)

# Concurrent sends, one per chat: enough for Telegram's 30 a second at a 250 ms round trip and
# for slow chats not to stall the rest.
MAX_IN_FLIGHT = 8
LANE_WINDOW = 64  # chats looked at per priority and turn
SEND_DEADLINE = 20.0  # seconds; an attempt still open then is abandoned: its outcome is unknown
DRAIN = 5.0  # seconds a stopping bot waits for sends in flight, so they need no resend
# Failures that prove the request never reached Telegram: retried unmarked (http.NotSent, and
# httpx's own for the uploads that go through it).
UNSENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_INPUT_MEDIA = {"photo": InputMediaPhoto, "video": InputMediaVideo}
# Calls whose text or caption can say it may be a resend (an album or a place cannot).
MARKABLE = frozenset({"sendMessage", "sendDocument", "sendPhoto", "sendVideo", "sendVoice",
                      "sendAudio"})
# Told when a chat is refused for good: (db, chat, why, now), in the transaction that records
# it (bot.actions.unreachable.refused).
Gone = Callable[[Database, int, str, dt.datetime], object]
# Told of the messages given up for certain that carried no failure notice: (db, row ids, now),
# in the same transaction (bot.actions.lost.given_up).
Lost = Callable[[Database, list[int], dt.datetime], object]
# Told of a group that became a supergroup: (db, old chat, new chat, now), in the transaction
# that records the send it answered (bot.actions.group_moves.moved).
Moved = Callable[[Database, int, int, dt.datetime], object]


class Deliverer:
    """Sends due outbox rows: paced per chat and overall, fair, never sent twice."""

    def __init__(self, bot: Bot, store: Store, pacing: TelegramConfig,
                 watch: StorageWatch | None = None, lock: asyncio.Lock | None = None,
                 gone: Gone | None = None, lost: Lost | None = None,
                 keep: Container[int] = frozenset(),
                 at_start: Callable[[Database, dt.datetime], object] | None = None,
                 moved: Moved | None = None) -> None:
        """`keep`: the unit groups, whose messages are held, not given up, when the bot is
        removed from one (bot/store/held_chats.py); `at_start`: run in the first turn's
        transaction, before anything is picked (bot.actions.unit_groups.rehome: messages held
        for a group the config has since changed go to the new one)."""
        self.bot = bot
        self.at_start = at_start
        self.gone = gone
        self.lost = lost
        self.keep = keep
        self.moved = moved
        self._moves: dict[int, int] = {}  # a chat that answered it moved → where, not recorded
        self.store = store
        self.pacing = pacing
        self.watch = watch or StorageWatch()
        self.lock = lock or asyncio.Lock()
        self.wakeup = asyncio.Event()
        self._fatal: Fatal | None = None
        self._mail = True  # new messages may be queued: look at once
        self._recovered = False
        self._in_flight: dict[int, asyncio.Task[None]] = {}  # chat → its one attempt
        self._outcomes: list[outbox.Outcome] = []  # finished, not yet recorded
        self._claimed: list[outbox.Queued] = []  # marked sending, not yet started
        self._next_for_chat: dict[int, float] = {}  # loop clock: when a chat may get the next
        self._next_global = 0.0
        self._cursor: dict[Priority, int] = {}  # per priority: the last chat looked at
        self._wake_at = 0.0
        self._trouble = Trouble("delivery")

    def wake(self) -> None:
        """Messages were queued."""
        self._mail = True
        self.wakeup.set()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                if self._fatal is not None:
                    raise self._fatal
                self.wakeup.clear()
                self._mail = False
                try:
                    async with self.lock:
                        await self._turn(loop.time())
                except sqlite3.OperationalError as exc:  # nothing marked: nothing goes
                    await asyncio.sleep(self.watch.failed("sending replies", exc))
                    continue
                self._start_claimed()
                await self._sleep(loop)
        finally:
            await self._drain()

    async def _turn(self, clock: float) -> None:
        """One transaction: record finished attempts, then pick and mark the next batch (kept
        in `_claimed` until its sends start)."""
        finished = list(self._outcomes)
        now = self.store.now()
        claimed: list[outbox.Queued] = []
        try:
            async with self.store.transaction() as db:
                if not self._recovered and (count := outbox.recover(db, now)):
                    log.warning("%d messages were in flight when the bot stopped: each is"
                                " resent once, marked as a possible duplicate", count)
                if not self._recovered and self.at_start is not None:
                    self.at_start(db, now)
                blocked = self._record(db, finished, now)
                claimed = outbox.mark_sending(db, self._pick(db, clock, now),
                                              now + dt.timedelta(seconds=SEND_DEADLINE))
        except asyncio.CancelledError:  # stopping, but the commit went through: bookkeeping
            self._committed(finished, claimed)
            raise
        self._committed(finished, claimed)
        for chat in blocked:
            log.info("chat %s refused the bot; its queued messages are %s", chat,
                     "held" if chat in self.keep else "given up")

    def _record(self, db: Database, finished: list[outbox.Outcome], now: dt.datetime
                ) -> list[int]:
        """Record finished attempts and tell the action layer what they found; returns the
        chats refused for good."""
        recorded = outbox.record(db, finished, now, self.keep)
        for old, new in list(self._moves.items()):  # after the rows went back in line
            if self.moved is not None:
                self.moved(db, old, new, now)
            del self._moves[old]
        self._unreachable(db, finished, now)
        if recorded.lost and self.lost is not None:
            self.lost(db, recorded.lost, now)
        return recorded.blocked

    def _unreachable(self, db: Database, finished: list[outbox.Outcome],
                     now: dt.datetime) -> None:
        """Tell the action layer of the chats refused for good (bot.actions.unreachable: it
        marks them unreachable and tells whoever works their tickets, once)."""
        gone = {o.row.chat_id: gone_reason(o.error) or "blocked" for o in finished
                if o.kind == "blocked"}
        for chat, why in gone.items():
            if self.gone is not None:
                self.gone(db, chat, why, now)

    def _committed(self, finished: list[outbox.Outcome], claimed: list[outbox.Queued]) -> None:
        self._recovered = True
        del self._outcomes[:len(finished)]  # outcomes that came in meanwhile stay
        self._claimed = claimed
        if finished or claimed:
            self.watch.wrote()

    def _start_claimed(self) -> None:
        for row in self._claimed:
            task = asyncio.create_task(self._send(row), name=f"send {row.id}")
            self._in_flight[row.chat_id] = task
            task.add_done_callback(functools.partial(self._done, row))
        self._claimed = []

    def _pick(self, db: Database, clock: float, now: dt.datetime) -> list[int]:
        """Rows to send now: round-robin over chats, priority by priority, within pacing."""
        self._wake_at = clock + 1.0
        room = MAX_IN_FLIGHT - len(self._in_flight)
        cutoff = iso(now)
        chosen: list[int] = []
        for lane in Priority:
            if len(chosen) >= room:
                break
            for head in outbox.heads(db, lane, self._cursor.get(lane), LANE_WINDOW):
                if len(chosen) >= room:
                    break
                if head.state == "sending" or head.chat_id in self._in_flight:
                    self._cursor[lane] = head.chat_id
                    continue
                ready = self._next_for_chat.get(head.chat_id, 0.0)
                if head.not_before > cutoff:
                    wait = (dt.datetime.fromisoformat(head.not_before) - now).total_seconds()
                    ready = max(ready, clock + wait)
                if ready > clock:
                    self._wake_at = min(self._wake_at, ready)
                    self._cursor[lane] = head.chat_id
                    continue
                if self.pacing.max_per_second:
                    if self._next_global > clock:  # this chat is first in line next time
                        self._wake_at = min(self._wake_at, self._next_global)
                        return chosen
                    self._next_global = max(self._next_global, clock) + 1 / self.pacing.max_per_second
                self._next_for_chat[head.chat_id] = clock + self._interval(head.chat_id)
                self._cursor[lane] = head.chat_id
                chosen.append(head.id)
        return chosen

    def _interval(self, chat_id: int) -> float:
        if chat_id > 0:
            rate = self.pacing.per_chat_per_second
            return 1 / rate if rate else 0.0
        rate = self.pacing.per_group_per_minute
        return 60 / rate if rate else 0.0

    async def _sleep(self, loop: asyncio.AbstractEventLoop) -> None:
        """Until new mail, a paced or scheduled send, or room for a batch (not every finished
        send: recording them a batch at a time saves a commit per message)."""
        while True:
            now = loop.time()
            self._next_for_chat = {c: t for c, t in self._next_for_chat.items() if t > now}
            timeout = self._wake_at - now
            if timeout <= 0:
                return
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation that
            # races with the event being set (python/cpython#86296): the bot would never stop.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(max(0.005, timeout)):
                    await self.wakeup.wait()
            self.wakeup.clear()
            if (self._mail or self._fatal or len(self._in_flight) <= MAX_IN_FLIGHT // 2
                    or loop.time() >= self._wake_at):
                return

    def _done(self, row: outbox.Queued, task: asyncio.Task[None]) -> None:
        self._in_flight.pop(row.chat_id, None)
        if not task.cancelled() and (exc := task.exception()) is not None:
            # A bug in a send, not a Telegram answer: the request may have gone out. The row
            # is resent once, marked, and the error logged (once per kind).
            self._trouble.report(exc)
            self._outcomes.append(outbox.Outcome(row, "unknown", f"send crashed: {exc!r}"))
        self.wakeup.set()

    async def _drain(self) -> None:
        """Stopping: let the sends in flight finish (briefly) and record what is known.
        Rows claimed but never started go back in line, unmarked: nothing was sent."""
        self._outcomes += [outbox.Outcome(row, "retry", "not started", counts=False)
                           for row in self._claimed]
        self._claimed = []
        if self._in_flight:
            await asyncio.wait(list(self._in_flight.values()), timeout=DRAIN)
        if self._outcomes:
            with contextlib.suppress(sqlite3.OperationalError):  # else: resent marked
                async with self.lock, self.store.transaction() as db:
                    now = self.store.now()
                    finished = list(self._outcomes)
                    self._record(db, finished, now)
                del self._outcomes[:len(finished)]

    async def _send(self, row: outbox.Queued) -> None:
        self._outcomes.append(await self._attempt(row))

    async def _attempt(self, row: outbox.Queued) -> outbox.Outcome:
        """Send one row; how it ended (no database work here: the next turn records it)."""
        params = dict(row.params)
        if row.marked and row.method in MARKABLE:  # an earlier attempt may have been delivered
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
            try:
                params["document"] = InputFile(path.read_bytes(), filename=path.name)
            except OSError as exc:  # the report file is gone: nothing to send, ever
                return outbox.Outcome(row, "failed", f"document unreadable: {exc}")
        try:
            async with asyncio.timeout(SEND_DEADLINE):
                result = await self.bot.do_api_request(row.method, api_kwargs=params)
        except REFUSED:  # nothing was sent; run() stops the bot
            self._fatal = Fatal("Telegram refused the bot token (401 Unauthorized)")
            self.wakeup.set()
            return outbox.Outcome(row, "retry", "401 Unauthorized", counts=False)
        except RetryAfter as exc:
            wait = retry_after(exc)
            self._next_for_chat[row.chat_id] = asyncio.get_running_loop().time() + wait
            return self._retry(row, f"429 retry after {wait:g}s", wait, counts=False)
        except ChatMigrated as exc:  # a group became a supergroup: the same group, a new id
            log.info("chat %s became supergroup %s; message %s goes there", row.chat_id,
                     exc.new_chat_id, row.id)
            self._moves[row.chat_id] = int(exc.new_chat_id)
            return outbox.Outcome(row, "retry", f"moved to {exc.new_chat_id}", delay=0.0,
                                  counts=False)
        except Forbidden as exc:
            return outbox.Outcome(row, "blocked", f"403 {exc.message}")
        except BadRequest as exc:
            if row.method.startswith("editMessage") and "not modified" in exc.message.lower():
                # An earlier attempt made this edit and its answer was lost: it is in place.
                return outbox.Outcome(row, "sent")
            # A person's chat, or a unit's group, gone for good (a group's is held).
            if (row.chat_id > 0 or row.chat_id in self.keep) and gone_reason(exc.message):
                log.warning("chat %s is gone (%s); its queued messages are given up",
                            row.chat_id, exc.message)
                return outbox.Outcome(row, "blocked", f"400 {exc.message}")
            log.error("Telegram refused message %s to %s: %s", row.id, row.chat_id, exc.message)
            return outbox.Outcome(row, "failed", f"400 {exc.message}")
        except TimeoutError:  # our deadline: the request may have reached Telegram
            return self._retry(row, f"no answer in {SEND_DEADLINE:g} s", ambiguous=True)
        except NetworkError as exc:  # TimedOut included
            # Unsent: the connection was never made (or no pooled connection was free); 5xx:
            # Telegram answered that it failed. Otherwise the request may have gone out.
            unsent = (isinstance(exc, NotSent) or isinstance(exc.__cause__, UNSENT)
                      or not (isinstance(exc, TimedOut | Cut) or exc.message.startswith("httpx.")))
            return self._retry(row, exc.message, ambiguous=not unsent)
        except TelegramError as exc:  # any other answer: Telegram did not take it
            log.error("Telegram refused message %s to %s: %s", row.id, row.chat_id, exc.message)
            return outbox.Outcome(row, "failed", exc.message)
        message_id = result.get("message_id") if isinstance(result, dict) else None
        return outbox.Outcome(row, "sent", message_id=message_id)

    def _retry(self, row: outbox.Queued, error: str, delay: float | None = None, *,
               ambiguous: bool = False, counts: bool = True) -> outbox.Outcome:
        delay = backoff(row.attempts) if delay is None else delay
        if ambiguous and row.marked:
            log.warning("message %s to %s: resend unconfirmed too (%s); given up",
                        row.id, row.chat_id, error)
        else:
            log.warning("message %s to %s not delivered (%s); %s in %.1f s", row.id,
                        row.chat_id, error, "resent marked" if ambiguous else "retry", delay)
        return outbox.Outcome(row, "unknown" if ambiguous else "retry", error, delay=delay,
                              counts=counts)
