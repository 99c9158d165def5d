"""A citizen's burst of reports: how many tickets their own messages opened lately (bot/actions/floods.py)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.domain.tickets import iso


def opened_since(db: Database, citizen_id: int, since: dt.datetime) -> int:
    """Tickets the citizen's own messages opened since `since` (not those staff logged for them),
    whatever became of them: a flood withdrawn or dispatched is still the flood it was."""
    row = db.execute("SELECT count(*) FROM tickets WHERE citizen_id = ? AND received_at >= ?"
                     " AND logged_by = 0", [citizen_id, iso(since)]).fetchone()
    return int(row[0])
