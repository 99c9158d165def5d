"""Supervisors (督查), in private chat: extension approval, digest, overdue list, statistics,
written urging, publishing and the ledger. Roles are checked in bot/actions by `authorize`."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.actions import extensions, publish, supervise
from bot.texts import common, for_staff, for_supervisors
from handlers.common import Callback, answer_press, command, desk_of, incoming, on_message, press_of


async def publish_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """发布 / 取消 under a drafted public post: authorized again, decided once."""
    query = update.callback_query
    if query is None:
        return
    toast = common.button_refused()
    try:
        toast = publish.decide(desk_of(context), press_of(update, query), query.data or "",
                               desk_of(context).now())
    finally:
        await answer_press(query, toast)


async def ledger(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the 督查台账 as an .xlsx file."""
    if msg := incoming(update):
        await supervise.send_ledger(desk_of(context), msg, desk_of(context).now())


HANDLERS: dict[str, Callback] = {
    "approve": command(("number",), extensions.approve, for_staff.staff_usage("approve")),
    "digest": on_message(supervise.show_digest),
    "overdue": on_message(supervise.overdue),
    "stats": command(("rest",), supervise.stats, for_supervisors.supervisor_usage("stats")),
    "urge": command(("number", "text"), supervise.urge, for_supervisors.supervisor_usage("urge")),
    "publish": command(("number", "rest"), supervise.publish_ticket,
                       for_supervisors.supervisor_usage("publish")),
    "ledger": ledger,
}
