"""A result posted to the public column that its citizen then disputes at the 回访 (refs #10):
a late 未解决 or 不满意 after a 默认满意 closure, or a 重办's 回访 that still says so. A public
post must not go on claiming a result the citizen disputes: every post of the ticket gets a
correction under it (public_column.DISPUTED) — edited in the channel where it was delivered,
rewritten where it still waits to go — the audit log records it, and the ticket may be posted
again once a new 回访 confirms a new result (publish_gate)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.desk import Desk
from bot.domain.delivery import Priority
from bot.domain.tickets import Ticket
from bot.render import PARSE_MODE, Notice, Outgoing
from bot.store import outbox, posts, tickets
from bot.texts import for_supervisors, public_column


def mark(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> bool:
    """Add the correction under every post of the ticket's result not marked yet; True when
    its result was ever posted (the supervisors' notice then says the post was marked)."""
    marked = False
    for post in posts.of_ticket(db, ticket.id):
        if public_column.DISPUTED in post.text:
            continue
        corrected = public_column.disputed(post.text)
        if post.waiting and posts.rewrite(db, post, corrected):
            marked = True
        elif post.message_id is not None:
            _edit(desk, db, ticket, post, corrected, now)
            marked = True
        # else given up, or on its way: nothing stands in the channel to correct yet
    if marked:
        tickets.log_event(db, ticket.id, now, 0, "system", "publish_disputed")
    return tickets.count_events(db, ticket.id, "publish") > 0


def _edit(desk: Desk, db: Database, ticket: Ticket, post: posts.Post, text: str,
          now: dt.datetime) -> None:
    """Queue the edit of a delivered post; if the channel refuses it for good, the supervisor
    who posted it is told that the post still stands uncorrected."""
    key = f"disputed:{ticket.id}:{post.row_id}"
    publisher = posts.publisher(db, ticket.id)
    notice = Outgoing(key, post.chat_id, text, notice=Notice(
        publisher, for_supervisors.correction_not_posted(ticket.number))).notice_calls() \
        if publisher else []
    params = {"chat_id": post.chat_id, "message_id": post.message_id, "text": text,
              "parse_mode": PARSE_MODE}
    if outbox.insert(db, key, post.chat_id, "editMessageText", params, ticket.id, now,
                     priority=Priority.STAFF, notice=notice):
        desk.queued += 1
        desk.wake()
