"""The posts of a ticket's result to the public column, as the outbox and the audit log hold
them: to correct them when the citizen disputes the result (bot/actions/publish_dispute.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlite_utils import Database

_WAITING = ("queued", "held")  # not on its way yet: may be rewritten in place


@dataclass(frozen=True)
class Post:
    """One post of a ticket's result: its outbox row, chat, message id once delivered, the
    HTML text it carries, and whether it still waits to go."""

    row_id: int
    chat_id: int
    message_id: int | None
    text: str
    waiting: bool


def of_ticket(db: Database, ticket_id: int) -> list[Post]:
    """Every post of the ticket's result queued so far, oldest first."""
    rows = db.execute("SELECT id, chat_id, message_id, params, state FROM outbox WHERE"
                      " dedupe_key LIKE ? AND method = 'sendMessage' ORDER BY id",
                      [f"publish:{ticket_id}:%"]).fetchall()
    return [Post(row_id, chat_id, message_id, json.loads(params).get("text", ""),
                 state in _WAITING) for row_id, chat_id, message_id, params, state in rows]


def rewrite(db: Database, post: Post, text: str) -> bool:
    """Give a post still waiting to go a new text; False when it is on its way already."""
    return bool(db.execute(
        "UPDATE outbox SET params = json_set(params, '$.text', ?) WHERE id = ? AND state IN"
        f" ({', '.join('?' * len(_WAITING))})", [text, post.row_id, *_WAITING]).rowcount)


def publisher(db: Database, ticket_id: int) -> int:
    """The supervisor who posted the ticket's result last (0 for none)."""
    row = db.execute("SELECT actor_id FROM events WHERE ticket_id = ? AND action = 'publish'"
                     " ORDER BY id DESC LIMIT 1", [ticket_id]).fetchone()
    return int(row[0]) if row and row[0] else 0


def corrected_since(db: Database, ticket_id: int) -> bool:
    """Whether the ticket's last post was corrected as disputed since it went (a new post of
    a new, confirmed result may go)."""
    row = db.execute("SELECT action FROM events WHERE ticket_id = ? AND action IN ('publish',"
                     " 'publish_disputed') ORDER BY id DESC LIMIT 1", [ticket_id]).fetchone()
    return bool(row) and row[0] == "publish_disputed"
