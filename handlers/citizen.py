"""Citizens in private chat: report, follow up, withdraw, pick a unit."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import intake, texts
from bot.tickets import looks_like_number
from handlers.common import argument_text, desk_of, incoming, utcnow
from handlers.staff import answer


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Explain what the bot does, how to report, privacy and emergency numbers."""
    if msg := incoming(update):
        intake.welcome(desk_of(context), msg, utcnow())


async def message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Turn any private message into a ticket (or an addition, or a helpful answer)."""
    if msg := incoming(update):
        intake.receive(desk_of(context), msg, utcnow())


async def my(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the citizen's tickets."""
    if msg := incoming(update):
        intake.my_tickets(desk_of(context), msg, utcnow())


async def status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show one of the citizen's tickets with its history."""
    await _with_number(update, context, "status", intake.status)


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Withdraw one of the citizen's tickets."""
    await _with_number(update, context, "cancel", intake.cancel)


async def _with_number(update: Update, context: ContextTypes.DEFAULT_TYPE, command: str,
                       action: intake.NumberAction) -> None:
    msg = incoming(update)
    if msg is None:
        return
    number = argument_text(update).split(maxsplit=1)[0] if argument_text(update) else ""
    if looks_like_number(number):
        action(desk_of(context), msg, number, utcnow())
    else:
        intake.answer(desk_of(context), msg, "usage", texts.usage(command), utcnow())


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A command nobody handles: point to /help."""
    if msg := incoming(update):
        intake.answer(desk_of(context), msg, "unknown", texts.unknown_command(), utcnow())


async def pick_unit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A unit button under a ticket that routing could not place."""
    query = update.callback_query
    if query is None:
        return
    # PTB hands a press without data to every patterned handler: answer it too (refused).
    _, ticket_id, code = ([*(query.data or "").split(":"), "", ""])[:3]
    toast = texts.button_refused()
    try:
        # ASCII and at most 18 digits: '³' is a digit to isdigit but not to int(), and a
        # longer number overflows SQLite's INTEGER.
        if ticket_id.isascii() and ticket_id.isdigit() and len(ticket_id) <= 18:
            toast = intake.pick_unit(desk_of(context), update.update_id, query.from_user.id,
                                     int(ticket_id), code, utcnow())
    finally:
        await answer(query, toast)
