"""Telegram handlers, grouped by audience; `register` is the one place that wires them.

Audience is decided here, at the package boundary: citizen handlers only see private chats;
staff and supervisor commands work in private chats and unit groups and check roles through
`bot.permissions.authorize`.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from handlers import citizen, errors, staff, supervisor, visit

PRIVATE = filters.ChatType.PRIVATE
NEW = filters.UpdateType.MESSAGE  # commands must not fire again for edited messages


def register(application: Application[Any, Any, Any, Any, Any, Any]) -> None:
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
    application.add_handler(CommandHandler(["my", "status", "cancel"], staff.citizen_in_group,
                                           filters=~PRIVATE & NEW))
    # Staff (issue 4): private chats and unit groups.
    application.add_handler(CommandHandler("join", staff.join, filters=NEW))
    for name in ("list", "show", "accept", "reply", "done", "transfer", "extend", "note", "log",
                 "project"):
        application.add_handler(CommandHandler(name, staff.command(name), filters=NEW))
    # Supervisors.
    application.add_handler(CommandHandler("approve", supervisor.approve, filters=NEW))
    for name, callback in supervisor.FOLLOWUP_COMMANDS.items():  # answered in private chat only
        application.add_handler(CommandHandler(name, callback, filters=NEW))
    application.add_handler(CallbackQueryHandler(citizen.pick_unit, pattern=r"^pick:"))
    application.add_handler(CallbackQueryHandler(staff.button, pattern=r"^(acc|ret):"))
    application.add_handler(CallbackQueryHandler(visit.answer, pattern=visit.PATTERN))
    application.add_handler(MessageHandler(PRIVATE & ~filters.COMMAND, citizen.message))
    application.add_handler(MessageHandler(PRIVATE & filters.COMMAND & NEW, citizen.unknown))
    # Every press must be answered exactly once: keep this the LAST callback handler of group 0,
    # so it only sees data no other handler claimed (stale or forged buttons).
    application.add_handler(CallbackQueryHandler(staff.refuse_button))
    application.add_error_handler(errors.on_error)
