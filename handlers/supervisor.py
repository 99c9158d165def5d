"""Supervisors (督查), in private chat: extension approval, digest, overdue list, statistics,
written urging, publishing and the ledger. Roles are checked in the domain by `authorize`."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot import supervise, texts
from bot.intake import answer
from bot.tickets import looks_like_number
from handlers.common import argument_text, desk_of, incoming, utcnow
from handlers.staff import command

# --- extension approval (issue 4) ------------------------------------------------------------
# /approve NUMBER: a pending /extend takes effect (bot.extensions.approve).
approve = command("approve")
# --- end of extension approval ---------------------------------------------------------------

# --- follow-up and supervision (issue 5) ------------------------------------------------------
# /digest /overdue /stats [days] /urge NUMBER TEXT /publish NUMBER /ledger (bot.supervise).


async def digest(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send yesterday's digest and its chart."""
    if msg := incoming(update):
        supervise.show_digest(desk_of(context), msg, utcnow())


async def overdue(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the open tickets past their deadline."""
    if msg := incoming(update):
        supervise.overdue(desk_of(context), msg, utcnow())


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the four rates per unit over the last N days."""
    if msg := incoming(update):
        supervise.stats(desk_of(context), msg, argument_text(update), utcnow())


async def urge(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Issue a numbered 督办通知书 for one ticket."""
    if (msg := incoming(update)) is None:
        return
    number, _, note = argument_text(update).partition(" ")
    if looks_like_number(number) and note.strip():
        supervise.urge(desk_of(context), msg, number, note.strip(), utcnow())
    else:
        answer(desk_of(context), msg, "usage", texts.supervisor_usage("urge"), utcnow())


async def publish(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Post a resolved ticket, masked, to the public channel."""
    if (msg := incoming(update)) is None:
        return
    number = argument_text(update)
    if looks_like_number(number):
        supervise.publish_ticket(desk_of(context), msg, number, utcnow())
    else:
        answer(desk_of(context), msg, "usage", texts.supervisor_usage("publish"), utcnow())


async def ledger(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the 督查台账 as an .xlsx file."""
    if msg := incoming(update):
        await supervise.send_ledger(desk_of(context), msg, utcnow())


FOLLOWUP_COMMANDS = {"digest": digest, "overdue": overdue, "stats": stats, "urge": urge,
                     "publish": publish, "ledger": ledger}
# --- end of follow-up and supervision ---------------------------------------------------------
