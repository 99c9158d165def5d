"""Citizens in private chat: report, follow up, withdraw, pick a unit."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.actions import citizen, mine, office_status, ticket_replies
from bot.actions import withdraw as withdrawing
from bot.texts import common, for_citizen
from handlers.common import answer_press, command, desk_of, on_message

# Staff answering a ticket's message are commenting on it (bot.actions.ticket_replies); everyone
# else's message goes on to citizen.receive.
message = on_message(ticket_replies.receive)
my = command(("page",), mine.my_tickets, for_citizen.usage("my"))
status = command(("rest",), office_status.status, for_citizen.usage("status"))
cancel = command(("number",), citizen.cancel, for_citizen.usage("cancel"))

unknown = on_message(citizen.unknown_command)
in_group = on_message(citizen.in_group)


async def pick_unit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A unit button under a ticket that routing could not place."""
    query = update.callback_query
    if query is None:
        return
    # PTB hands a press without data to every patterned handler: answer it too (refused).
    _, ticket_id, code = ([*(query.data or "").split(":"), "", ""])[:3]
    toast = common.BUTTON_REFUSED
    try:
        if (ticket := _ticket_id(ticket_id)) is not None:
            toast = citizen.pick_unit(desk_of(context), update.update_id, query.from_user.id,
                                      ticket, code, desk_of(context).now())
    finally:
        await answer_press(query, toast, context)


async def withdraw(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The 撤回 button under an offer to withdraw a ticket (bot.actions.withdraw)."""
    query = update.callback_query
    if query is None:
        return
    _, ticket_id = ([*(query.data or "").split(":", 1), ""])[:2]
    toast = common.BUTTON_REFUSED
    try:
        if (ticket := _ticket_id(ticket_id)) is not None:
            toast = withdrawing.press(desk_of(context), update.update_id, query.from_user.id,
                                      ticket, desk_of(context).now())
    finally:
        await answer_press(query, toast, context)


def _ticket_id(typed: str) -> int | None:
    """A button's ticket id: ASCII and at most 18 digits ('³' is a digit to isdigit but not to
    int(), and a longer number overflows SQLite's INTEGER)."""
    return int(typed) if typed.isascii() and typed.isdigit() and len(typed) <= 18 else None
