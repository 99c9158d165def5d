"""Unit staff, in private chat or in their unit's group chat: commands and the 接单/退单 buttons.

Each command parses its arguments (handlers/args.py) and makes one call into bot/actions; who may
do what, and where, is decided there by `bot.domain.permissions.authorize`. Missing or malformed
arguments get the command's usage line.
"""

from __future__ import annotations

from collections.abc import Callable

from telegram import Update
from telegram.ext import ContextTypes

from bot.actions import (
    buttons,
    contact,
    edits,
    extensions,
    invites,
    staff,
    ticket_replies,
    transfers,
    typed_usage,
    views,
)
from bot.texts import common, for_staff
from handlers.args import Shape
from handlers.common import Callback, answer_press, command, on_message, on_press

# Command → (argument shape, action taking (desk, msg, *values, now)).
COMMANDS: dict[str, tuple[Shape, Callable[..., object]]] = {
    "join": (("rest",), invites.join),
    "list": (("filter",), views.list_tickets),
    "show": (("number",), views.show),
    "accept": (("number",), staff.accept),
    "reply": (("number", "text"), staff.reply),
    "done": (("number", "text"), staff.done),
    "transfer": (("number", "unit", "text"), transfers.transfer),
    "extend": (("number", "days", "text"), extensions.extend),
    "note": (("number", "text"), staff.note),
    "log": (("text",), staff.log_offline),
    "project": (("number", "plan"), extensions.project),
    "contact": (("number",), contact.contact),
}
# Usage lines for whoever may use the command; anyone else gets the gate's answer.
HANDLERS: dict[str, Callback] = {
    name: command(shape, action, for_staff.staff_usage(name) if name == "join" else
                  typed_usage.usage(name, for_staff.staff_usage(name)), for_staff.staff_usage(name))
    for name, (shape, action) in COMMANDS.items()
}
help_ = on_message(staff.help_for)
HANDLERS["leave"] = on_message(invites.leave)


edited = on_message(edits.edited_command)  # an edited command changes nothing
# A 回复 in a group to the bot's message about a ticket: a note on it, as in private chat.
group_reply = on_message(ticket_replies.in_group)
button = on_press(buttons.press)  # 接单 / 退单 under a new-ticket push


async def refuse_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any button press no other handler claims (stale or forged data): refuse it, once."""
    if update.callback_query is not None:
        await answer_press(update.callback_query, common.BUTTON_REFUSED)
