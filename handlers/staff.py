"""Unit staff, in private chat or in their unit's group chat: commands and the 接单/退单 buttons.

Each command parses its arguments (bot.staff_args) and makes one domain call; who may do what,
and where, is decided there by `bot.permissions.authorize`. Missing or malformed arguments get
the command's usage line.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import CallbackQuery, Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot import buttons, extensions, intake, invites, staff, staff_args, staff_read, texts, transfers
from bot.desk import Incoming
from bot.render import clean
from handlers.common import argument_text, desk_of, incoming, utcnow

log = logging.getLogger(__name__)

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]

# Command → (argument shape, domain call taking (desk, msg, *values, now)).
COMMANDS: dict[str, tuple[staff_args.Shape, Callable[..., object]]] = {
    "list": (("filter",), staff_read.list_tickets),
    "show": (("number",), staff_read.show),
    "accept": (("number",), staff.accept),
    "reply": (("number", "text"), staff.reply),
    "done": (("number", "text"), staff.done),
    "transfer": (("number", "unit", "text"), transfers.transfer),
    "extend": (("number", "days", "text"), extensions.extend),
    "note": (("number", "text"), staff.note),
    "log": (("text",), staff.log_offline),
    "project": (("number", "plan"), extensions.project),
    "approve": (("number",), extensions.approve),  # registered by handlers/supervisor.py
}


def command(name: str) -> Callback:
    """The handler of one staff command: parse, then one domain call (or the usage line)."""
    shape, action = COMMANDS[name]

    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if (msg := incoming(update)) is None:
            return
        values = staff_args.parse(shape, argument_text(update))
        if values is None:
            intake.answer(desk_of(context), msg, "usage", texts.staff_usage(name), utcnow())
        else:
            action(desk_of(context), msg, *values, utcnow())

    handle.__doc__ = f"/{name}: see bot.staff_args for its arguments."
    return handle


async def join(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Bind the sender to a unit or to the supervisors with an invite code (private chat only)."""
    if (msg := incoming(update)) is None:
        return
    code = argument_text(update)
    if not msg.private:
        intake.answer(desk_of(context), msg, "usage", texts.private_only("join"), utcnow())
    elif not code:
        intake.answer(desk_of(context), msg, "usage", texts.staff_usage("join"), utcnow())
    else:
        invites.join(desk_of(context), msg, code, utcnow())


async def help_(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start and /help, answered for the asker's role (citizen, staff, supervisor)."""
    if msg := incoming(update):
        staff.help_for(desk_of(context), msg, utcnow())


async def citizen_in_group(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/my, /status, /cancel in a group: point to the private chat (no personal data in groups)."""
    if msg := incoming(update):
        intake.answer(desk_of(context), msg, "usage", texts.citizen_command_in_group(), utcnow())


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """接单 / 退单 under a new-ticket push: authorized again on every press, answered once."""
    query = update.callback_query
    if query is None:
        return
    toast = texts.button_refused()
    try:
        if (press := _press(update, query)) is not None:
            toast = buttons.press(desk_of(context), press, query.data or "", utcnow())
    finally:
        await answer(query, toast)


async def refuse_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any button press no other handler claims (stale or forged data): refuse it, once."""
    if update.callback_query is not None:
        await answer(update.callback_query, texts.button_refused())


async def answer(query: CallbackQuery, toast: str) -> None:
    """Answer a press exactly once (Telegram shows a spinner until then)."""
    try:
        await query.answer(toast or None)
    except BadRequest as exc:  # replayed after a restart: too old to answer, handled already
        log.info("button press %s not answered: %s", query.id, exc.message)


def _press(update: Update, query: CallbackQuery) -> Incoming | None:
    chat = query.message.chat if query.message is not None else None
    return Incoming(
        update_id=update.update_id, user_id=query.from_user.id,
        chat_id=chat.id if chat else query.from_user.id,
        chat_type=chat.type if chat else "private", message_id=0,
        first_name=clean(query.from_user.full_name), kind="callback",
        username=clean(query.from_user.username) if query.from_user.username else None,
    )
