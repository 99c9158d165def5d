"""The error handler: log, keep the exception for tests, apologise to the person."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import ContextTypes

from bot.actions.desk import answer
from bot.texts import common
from handlers.common import desk_of, incoming

log = logging.getLogger(__name__)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a handler's exception and tell the sender their message is kept."""
    log.error("handler failed", exc_info=context.error)
    context.bot_data.setdefault("errors", []).append(context.error)
    if isinstance(update, Update) and (msg := incoming(update)) and msg.private:
        answer(desk_of(context), msg, "error", common.INTERNAL_ERROR,
               desk_of(context).now())
