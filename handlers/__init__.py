"""Telegram handlers, grouped by audience; `register` is the one place that wires them.

Audience is decided here, at the package boundary: citizen handlers only see private chats;
staff and supervisor commands work in private chats and unit groups and check roles through
`bot.permissions.authorize`.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers import citizen, errors

PRIVATE = filters.ChatType.PRIVATE
NEW = filters.UpdateType.MESSAGE  # commands must not fire again for edited messages


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
    """Add every handler, in order of precedence."""
    # Group 0: commands, then button presses, then any other private message.
    for name, callback in (("start", citizen.start), ("help", citizen.start),
                           ("my", citizen.my), ("status", citizen.status),
                           ("cancel", citizen.cancel)):
        application.add_handler(CommandHandler(name, callback, filters=PRIVATE & NEW))
    application.add_handler(CallbackQueryHandler(citizen.pick_unit, pattern=r"^pick:"))
    application.add_handler(MessageHandler(PRIVATE & ~filters.COMMAND, citizen.message))
    application.add_error_handler(errors.on_error)
