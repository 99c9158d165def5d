"""Ticket persistence: numbering, creation, audited changes, lookups. Call inside a transaction."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.calendar import WorkCalendar
from bot.config import Config
from bot.store import dumps
from bot.tickets import State, Ticket, deadline_for, format_number, iso, next_state


def calendar_of(config: Config) -> WorkCalendar:
    return WorkCalendar(config.county.tz, config.calendar.holidays, config.calendar.workdays)


def next_number(db: Database, day: dt.date) -> str:
    key = day.isoformat()
    db.execute(
        "INSERT INTO day_counters (day, seq) VALUES (?, 1)"
        " ON CONFLICT(day) DO UPDATE SET seq = seq + 1", [key])
    seq = next(iter(db.query("SELECT seq FROM day_counters WHERE day = ?", [key])))["seq"]
    return format_number(day, seq)


def log_event(
    db: Database, ticket_id: int, now: dt.datetime, actor_id: int, actor_role: str, action: str,
    old: str | None = None, new: str | None = None, detail: str | None = None,
) -> None:
    """Append to the audit log: who, when, what, old → new."""
    db.execute(
        "INSERT INTO events (ticket_id, at, actor_id, actor_role, action, old, new, detail)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [ticket_id, iso(now), actor_id, actor_role, action, old, new, detail],
    )


def by_source(db: Database, source_key: str) -> Ticket | None:
    row = next(iter(db.query("SELECT * FROM tickets WHERE source_key = ?", [source_key])), None)
    return Ticket.from_row(row) if row else None


def by_id(db: Database, ticket_id: int) -> Ticket | None:
    row = next(iter(db.query("SELECT * FROM tickets WHERE id = ?", [ticket_id])), None)
    return Ticket.from_row(row) if row else None


def by_number(db: Database, number: str) -> Ticket | None:
    row = next(iter(db.query("SELECT * FROM tickets WHERE number = ?", [number])), None)
    return Ticket.from_row(row) if row else None


def create(
    db: Database, config: Config, *, source_key: str, citizen_id: int, chat_id: int,
    citizen_name: str, text: str, unit: str, urgent: bool, keywords: list[str],
    confidence: float, now: dt.datetime, channel: str = "telegram", logged_by: int = 0,
    actor_role: str = "citizen",
) -> Ticket:
    """A new ticket, numbered by its day of receipt in county time, with its deadline."""
    number = next_number(db, now.astimezone(config.county.tz).date())
    deadline = deadline_for(now, urgent, config.deadlines, calendar_of(config))
    row = {
        "number": number, "source_key": source_key, "citizen_id": citizen_id,
        "chat_id": chat_id, "citizen_name": citizen_name, "channel": channel,
        "logged_by": logged_by, "text": text, "unit": unit, "state": State.NEW.value,
        "urgent": int(urgent), "keywords": dumps(keywords), "confidence": confidence,
        "received_at": iso(now), "deadline": iso(deadline),
    }
    ticket_id = db.execute(  # plain SQL: Table.insert re-reads the schema on every call
        f"INSERT INTO tickets ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
        list(row.values()),
    ).lastrowid
    assert ticket_id is not None
    actor = logged_by or citizen_id
    log_event(db, ticket_id, now, actor, actor_role, "created", None, State.NEW.value, text)
    log_event(db, ticket_id, now, actor, "system", "routed", None, unit, " ".join(keywords))
    ticket = by_id(db, ticket_id)
    assert ticket is not None
    return ticket


def update(
    db: Database, ticket: Ticket, now: dt.datetime, actor_id: int, actor_role: str, action: str,
    changes: dict[str, Any], detail: str | None = None, old: str | None = None,
    new: str | None = None,
) -> Ticket:
    """Apply column changes and log them as one audited event."""
    if changes:
        db.table("tickets").update(ticket.id, changes)
    log_event(db, ticket.id, now, actor_id, actor_role, action, old, new, detail)
    updated = by_id(db, ticket.id)
    assert updated is not None
    return updated


def transition(
    db: Database, ticket: Ticket, action: str, now: dt.datetime, actor_id: int, actor_role: str,
    changes: dict[str, Any] | None = None, detail: str | None = None,
) -> Ticket:
    """Move a ticket through the state machine (TransitionError when not allowed)."""
    target = next_state(action, ticket.state)
    return update(
        db, ticket, now, actor_id, actor_role, action,
        {"state": target.value, **(changes or {})}, detail, ticket.state.value, target.value,
    )


def history(db: Database, ticket_id: int) -> list[dict[str, Any]]:
    return list(db.query("SELECT * FROM events WHERE ticket_id = ? ORDER BY id", [ticket_id]))


def of_citizen(db: Database, citizen_id: int, limit: int = 20) -> list[Ticket]:
    rows = db.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id DESC LIMIT ?",
                    [citizen_id, limit])
    return [Ticket.from_row(r) for r in rows]


def add_attachment(db: Database, ticket_id: int, kind: str, file_id: str | None,
                   data: dict[str, Any], now: dt.datetime) -> None:
    db.table("attachments").insert({"ticket_id": ticket_id, "kind": kind, "file_id": file_id,
                              "data": dumps(data), "at": iso(now)})
