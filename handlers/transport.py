"""Telegram I/O loops: poll into the inbox and process from it (delivery.py sends the outbox).

PTB's own polling confirms updates before handlers run (a killed process loses them), so the bot
owns getUpdates: a batch is committed to the inbox with the next offset before the next call
confirms it. Sending goes through the persistent outbox with our own pacing; PTB's rate limiter
retries nothing by default and does not pace one private chat to 1 msg/s.

Processing commits in groups: a run of message updates is handled in one transaction (each
handler's own transaction a savepoint inside it), so a burst costs one fsync per group instead of
one per update, and nothing a group queued can be sent before it is committed. A group is
bounded (GROUP_SIZE updates, GROUP_SECONDS of work) and the loop yields after each, so a flood
cannot hold up polling and delivery. Button presses are handled alone, outside any group:
answering them awaits the network.

The loops share one database connection; `lock` keeps their transactions apart (a group, a
stored batch, the delivery loop's bookkeeping, the follow-up tick), and commits run in a worker
thread (`Store.transaction`), so sends and polls go on during an fsync.

When the database cannot be written (disk full, read-only file) every loop keeps going: nothing
is confirmed to Telegram or marked sent that was not recorded, one alert line goes to the log,
and the loops back off and retry until the store takes writes again.

getUpdates answering 409 Conflict (another consumer of the token — a second instance, a webhook)
is transient during a deploy: it is retried with one log line, and stops the bot only after
CONFLICT_LIMIT seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections import deque
from collections.abc import Callable
from typing import Any

from telegram import Bot, Update
from telegram.error import Conflict, NetworkError, RetryAfter
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.render import clean
from bot.store import inbox
from bot.store.db import StorageWatch, Store
from handlers.loops import REFUSED, Fatal, Trouble, backoff, retry_after

log = logging.getLogger(__name__)

POLL_TIMEOUT = 25  # seconds of long polling per getUpdates
# Watchdog: a getUpdates still open this long after its own timeout is abandoned and re-sent.
# The HTTP client's own read timeout should end it first (handlers/http.py bounds the whole
# answer; httpx, used behind a proxy, only the wait for each chunk, so a proxy that trickles
# bytes would otherwise stall polling for good).
STALL_GRACE = 20
CONFLICT_LIMIT = 60.0  # seconds of 409 Conflict before the bot gives up
STORAGE_FAILURE = "storage_failure"  # bot_data key: a handler's write the database refused
GROUP_SIZE = 64  # updates per group commit
GROUP_SECONDS = 0.05  # work per group before the loop yields
ALONE = ("callback_query",)  # updates whose handlers await the network: never in a group


async def poll(bot: Bot, store: Store, got_updates: asyncio.Event, watch: StorageWatch,
               lock: asyncio.Lock | None = None, arrived: deque[Any] | None = None) -> None:
    """Fetch updates forever, committing each batch before asking for the next; a stored
    batch is also put in `arrived`, for `process` to route ahead."""
    lock = lock or asyncio.Lock()
    loop = asyncio.get_running_loop()
    failures = 0
    conflict_since: float | None = None
    trouble = Trouble("getUpdates")
    while True:
        try:
            async with asyncio.timeout(POLL_TIMEOUT + STALL_GRACE):
                batch = await bot.do_api_request(
                    "getUpdates",
                    api_kwargs={"offset": inbox.offset(store.db), "timeout": POLL_TIMEOUT,
                                "allowed_updates": ["message", "edited_message",
                                                    "callback_query", "my_chat_member"]},
                    read_timeout=POLL_TIMEOUT + 10,
                )
        except REFUSED:  # InvalidToken's message quotes the token itself
            raise Fatal("Telegram refused the bot token (401 Unauthorized)") from None
        except TimeoutError:
            log.warning("getUpdates stalled for %d s; polling again", POLL_TIMEOUT + STALL_GRACE)
            continue
        except Conflict as exc:
            failures += 1
            if conflict_since is None:
                conflict_since = loop.time()
                log.warning("getUpdates: 409 Conflict (%s): another bot instance uses this"
                            " token, or a webhook is set; retrying for up to %d s",
                            exc.message, CONFLICT_LIMIT)
            elif loop.time() - conflict_since > CONFLICT_LIMIT:
                raise Fatal(f"getUpdates answered 409 Conflict for over {CONFLICT_LIMIT:g} s:"
                            " another bot instance uses this token, or a webhook is set"
                            " (deleteWebhook removes it)") from None
            await asyncio.sleep(backoff(failures, 10))
            continue
        except (NetworkError, RetryAfter) as exc:  # TimedOut included: a hung poll just retries
            failures += 1
            delay = retry_after(exc) if isinstance(exc, RetryAfter) else backoff(failures, 30)
            log.warning("getUpdates failed (%s); retrying in %.1f s", exc, delay)
            await asyncio.sleep(delay)
            continue
        except Exception as exc:  # an unexpected answer: logged once, retried
            failures += 1
            await asyncio.sleep(trouble.report(exc))
            continue
        failures, conflict_since = 0, None
        if batch:
            try:
                async with lock, store.transaction() as db:
                    inbox.store(db, batch, store.now())
            except sqlite3.OperationalError as exc:
                # Not stored, so not confirmed: the next call asks from the same offset and
                # Telegram sends the batch again.
                await asyncio.sleep(watch.failed("storing updates", exc))
                continue
            watch.wrote()
            if arrived is not None:
                arrived.extend(batch)
            got_updates.set()


async def on_storage_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The first error handler: a write the database refused is not the handler's fault.

    The handler's transaction was rolled back, so the update is left unprocessed for `process`
    to retry; the usual error handler (log with traceback, apologise) must not run for it.
    """
    if isinstance(context.error, sqlite3.OperationalError):
        context.bot_data[STORAGE_FAILURE] = context.error
        raise ApplicationHandlerStop


