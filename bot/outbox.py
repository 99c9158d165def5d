"""The persistent outbox: every message the bot sends is a row first, so nothing is lost.

Domain code calls `enqueue` inside its own transaction (the reply commits with the change it
reports). The delivery loop (handlers/delivery.py) claims due rows, sends them and records the
outcome. A dedupe key per message makes enqueueing idempotent, so a replayed update or a
repeated tick never sends the same thing twice.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from bot.render import CAPTION_LIMIT, PARSE_MODE, split
from bot.store import dumps
from bot.tickets import iso

RETRY_LIMIT = 12  # ~ an hour of backoff for one message before it is given up


@dataclass(frozen=True)
class Outgoing:
    """One message to send: finished HTML text (or a document with an HTML caption)."""

    key: str  # unique per logical message: "ack:tg:5:17", "push:42:accept", ...
    chat_id: int
    text: str
    keyboard: dict[str, Any] | None = None
    ticket_id: int | None = None
    document: str | None = None  # path of a file to send as a document, text is its caption
    extra: dict[str, Any] = field(default_factory=dict)


def enqueue(db: Database, message: Outgoing, now: dt.datetime) -> int:
    """Queue a message (split if long); returns how many rows were new. Call inside a transaction."""
    if message.document:
        params: dict[str, Any] = {"chat_id": message.chat_id, "document": message.document,
                                  "caption": message.text, "parse_mode": PARSE_MODE}
        rows = [("sendDocument", params)] if len(message.text) <= CAPTION_LIMIT else []
        if not rows:
            params["caption"] = ""
            rows = [("sendDocument", params)]
            rows += [("sendMessage", _text_params(message.chat_id, part))
                     for part in split(message.text)]
    else:
        parts = split(message.text)
        rows = [("sendMessage", _text_params(message.chat_id, part)) for part in parts]
        if message.keyboard:  # buttons go under the last part
            rows[-1][1]["reply_markup"] = message.keyboard
    new = 0
    for index, (method, params) in enumerate(rows):
        params.update(message.extra)
        key = message.key if index == 0 else f"{message.key}#{index}"
        cursor = db.execute(
            "INSERT OR IGNORE INTO outbox (dedupe_key, chat_id, method, params, ticket_id, state,"
            " attempts, not_before, created_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
            [key, message.chat_id, method, dumps(params), message.ticket_id, iso(now), iso(now)],
        )
        new += cursor.rowcount
    return new


def _text_params(chat_id: int, text: str) -> dict[str, Any]:
    return {"chat_id": chat_id, "text": text, "parse_mode": PARSE_MODE,
            "link_preview_options": {"is_disabled": True}}


@dataclass(frozen=True)
class Queued:
    id: int
    chat_id: int
    method: str
    params_json: str
    attempts: int
    state: str

    @property
    def params(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.params_json)
        return value


def due(db: Database, now: dt.datetime, window: int = 200) -> list[Queued]:
    """The oldest queued message of each chat, if its time has come; oldest first.

    Only a chat's oldest message may go, so a message waiting out a retry is never overtaken by
    a younger one to the same chat. Looks at the `window` oldest queued rows (an index range).
    """
    rows = db.execute(
        "SELECT id, chat_id, not_before FROM outbox WHERE state IN ('pending', 'sending')"
        " ORDER BY id LIMIT ?", [window]).fetchall()
    cutoff = iso(now)
    seen: set[int] = set()
    ready = []
    for row_id, chat_id, not_before in rows:
        if chat_id not in seen:
            seen.add(chat_id)
            if not_before <= cutoff:
                ready.append(row_id)
    if not ready:
        return []
    found = db.execute(
        "SELECT id, chat_id, method, params, attempts, state FROM outbox WHERE id IN"
        f" ({', '.join('?' * len(ready))}) ORDER BY id", ready).fetchall()
    return [Queued(*row) for row in found]


def next_due_at(db: Database) -> dt.datetime | None:
    row = next(iter(db.query(
        "SELECT min(not_before) AS at FROM outbox WHERE state IN ('pending', 'sending')")), None)
    return dt.datetime.fromisoformat(row["at"]) if row and row["at"] else None


def mark_sending(db: Database, row_id: int) -> None:
    """Recorded before the request: a row still 'sending' after a crash may have been delivered."""
    db.execute("UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?",
               [row_id])


def mark_sent(db: Database, done: list[tuple[int, int | None, dt.datetime]]) -> None:
    """Record deliveries: (row id, Telegram message id, when)."""
    db.conn.executemany("UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?, error = NULL"
                   " WHERE id = ?", [(iso(at), message_id, row_id)
                                     for row_id, message_id, at in done])


def mark_retry(db: Database, row_id: int, at: dt.datetime, error: str, *, ambiguous: bool = False
               ) -> None:
    """Try again at `at`; `ambiguous` keeps 'sending' so the resend is marked as a possible duplicate."""
    db.execute("UPDATE outbox SET state = ?, not_before = ?, error = ? WHERE id = ?",
               ["sending" if ambiguous else "pending", iso(at), error[:500], row_id])


def mark_failed(db: Database, row_id: int, error: str) -> None:
    db.execute("UPDATE outbox SET state = 'failed', error = ? WHERE id = ?", [error[:500], row_id])


def fail_chat(db: Database, chat_id: int, error: str) -> int:
    """Give up every queued message to a chat that blocked the bot."""
    return db.execute("UPDATE outbox SET state = 'failed', error = ? WHERE chat_id = ?"
                      " AND state IN ('pending', 'sending')", [error, chat_id]).rowcount


def ticket_for_message(db: Database, chat_id: int, message_id: int) -> int | None:
    """The ticket a sent bot message was about (for replies to it)."""
    row = next(iter(db.query("SELECT ticket_id FROM outbox WHERE chat_id = ? AND message_id = ?"
                             " AND ticket_id IS NOT NULL", [chat_id, message_id])), None)
    return row["ticket_id"] if row else None
