"""The citizen's answers to the satisfaction visit (回访): one callback for all three questions."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.actions import visit
from bot.texts import common
from handlers.common import answer_press, desk_of

PATTERN = r"^v:"


async def answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record one visit answer; the next question or the outcome follows as a message, and the
    question answered loses its buttons."""
    query = update.callback_query
    if query is None:
        return
    toast = common.BUTTON_REFUSED  # also for a press without data (PTB passes it here)
    try:
        pressed = (query.message.chat.id, query.message.message_id) if query.message else None
        toast = visit.answer(desk_of(context), update.update_id, query.from_user.id,
                             query.data or "", desk_of(context).now(), pressed)
    finally:
        await answer_press(query, toast, context)  # once, even when the press is too old to answer