async def process(application: Application[Any, Any, Any, Any, Any, Any], store: Store,
                  got_updates: asyncio.Event, watch: StorageWatch,
                  lock: asyncio.Lock | None = None, arrived: deque[Any] | None = None,
                  ahead: Callable[[list[str]], None] | None = None) -> None:
    """Feed stored, unprocessed updates to the handlers, in order, a bounded group at a time.

    Before each group, outside the lock, the updates that `poll` saw arrive are parsed and the
    citizens' texts among them routed `ahead` (bot.routing.RoutingAhead): that is most of a
    report's work, and done here it overlaps another loop's commit instead of waiting for it.
    The stored payloads stay what is processed; these only save doing the work again."""
    lock = lock or asyncio.Lock()
    parsed: dict[int, Update] = {}
    while True:
        got_updates.clear()
        if take := min(len(arrived or ()), GROUP_SIZE - len(parsed)):  # a group ahead at most
            assert arrived is not None
            batch = [arrived.popleft() for _ in range(take)]
            if ahead is not None:
                ahead(_texts(batch))
            _parse(application, batch, parsed)
        try:
            async with lock:
                more = await _process_group(application, store, parsed)
        except sqlite3.OperationalError as exc:  # the group stays pending: retried in order
            await asyncio.sleep(watch.failed("processing updates", exc))
            continue
        if more:
            await asyncio.sleep(0)  # let polling and delivery have their turn
        else:
            await got_updates.wait()


async def _process_group(application: Application[Any, Any, Any, Any, Any, Any], store: Store,
                         parsed: dict[int, Update]) -> bool:
    """Process the next group of pending updates in one transaction (or one button press on
    its own); returns whether more are pending."""
    pending = inbox.pending(store.db, GROUP_SIZE + 1)
    for done_already in [u for u in parsed if not pending or u < pending[0][0]]:
        del parsed[done_already]  # a replayed update stored before, or processed at start
    if not pending:
        return False
    if any(kind in pending[0][1] for kind in ALONE):
        await _process_one(application, store, *pending[0], parsed.pop(pending[0][0], None))
        return len(pending) > 1
    loop = asyncio.get_running_loop()
    started = loop.time()
    done = 0
    async with store.transaction():  # message handlers do not await (the commit does)
        for update_id, payload in pending[:GROUP_SIZE]:
            if any(kind in payload for kind in ALONE) or loop.time() - started > GROUP_SECONDS:
                break
            await _process_one(application, store, update_id, payload, parsed.pop(update_id, None))
            done += 1
    return len(pending) > done


async def _process_one(application: Application[Any, Any, Any, Any, Any, Any], store: Store,
                       update_id: int, payload: dict[str, Any], update: Update | None = None
                       ) -> None:
    error = None
    try:
        if update is None:
            update = Update.de_json(payload, application.bot)
        await application.process_update(update)
    except Exception as exc:  # a malformed update must not stop the queue
        log.exception("update %s could not be processed", update_id)
        error = repr(exc)
    refused = application.bot_data.pop(STORAGE_FAILURE, None)
    if refused is not None:
        raise refused
    # Group chatter the bot did not act on is not kept: only its update id stays.
    inbox.mark_processed(store.db, update_id, store.now(), error, forget=not _private(payload))


def _parse(application: Application[Any, Any, Any, Any, Any, Any], payloads: list[Any],
           parsed: dict[int, Update]) -> None:
    """Parse updates ahead into `parsed` by update id (a malformed one is left for
    `_process_one` to report)."""
    for payload in payloads:
        with contextlib.suppress(Exception):
            parsed[payload["update_id"]] = Update.de_json(payload, application.bot)


def _texts(payloads: list[Any]) -> list[str]:
    """The texts of citizens' new private messages that are not commands, as the handlers
    will route them (handlers.common.incoming cleans them the same way)."""
    texts = []
    for payload in payloads:
        message = payload.get("message") if isinstance(payload, dict) else None
        if not isinstance(message, dict) or message.get("chat", {}).get("type") != "private":
            continue
        text = clean(message.get("text") or message.get("caption") or "")
        if text.strip() and not text.startswith("/"):
            texts.append(text)
    return texts


def _private(payload: dict[str, Any]) -> bool:
    """Whether an update comes from a private chat (anything else is a group or a channel)."""
    for kind in ("message", "edited_message", "callback_query"):
        if kind in payload:
            obj = payload[kind]
            message = obj.get("message", {}) if kind == "callback_query" else obj
            return bool(message.get("chat", {}).get("type", "private") == "private")
    return True

