"""The inbox: updates are committed here before getUpdates is told they arrived.

The polling loop stores a batch and the next offset in one transaction, and only then asks for
more (which is what confirms the batch to Telegram). A killed bot resumes from the stored offset
and processes whatever is stored but not yet processed; update ids make storing idempotent.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from bot.domain.tickets import iso
from bot.store.db import dumps

OFFSET_KEY = "update_offset"


def offset(db: Database) -> int:
    row = next(iter(db.query("SELECT value FROM meta WHERE key = ?", [OFFSET_KEY])), None)
    return int(row["value"]) if row else 0


def store(db: Database, updates: Sequence[dict[str, Any]], now: dt.datetime) -> int:
    """Store a batch of raw updates and advance the offset; returns how many were new."""
    with db.atomic():
        before = db.conn.total_changes
        db.conn.executemany(
            "INSERT OR IGNORE INTO inbox (update_id, payload, received_at, chat_id, sent_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [(update["update_id"], dumps(update), iso(now), *_chat_and_date(update))
             for update in updates])
        new = db.conn.total_changes - before
        if updates:
            next_offset = max(u["update_id"] for u in updates) + 1
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                " SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
                [OFFSET_KEY, next_offset],
            )
    return new


def _chat_and_date(update: dict[str, Any]) -> tuple[int | None, int | None]:
    """The chat of a message (new or edited) and when it was written, as Telegram says."""
    message = update.get("message") or update.get("edited_message")
    if not isinstance(message, dict) or not isinstance(message.get("chat"), dict):
        return None, None
    chat, date = message["chat"].get("id"), message.get("edit_date") or message.get("date")
    valid = isinstance(chat, int) and isinstance(date, int)
    return (chat, date) if valid else (None, None)


def recent(db: Database, update_id: int, cap: int) -> int:
    """How many messages the chat of `update_id` sent in the minute up to it, itself included
    (counted up to `cap`); 0 for an update that is not a stored message."""
    row = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM inbox i, inbox me WHERE me.update_id = ?"
        " AND i.chat_id = me.chat_id AND i.sent_at > me.sent_at - 60"
        " AND i.update_id <= me.update_id LIMIT ?)", [update_id, cap]).fetchone()
    return int(row[0])


# A message that starts with a bot command, as Telegram marks it: the rule PTB's
# CommandHandler and filters.COMMAND go by.
_COMMAND = (" AND json_extract(i.payload, '$.message.entities[0].type') = 'bot_command'"
            " AND json_extract(i.payload, '$.message.entities[0].offset') = 0")


def recent_commands(db: Database, update_id: int, cap: int) -> int:
    """Like `recent`, counting only commands."""
    row = db.execute(
        "SELECT count(*) FROM (SELECT 1 FROM inbox i, inbox me WHERE me.update_id = ?"
        " AND i.chat_id = me.chat_id AND i.sent_at > me.sent_at - 60"
        f" AND i.update_id <= me.update_id{_COMMAND} LIMIT ?)", [update_id, cap]).fetchone()
    return int(row[0])


def previous(db: Database, update_id: int, command: bool = False) -> int | None:
    """The chat's message (`command`: command) before `update_id`, if it came within the
    minute before it."""
    row = db.execute(
        "SELECT max(i.update_id) FROM inbox i, inbox me WHERE me.update_id = ?"
        " AND i.chat_id = me.chat_id AND i.sent_at > me.sent_at - 60"
        f" AND i.update_id < me.update_id{_COMMAND if command else ''}", [update_id]).fetchone()
    return row[0] if row else None


def pending(db: Database, limit: int = 100) -> list[tuple[int, dict[str, Any]]]:
    """Stored but unprocessed updates, in arrival order."""
    rows = db.query("SELECT update_id, payload FROM inbox WHERE processed_at IS NULL"
                    " ORDER BY update_id LIMIT ?", [limit])
    return [(r["update_id"], json.loads(r["payload"])) for r in rows]


def mark_processed(db: Database, update_id: int, now: dt.datetime, error: str | None = None,
                   forget: bool = False) -> None:
    """Mark an update processed. `forget`: if no handler claimed it (nothing was done with it,
    as with group chatter) its payload goes; the row stays, which is all the inbox needs."""
    # Usually the handler claimed it already; then this changes nothing and costs no fsync.
    with db.atomic():
        if forget and error is None:
            db.execute("UPDATE inbox SET payload = NULL WHERE update_id = ?"
                       " AND processed_at IS NULL", [update_id])
        db.execute("UPDATE inbox SET processed_at = ?, error = ? WHERE update_id = ?"
                   " AND (processed_at IS NULL OR ? IS NOT NULL)",
                   [iso(now), error, update_id, error])


def prune(db: Database, before: dt.datetime) -> int:
    """Empty the payloads of processed updates received before `before`; returns how many."""
    with db.atomic():
        return db.execute("UPDATE inbox SET payload = NULL WHERE payload IS NOT NULL"
                          " AND processed_at IS NOT NULL AND received_at < ?",
                          [iso(before)]).rowcount


def claim(db: Database, update_id: int, now: dt.datetime) -> bool:
    """Mark an update processed inside the caller's transaction; False if it already was.

    Domain code claims the update in the same transaction as the change it causes, so a bot
    killed between the two can never apply one update twice.
    """
    if db.execute("UPDATE inbox SET processed_at = ? WHERE update_id = ? AND processed_at IS NULL",
                  [iso(now), update_id]).rowcount:
        return True
    return next(iter(db.query("SELECT 1 FROM inbox WHERE update_id = ?", [update_id])), None) is None


def messages_before(db: Database, chat_id: int, update_id: int, limit: int) -> list[str | None]:
    """The source keys (tg:CHAT:MESSAGE) of the chat's updates stored before `update_id`,
    newest first; None for one that is no new message (an edit) or whose payload is gone."""
    rows = db.execute(
        "SELECT json_extract(payload, '$.message.message_id') FROM inbox WHERE chat_id = ?"
        " AND update_id < ? ORDER BY update_id DESC LIMIT ?", [chat_id, update_id, limit])
    return [f"tg:{chat_id}:{mid}" if mid is not None else None for (mid,) in rows]


def written_at(db: Database, chat_id: int, message_id: int) -> dt.datetime | None:
    """When a stored message was written, as Telegram dates it; None for one not stored (or
    whose payload was pruned). A restart or a busy bot does not move it, as it moves the time
    the message is handled."""
    row = db.execute("SELECT sent_at FROM inbox WHERE chat_id = ? AND sent_at IS NOT NULL AND"
                     " json_extract(payload, '$.message.message_id') = ? LIMIT 1",
                     [chat_id, message_id]).fetchone()
    return dt.datetime.fromtimestamp(row[0], dt.UTC) if row else None


def opening_written_at(db: Database, ticket_id: int) -> dt.datetime | None:
    """When the message that opened a ticket was written (see written_at)."""
    row = db.execute("SELECT source_key FROM tickets WHERE id = ?", [ticket_id]).fetchone()
    parts = str(row[0] or "").split(":") if row else []
    if len(parts) != 3 or parts[0] != "tg":
        return None
    try:
        return written_at(db, int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def said_before(db: Database, chat_id: int, message_id: int, update_id: int) -> str | None:
    """What a message said (its text, or a photo's caption) as last sent or edited before the
    update `update_id`; None when no earlier version is stored (pruned, or never seen)."""
    row = db.execute(
        "SELECT COALESCE(json_extract(payload, '$.edited_message.text'),"
        " json_extract(payload, '$.edited_message.caption'), json_extract(payload, '$.message.text'),"
        " json_extract(payload, '$.message.caption'), '') FROM inbox WHERE chat_id = ? AND"
        " update_id < ? AND COALESCE(json_extract(payload, '$.message.message_id'),"
        " json_extract(payload, '$.edited_message.message_id')) = ? ORDER BY update_id DESC LIMIT 1",
        [chat_id, update_id, message_id]).fetchone()
    return str(row[0]) if row else None


def ticket_answered(db: Database, chat_id: int, message_id: int) -> int | None:
    """The ticket the bot's answer to a stored message was about (the one a repeat or a 补充 was
    added to); None when it was answered about none, or its payload is gone."""
    row = db.execute(
        "SELECT o.ticket_id FROM inbox i JOIN outbox o ON o.dedupe_key LIKE"
        " 're:' || i.update_id || ':%' WHERE i.chat_id = ? AND"
        " json_extract(i.payload, '$.message.message_id') = ? AND o.ticket_id IS NOT NULL"
        " ORDER BY o.id LIMIT 1", [chat_id, message_id]).fetchone()
    return int(row[0]) if row else None
