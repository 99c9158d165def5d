"""Wiring: build the PTB Application around the desk, and run the bot's loops until stopped."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import warnings
from typing import Any

from telegram.error import InvalidToken, NetworkError
from telegram.ext import Application, ApplicationBuilder
from telegram.warnings import PTBUserWarning

from bot import ticker
from bot.config import Config
from bot.desk import Desk
from bot.routing import load_router
from bot.store import StorageWatch, Store

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


def build_application(config: Config, desk: Desk) -> AnyApplication:
    """The Application with our handlers; no updater (we own getUpdates, see transport.py)."""
    import handlers

    application = (
        ApplicationBuilder()
        .token(config.telegram.token)
        .base_url(config.telegram.base_url)
        .base_file_url(config.telegram.base_file_url)
        .updater(None)
        .job_queue(None)
        .connection_pool_size(32)
        .build()
    )
    application.bot_data["desk"] = desk
    from handlers import transport

    # Before the usual error handler: a write the database refused is retried, not apologised for.
    application.add_error_handler(transport.on_storage_error)
    handlers.register(application)
    return application


class StartupError(Exception):
    """The bot cannot start; the message is one line for the operator."""


async def serve(config: Config, store: Store, stop: asyncio.Event) -> None:
    """Run polling, processing and delivery until `stop` is set or a loop fails fatally."""
    from handlers import delivery, transport

    desk = Desk(store, config, load_router(config))
    application = build_application(config, desk)
    try:
        await application.initialize()  # getMe: a revoked token fails here
    except InvalidToken:  # its message quotes the token itself
        raise StartupError("Telegram refused the bot token (401 Unauthorized): check"
                           " telegram.token or INTAKE_BOT_TOKEN") from None
    except NetworkError as exc:
        raise StartupError(f"cannot reach Telegram at {config.telegram.base_url} ({exc.message})"
                           ) from None
    watch = StorageWatch()  # one alert per outage, whichever loop meets it first
    deliverer = delivery.Deliverer(application.bot, store, config.telegram, watch)
    desk.wake = deliverer.wake
    got_updates = asyncio.Event()
    got_updates.set()  # process what a previous run stored but did not finish
    log.info("bot @%s running for %s", application.bot.username, config.county.name)
    tasks = [
        asyncio.create_task(transport.poll(application.bot, store, got_updates, watch),
                            name="poll"),
        asyncio.create_task(transport.process(application, store, got_updates, watch),
                            name="process"),
        asyncio.create_task(deliverer.run(), name="deliver"),
        asyncio.create_task(ticker.run(desk, watch), name="tick"),  # catches up at start
    ]
    stopper = asyncio.create_task(stop.wait(), name="stop")
    try:
        done, _ = await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            failure = None if task is stopper else task.exception()
            if isinstance(failure, transport.Fatal):
                raise StartupError(str(failure)) from None
            if failure is not None:
                raise failure
    finally:
        for task in [*tasks, stopper]:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        with contextlib.suppress(Exception):
            await application.shutdown()
        log.info("bot stopped")


def run(config: Config) -> None:
    """`python -m bot run`: open the store (one instance per database) and serve until signalled."""
    # We call getUpdates and the send methods through Bot.do_api_request on purpose: the inbox
    # stores raw update JSON, and the outbox holds finished Bot API parameters.
    warnings.filterwarnings("ignore", message="Please use 'Bot.", category=PTBUserWarning)
    # Opt in to PTB 22's timedelta durations (RetryAfter.retry_after) instead of a warning per 429.
    os.environ.setdefault("PTB_TIMEDELTA", "true")
    store = Store.open(config.storage.database, exclusive=True)
    try:
        asyncio.run(_main(config, store))
    finally:
        store.close()


async def _main(config: Config, store: Store) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await serve(config, store, stop)
