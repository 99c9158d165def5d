"""A citizen's burst of reports: how many tickets their own messages opened lately
(bot/actions/floods.py), counted by when the messages were written (Telegram's `date`, kept in
the inbox as `sent_at`), so a backlog handled at once after downtime is no burst."""

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


def written_at(db: Database, chat_id: int, message_id: int) -> int | None:
    """When the message was written (Telegram's date, Unix seconds), if the inbox has it."""
    row = db.execute("SELECT sent_at FROM inbox WHERE chat_id = ? AND sent_at IS NOT NULL"
                     " AND json_extract(payload, '$.message.message_id') = ?"
                     " ORDER BY update_id DESC LIMIT 1", [chat_id, message_id]).fetchone()
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
