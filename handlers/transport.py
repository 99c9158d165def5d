"""Telegram I/O loops: poll into the inbox and process from it (delivery.py sends the outbox).

PTB's own polling confirms updates before handlers run (a killed process loses them), so the bot
owns getUpdates: a batch is committed to the inbox with the next offset before the next call
confirms it. Sending goes through the persistent outbox with our own pacing; PTB's rate limiter
retries nothing by default and does not pace one private chat to 1 msg/s.

When the database cannot be written (disk full, read-only file) every loop keeps going: nothing
is confirmed to Telegram or marked sent that was not recorded, one alert line goes to the log,
and the loops back off and retry until the store takes writes again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import random
import sqlite3
from typing import Any

from telegram import Bot, Update
from telegram.error import EndPointNotFound, InvalidToken, NetworkError, RetryAfter
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes

from bot.store import inbox
from bot.store.db import StorageWatch, Store

log = logging.getLogger(__name__)

POLL_TIMEOUT = 25  # seconds of long polling per getUpdates
# Watchdog: a getUpdates still open this long after its own timeout is abandoned and re-sent.
# httpx's read timeout only bounds the wait for each chunk, so a proxy that holds the connection
# open (or trickles bytes) would otherwise stall polling for good.
STALL_GRACE = 20
STORAGE_FAILURE = "storage_failure"  # bot_data key: a handler's write the database refused
# Telegram refusing the token. Once the bot is initialised, PTB's do_api_request reports a 401 as
# EndPointNotFound (it cannot tell a revoked token from an unknown method); ours all exist.
REFUSED = (InvalidToken, EndPointNotFound)


def backoff(attempt: int, cap: float = 60.0) -> float:
    """Exponential backoff with jitter: 1, 2, 4 … seconds, at most `cap`."""
    return min(cap, 2.0 ** max(0, attempt - 1)) * (0.75 + random.random() / 2)


class Fatal(Exception):
    """Telegram refused the bot itself (token revoked): stop with one clear line."""


async def poll(bot: Bot, store: Store, got_updates: asyncio.Event, watch: StorageWatch
               ) -> None:
    """Fetch updates forever, committing each batch before asking for the next."""
    failures = 0
    while True:
        try:
            async with asyncio.timeout(POLL_TIMEOUT + STALL_GRACE):
                batch = await bot.do_api_request(
                    "getUpdates",
                    api_kwargs={"offset": inbox.offset(store.db), "timeout": POLL_TIMEOUT,
                                "allowed_updates": ["message", "edited_message",
                                                    "callback_query"]},
                    read_timeout=POLL_TIMEOUT + 10,
                )
        except REFUSED:  # InvalidToken's message quotes the token itself
            raise Fatal("Telegram refused the bot token (401 Unauthorized)") from None
        except TimeoutError:
            log.warning("getUpdates stalled for %d s; polling again", POLL_TIMEOUT + STALL_GRACE)
            continue
        except (NetworkError, RetryAfter) as exc:  # TimedOut included: a hung poll just retries
            failures += 1
            delay = retry_after(exc) if isinstance(exc, RetryAfter) else backoff(failures, 30)
            log.warning("getUpdates failed (%s); retrying in %.1f s", exc, delay)
            await asyncio.sleep(delay)
            continue
        failures = 0
        if batch:
            try:
                inbox.store(store.db, batch, store.now())
            except sqlite3.OperationalError as exc:
                # Not stored, so not confirmed: the next call asks from the same offset and
                # Telegram sends the batch again.
                await asyncio.sleep(watch.failed("storing updates", exc))
                continue
            watch.wrote()
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
                  got_updates: asyncio.Event, watch: StorageWatch) -> None:
    """Feed stored, unprocessed updates to the handlers, in order, one at a time."""
    while True:
        got_updates.clear()
        try:
            for update_id, payload in inbox.pending(store.db):
                await _process_one(application, store, update_id, payload)
            idle = not inbox.pending(store.db, 1)
        except sqlite3.OperationalError as exc:  # the update stays pending: retried in order
            await asyncio.sleep(watch.failed("processing updates", exc))
            continue
        if idle:
            await got_updates.wait()


async def _process_one(application: Application[Any, Any, Any, Any, Any, Any], store: Store,
                       update_id: int, payload: dict[str, Any]) -> None:
    error = None
    try:
        await application.process_update(Update.de_json(payload, application.bot))
    except Exception as exc:  # a malformed update must not stop the queue
        log.exception("update %s could not be processed", update_id)
        error = repr(exc)
    refused = application.bot_data.pop(STORAGE_FAILURE, None)
    if refused is not None:
        raise refused
    # Group chatter the bot did not act on is not kept: only its update id stays.
    inbox.mark_processed(store.db, update_id, store.now(), error, forget=not _private(payload))


def _private(payload: dict[str, Any]) -> bool:
    """Whether an update comes from a private chat (anything else is a group or a channel)."""
    for kind in ("message", "edited_message", "callback_query"):
        if kind in payload:
            obj = payload[kind]
            message = obj.get("message", {}) if kind == "callback_query" else obj
            return bool(message.get("chat", {}).get("type", "private") == "private")
    return True


def retry_after(exc: RetryAfter) -> float:
    value = exc.retry_after  # a timedelta: handlers.app.run opts in with PTB_TIMEDELTA
    return max(1.0, value.total_seconds() if isinstance(value, dt.timedelta) else float(value))
