"""SQLite storage: schema migrations, connection settings, the single-instance lock, backup.

One writer (the bot process) holds the database; WAL with synchronous=FULL, so a committed row
survives a crash or power loss. Callers group writes in `store.atomic()` and never `await` inside
one (a transaction must not span an event-loop switch).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import logging
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlite_utils import Database, Migrations

log = logging.getLogger(__name__)
migrations = Migrations("jinlaiban")
STORAGE_RETRY_CAP = 10.0  # seconds between attempts while the database refuses writes


@migrations()
def m001_initial(db: Database) -> None:
    """Create tickets, the audit log, people, invites, inbox and outbox."""
    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("inbox").create(
        {"update_id": int, "payload": str, "received_at": str, "processed_at": str, "error": str},
        pk="update_id",
    )
    db.table("inbox").create_index(["processed_at", "update_id"])
    db.table("day_counters").create({"day": str, "seq": int}, pk="day")
    db.table("tickets").create(
        {
            "id": int,
            "number": str,
            "source_key": str,  # "tg:CHAT:MESSAGE" or "log:UPDATE": makes intake idempotent
            "citizen_id": int,  # Telegram user id of the citizen, 0 for offline demands
            "chat_id": int,  # where updates about the ticket go (citizen, or logging staff)
            "citizen_name": str,
            "channel": str,  # telegram | offline
            "logged_by": int,
            "text": str,
            "unit": str,
            "state": str,
            "urgent": int,
            "overdue": int,
            "project": int,
            "keywords": str,
            "confidence": float,
            "received_at": str,  # ISO 8601, UTC
            "accepted_at": str,
            "resolved_at": str,
            "closed_at": str,
            "deadline": str,
            "result": str,
            "measures": str,
            "plan": str,
            "reopen_count": int,
            "transfer_count": int,
            "urge_count": int,
            "extension_days": int,
            "extension_reason": str,
            "extension_by": int,
            "contacted": int,
            "solved": int,
            "rating": str,
            "rated_at": str,
        },
        pk="id",
        defaults={
            "urgent": 0, "overdue": 0, "project": 0, "reopen_count": 0, "transfer_count": 0,
            "urge_count": 0, "citizen_id": 0, "logged_by": 0,
        },
        not_null={"number", "source_key", "text", "unit", "state", "received_at"},
    )
    db.table("tickets").create_index(["number"], unique=True)
    db.table("tickets").create_index(["source_key"], unique=True)
    db.table("tickets").create_index(["citizen_id", "id"])
    db.table("tickets").create_index(["unit", "state"])
    db.table("tickets").create_index(["state", "deadline"])
    db.table("tickets").create_index(["received_at"])
    db.table("events").create(
        {
            "id": int,
            "ticket_id": int,
            "at": str,
            "actor_id": int,
            "actor_role": str,
            "action": str,
            "old": str,
            "new": str,
            "detail": str,
        },
        pk="id",
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    db.table("events").create_index(["ticket_id", "id"])
    db.table("events").create_index(["action", "at"])
    # The audit log is append-only: the database itself refuses edits and deletions.
    db.executescript(
        """
        CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
        """
    )
    db.table("attachments").create(
        {"id": int, "ticket_id": int, "kind": str, "file_id": str, "data": str, "at": str},
        pk="id",
        foreign_keys=[("ticket_id", "tickets", "id")],
    )
    db.table("attachments").create_index(["ticket_id"])
    db.table("people").create(
        {
            "user_id": int,
            "first_name": str,
            "username": str,
            "role": str,  # citizen | staff | supervisor
            "unit": str,
            "phone": str,
            "unreachable_at": str,
            "last_ticket_id": int,
            "last_ticket_at": str,
            "updated_at": str,
        },
        pk="user_id",
        defaults={"role": "citizen"},
    )
    db.table("invites").create(
        {
            "code": str, "role": str, "unit": str, "created_at": str, "expires_at": str,
            "used_by": int, "used_at": str,
        },
        pk="code",
    )
    db.table("join_failures").create({"user_id": int, "at": str})
    db.table("join_failures").create_index(["user_id", "at"])
    db.table("outbox").create(
        {
            "id": int,
            "dedupe_key": str,
            "chat_id": int,
            "method": str,
            "params": str,  # Bot API parameters as JSON, already rendered and escaped
            "ticket_id": int,
            "state": str,  # pending | sending | sent | failed
            "attempts": int,
            "not_before": str,
            "created_at": str,
            "sent_at": str,
            "message_id": int,
            "error": str,
        },
        pk="id",
        defaults={"attempts": 0, "state": "pending"},
    )
    db.table("outbox").create_index(["dedupe_key"], unique=True)
    db.table("outbox").create_index(["state", "id"])
    db.table("outbox").create_index(["chat_id", "message_id"])
    db.table("due_done").create({"key": str, "at": str}, pk="key")



@migrations()
def m002_followup(db: Database) -> None:
    """Follow-up: the 督办 deadline column and indexes for due work, rates, digest and ledger."""
    db.table("tickets").add_column("urge_deadline", str)  # 限期办结 set by the latest 督办通知书
    db.executescript(
        """
        -- Open tickets by deadline (reminders, overdue, 督办, 约谈/通报, overdue counts by unit):
        -- partial, so the work per tick follows the open tickets, not the whole history.
        CREATE INDEX tickets_open_deadline ON tickets (deadline, unit)
            WHERE state IN ('new', 'accepted', 'reopened');
        CREATE INDEX tickets_resolved_at ON tickets (resolved_at, unit, deadline);
        -- Tickets awaiting the satisfaction visit (回访) or its answer.
        CREATE INDEX tickets_awaiting_visit ON tickets (resolved_at) WHERE state = 'resolved';
        CREATE INDEX tickets_rated_at ON tickets (rated_at, unit, rating, solved);
        CREATE INDEX tickets_closed_at ON tickets (closed_at, unit);
        CREATE INDEX tickets_received_unit ON tickets (received_at, unit, accepted_at, state);
        """
    )

class InstanceLocked(Exception):
    """Another bot process holds this database."""


class Store:
    """The database of one county: a sqlite-utils Database with this project's settings."""

    def __init__(self, db: Database, lock: IO[bytes] | None = None) -> None:
        self.db = db
        self._lock = lock

    @classmethod
    def open(cls, path: Path, *, exclusive: bool = False) -> Store:
        """Open (creating and migrating) the database; `exclusive` takes the one-instance lock."""
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = None
        if exclusive:
            lock = (path.parent / (path.name + ".lock")).open("ab")
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                lock.close()
                raise InstanceLocked(str(path)) from None
        conn = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        return cls._prepare(Database(conn), lock)

    @classmethod
    def memory(cls) -> Store:
        """An in-memory store for tests."""
        return cls._prepare(Database(memory=True), None)

    @classmethod
    def _prepare(cls, db: Database, lock: IO[bytes] | None) -> Store:
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA busy_timeout=30000")
        migrations.apply(db)
        return cls(db, lock)

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """One transaction; never `await` inside it."""
        with self.db.atomic() as db:
            yield db

    def query(self, sql: str, params: Any = ()) -> list[dict[str, Any]]:
        return list(self.db.query(sql, params))

    def one(self, sql: str, params: Any = ()) -> dict[str, Any] | None:
        return next(iter(self.db.query(sql, params)), None)

    def get_meta(self, key: str, default: str = "") -> str:
        row = self.one("SELECT value FROM meta WHERE key = ?", [key])
        return row["value"] if row else default

    def set_meta(self, key: str, value: str) -> None:
        self.db.table("meta").upsert({"key": key, "value": value}, pk="key")

    def backup(self, target: Path) -> None:
        """Write a consistent copy of the live database to `target` (safe while the bot runs)."""
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        partial.unlink(missing_ok=True)
        with contextlib.closing(sqlite3.connect(str(partial))) as copy:
            self.db.conn.backup(copy)
        os.replace(partial, target)


class StorageWatch:
    """Whether the database takes writes, as the running bot's loops find out (disk full,
    read-only file): one alert line per outage, whichever loop meets it first."""

    def __init__(self) -> None:
        self.failures = 0

    def failed(self, doing: str, exc: Exception) -> float:
        """Note a refused write; returns how long to wait before trying again."""
        self.failures += 1
        if self.failures == 1:
            log.error("ALERT database not writable while %s (%s): updates stay unconfirmed at"
                      " Telegram and replies wait; retrying until it takes writes again",
                      doing, exc)
        return min(STORAGE_RETRY_CAP, 2.0 ** min(self.failures - 1, 8))

    def wrote(self) -> None:
        """A write went through: the outage, if there was one, is over."""
        if self.failures:
            log.warning("database writable again after %d refused writes; resuming",
                        self.failures)
            self.failures = 0


def dumps(value: Any) -> str:
    """JSON for storage: compact, keeps Chinese readable.

    A lone surrogate (a forged or broken client) cannot be stored as UTF-8: such a value is
    written with \\u escapes instead, so one bad update can never stop the inbox.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = json.dumps(value, separators=(",", ":"))
    return text
