"""Where a ticket opened by a forwarded message came from: its `forwarded` audit event (`new`:
the origin's kind, `detail`: the person's name or the chat's title)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.domain.forwarded import Origin
from bot.store.tickets import log_event

ACTION = "forwarded"


def keep(db: Database, ticket_id: int, origin: Origin, actor_id: int, now: dt.datetime) -> None:
    """Record on the ticket that its words were forwarded, and from whom."""
    log_event(db, ticket_id, now, actor_id, "citizen", ACTION, None, origin.kind, origin.name)


def origin(db: Database, ticket_id: int) -> Origin | None:
    """Where the ticket's words were forwarded from; None for the citizen's own."""
    row = next(iter(db.query("SELECT new, detail FROM events WHERE ticket_id = ? AND action = ?"
                             " ORDER BY id LIMIT 1", [ticket_id, ACTION])), None)
    return Origin(str(row["new"] or ""), str(row["detail"] or "")) if row else None
