"""The persistent outbox: every message the bot sends is a row first, so nothing is lost.

Actions queue their messages inside their own transaction (the reply commits with the change it
reports; see bot.actions.desk). The delivery loop (handlers/delivery.py) claims due rows, sends
them and records the outcome. A dedupe key per message makes queueing idempotent, so a replayed
update or a repeated tick never sends the same thing twice.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.domain.tickets import iso
from bot.store.db import dumps

RETRY_LIMIT = 12  # ~ an hour of backoff for one message before it is given up


def insert(db: Database, key: str, chat_id: int, method: str, params: dict[str, Any],
           ticket_id: int | None, now: dt.datetime, not_before: dt.datetime | None = None
           ) -> bool:
    """Queue one Bot API call; False when a row with this key exists (then nothing changes)."""
    return bool(db.execute(
        "INSERT OR IGNORE INTO outbox (dedupe_key, chat_id, method, params, ticket_id, state,"
        " attempts, not_before, created_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
        [key, chat_id, method, dumps(params), ticket_id, iso(not_before or now), iso(now)],
    ).rowcount)


def replace_waiting(db: Database, key: str, method: str, params: dict[str, Any],
                    now: dt.datetime) -> bool:
    """Rewrite a queued call that may not go yet (an album still gathering its items); False
    when there is none, or it is due or gone already."""
    return bool(db.execute(
        "UPDATE outbox SET method = ?, params = ? WHERE dedupe_key = ? AND state = 'pending'"
        " AND attempts = 0 AND not_before > ?", [method, dumps(params), key, iso(now)]).rowcount)


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


def counts(db: Database) -> dict[str, int]:
    """Messages in the outbox by delivery state."""
    return {r["state"]: r["n"] for r in db.query(
        "SELECT state, count(*) AS n FROM outbox GROUP BY state ORDER BY state")}
