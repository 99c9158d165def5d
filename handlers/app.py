"""Wiring: the PTB Application around the desk with every handler in order, and the bot's loops
run until stopped.

Audience is decided here, at the package boundary: citizen handlers only see private chats;
staff and supervisor commands work in private chats and unit groups and check roles through
`bot.domain.permissions.authorize`.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import os
import signal
import warnings
from collections import deque
from collections.abc import Callable
from typing import Any

from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from bot.actions import bindings, group_moves, lost, unit_groups, unreachable
from bot.actions.desk import Desk
from bot.config import Config
from bot.routing import RoutingAhead, load_router
from bot.store.db import StorageWatch, Store
from bot.texts import for_operators
from handlers import (
    citizen,
    delivery,
    errors,
    http,
    members,
    staff,
    supervisor,
    ticker,
    transport,
    visit,
)
from handlers.loops import Fatal, supervise

log = logging.getLogger(__name__)

AnyApplication = Application[Any, Any, Any, Any, Any, Any]
PRIVATE = filters.ChatType.PRIVATE
NEW = filters.UpdateType.MESSAGE  # commands must not fire again for edited messages


def build_application(config: Config, desk: Desk) -> AnyApplication:
    """The Application with our handlers; no updater (we own getUpdates, see transport.py)."""
    application = (
        ApplicationBuilder()
        .token(config.telegram.token)
        .base_url(config.telegram.base_url)
        .base_file_url(config.telegram.base_file_url)
        .updater(None)
        .job_queue(None)
        .request(http.BotAPIRequest(32))
        .get_updates_request(http.BotAPIRequest(1))
        .build()
    )
    application.bot_data["desk"] = desk
    # Before the usual error handler: a write the database refused is retried, not apologised for.
    application.add_error_handler(transport.on_storage_error)
    register(application)
    return application


def register(application: AnyApplication) -> None:
    """Add every handler, in order of precedence."""
    # Group 0: commands, then button presses, then any other private message.
    # Precedence between audiences: /start and /help have ONE handler for every chat, which
    # answers for the asker's role (citizen welcome, or the staff/supervisor commands). Citizen
    # and staff command names never overlap, so a staff member in private chat still has /my,
    # /status and /cancel, and staff commands (any chat; `authorize` decides who and where)
    # cannot shadow them.
    for name in ("start", "help"):
        application.add_handler(CommandHandler(name, staff.help_, filters=NEW))
    for name, callback in (("my", citizen.my), ("status", citizen.status),
                           ("cancel", citizen.cancel)):
        application.add_handler(CommandHandler(name, callback, filters=PRIVATE & NEW))
    application.add_handler(CommandHandler(["my", "status", "cancel"], citizen.in_group,
                                           filters=~PRIVATE & NEW))
    # Staff and supervisors: any chat; `authorize` decides who and where.
    for name, callback in {**staff.HANDLERS, **supervisor.HANDLERS}.items():
        application.add_handler(CommandHandler(name, callback, filters=NEW))
    application.add_handler(CallbackQueryHandler(citizen.pick_unit, pattern=r"^pick:"))
    application.add_handler(CallbackQueryHandler(citizen.withdraw, pattern=r"^wd:"))
    application.add_handler(CallbackQueryHandler(staff.button, pattern=r"^(acc|ret|unlog):"))
    application.add_handler(CallbackQueryHandler(visit.answer, pattern=visit.PATTERN))
    application.add_handler(CallbackQueryHandler(supervisor.publish_button, pattern=r"^pub:"))
    application.add_handler(CallbackQueryHandler(supervisor.extension_button, pattern=r"^xt:"))
    application.add_handler(MessageHandler(PRIVATE & ~filters.COMMAND, citizen.message))
    application.add_handler(MessageHandler(PRIVATE & filters.COMMAND & NEW, citizen.unknown))
    # In a group, only replies to the bot's messages reach us (privacy mode): a staff comment
    # on the ticket replied to, new or edited (ticket_replies.edited_note answers the edit).
    application.add_handler(MessageHandler(~PRIVATE & filters.REPLY & ~filters.COMMAND,
                                           staff.group_reply))
    # An edited command (any chat) acts on nothing: its sender is told so.
    application.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & filters.COMMAND,
                                           staff.edited))
    # Every press must be answered exactly once: keep this the LAST callback handler of group 0,
    # so it only sees data no other handler claimed (stale or forged buttons).
    application.add_handler(CallbackQueryHandler(staff.refuse_button))
    # A person blocking the bot (or starting it again) in private chat.
    application.add_handler(ChatMemberHandler(members.my_chat_member,
                                              ChatMemberHandler.MY_CHAT_MEMBER))
    # A group that became a supergroup (its service messages): the unit's binding follows.
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, members.migrated))
    application.add_error_handler(errors.on_error)


class StartupError(Exception):
    """The bot cannot start; the message is one line for the operator."""


async def serve(config: Config, store: Store, stop: asyncio.Event) -> None:
    """Run polling, processing and delivery until `stop` is set or a loop fails fatally."""
    router = RoutingAhead(load_router(config))
    config = group_moves.current(store.db, config)  # unit groups that became supergroups
    desk = Desk(store, config, router)
    try:
        application = build_application(config, desk)
    except http.BadProxy as exc:
        raise StartupError(str(exc)) from None
    try:
        await application.initialize()  # getMe: a revoked token fails here
    except InvalidToken:  # its message quotes the token itself
        raise StartupError("Telegram refused the bot token (401 Unauthorized): check"
                           " telegram.token or INTAKE_BOT_TOKEN") from None
    except NetworkError as exc:
        raise StartupError(f"cannot reach Telegram at {config.telegram.base_url}"
                           f"{for_operators.through_proxy(http.proxy_variables())}"
                           f" ({exc.message})") from None
    watch = StorageWatch()  # one alert per outage, whichever loop meets it first
    lock = asyncio.Lock()  # one connection: the loops' transactions take turns
    deliverer = delivery.Deliverer(application.bot, store, config.telegram, watch, lock,
                                   functools.partial(unreachable.refused, desk),
                                   functools.partial(lost.given_up, desk),
                                   group_moves.UnitGroups(desk),
                                   functools.partial(unit_groups.rehome, desk),
                                   functools.partial(group_moves.moved, desk))
    desk.wake = deliverer.wake
    got_updates = asyncio.Event()
    got_updates.set()  # process what a previous run stored but did not finish
    arrived: deque[Any] = deque(maxlen=16 * transport.GROUP_SIZE)  # polled, to route ahead
    log.info("bot @%s running for %s", application.bot.username, config.county.name)
    loops = {
        "poll": lambda: transport.poll(application.bot, store, got_updates, watch, lock,
                                       arrived),
        "process": lambda: transport.process(application, store, got_updates, watch, lock,
                                             arrived, router.ahead),
        "deliver": deliverer.run,
        "tick": lambda: ticker.run(desk, watch, lock),  # catches up at start
    }
    tasks = [asyncio.create_task(supervise(name, loop), name=name)
             for name, loop in loops.items()]
    stopper = asyncio.create_task(stop.wait(), name="stop")
    try:
        done, _ = await asyncio.wait([*tasks, stopper], return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            failure = None if task is stopper else task.exception()
            if isinstance(failure, Fatal):
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
        for line in bindings.warnings(store.db, config, store.now()):
            log.warning("%s", line)
        for line in bindings.notes(store.db, config, store.now()):
            log.info("%s", line)
        with asyncio.Runner(loop_factory=_loop_factory()) as runner:
            runner.run(_main(config, store))
    finally:
        store.close()


def _loop_factory() -> Callable[[], asyncio.AbstractEventLoop] | None:
    """uvloop's event loop where it is installed (see pyproject.toml), else asyncio's own."""
    try:
        import uvloop
    except ImportError:
        return None
    return uvloop.new_event_loop


async def _main(config: Config, store: Store) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await serve(config, store, stop)
