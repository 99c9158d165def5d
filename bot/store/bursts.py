"""A citizen's burst of reports: how many tickets their own messages opened lately
(bot/actions/floods.py), counted by when the messages were written (Telegram's `date`, kept in
the inbox as `sent_at`), so a backlog handled at once after downtime is no burst."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.domain.tickets import iso

LOOKED_AT = 200  # a chat's newest messages searched for the one being handled


def opened_since(db: Database, citizen_id: int, since: dt.datetime) -> int:
    """Tickets the citizen's own messages opened since `since` (not those staff logged for them),
    whatever became of them: a flood withdrawn or dispatched is still the flood it was."""
    row = db.execute("SELECT count(*) FROM tickets WHERE citizen_id = ? AND received_at >= ?"
                     " AND logged_by = 0", [citizen_id, iso(since)]).fetchone()
    return int(row[0])


def written_at(db: Database, chat_id: int, message_id: int) -> int | None:
    """When the message was written (Telegram's date, Unix seconds), if it is among the chat's
    LOOKED_AT newest in the inbox (a message being handled is; one further back, of a longer
    backlog, is counted by when it was handled: bot/actions/floods.py)."""
    row = db.execute("SELECT sent_at FROM (SELECT sent_at, payload FROM inbox WHERE chat_id = ?"
                     " AND sent_at IS NOT NULL ORDER BY sent_at DESC LIMIT ?)"
                     " WHERE json_extract(payload, '$.message.message_id') = ?",
                     [chat_id, LOOKED_AT, message_id]).fetchone()
    return int(row[0]) if row else None


def written_since(db: Database, citizen_id: int, chat_id: int, since: int, until: int) -> int:
    """Tickets the citizen's own messages in `chat_id` opened that were written in [since,
    until] (Unix seconds, Telegram's dates), whatever became of them."""
    row = db.execute(
        "SELECT count(*) FROM inbox i JOIN tickets t ON t.source_key = 'tg:' || i.chat_id"
        " || ':' || json_extract(i.payload, '$.message.message_id')"
        " WHERE i.chat_id = ? AND i.sent_at >= ? AND i.sent_at <= ? AND t.citizen_id = ?"
        " AND t.logged_by = 0", [chat_id, since, until, citizen_id]).fetchone()
    return int(row[0])
