"""Supervisors (督查), in private chat: extension approval, digest, overdue list, statistics,
written urging, publishing and the ledger. Roles are checked in bot/actions by `authorize`."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.actions import extension_press, extensions, publish, supervise, typed_usage
from bot.texts import digest_asked, for_staff, for_supervisors
from handlers.common import Callback, command, desk_of, incoming, on_press

publish_button = on_press(publish.decide)  # 发布 / 取消 under a drafted public post
extension_button = on_press(extension_press.press)  # 批准 / 不批准 under a 延期申请


async def ledger(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the 督查台账 as an .xlsx file."""
    if msg := incoming(update):
        await supervise.send_ledger(desk_of(context), msg, desk_of(context).now())


def _usage(name: str, line: str) -> tuple[typed_usage.Usage, str]:
    """The usage answer (the gate's for whoever may not use it) and the line itself."""
    return typed_usage.usage(name, line), line


HANDLERS: dict[str, Callback] = {
    "approve": command(("number",), extensions.approve,
                       *_usage("approve", for_staff.staff_usage("approve"))),
    "digest": command(("rest",), supervise.show_digest, digest_asked.DIGEST_USAGE),
    "overdue": command(("rest",), supervise.overdue, digest_asked.DIGEST_USAGE),
    "stats": command(("rest",), supervise.stats, for_supervisors.supervisor_usage("stats")),
    "urge": command(("number", "text"), supervise.urge,
                    *_usage("urge", for_supervisors.supervisor_usage("urge"))),
    "publish": command(("number", "rest"), supervise.publish_ticket,
                       *_usage("publish", for_supervisors.supervisor_usage("publish"))),
    "ledger": ledger,
}
