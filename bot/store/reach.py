"""Whether the bot could write to a ticket's citizen: the `unreachable` events its audit log
holds (bot.actions.unreachable, bot.actions.visit)."""

from __future__ import annotations

from sqlite_utils import Database


def unreached_since_resolve(db: Database, ticket_id: int) -> bool:
    """The bot could not write to the ticket's citizen since its latest 办结 (then its 回访 is a
    phone call, recorded by the supervisors)."""
    return db.execute(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'unreachable' AND id > coalesce("
        "(SELECT max(id) FROM events WHERE ticket_id = ? AND action = 'resolve'), 0) LIMIT 1",
        [ticket_id, ticket_id]).fetchone() is not None
