"""What the follow-up loop finds due, and its once-only claims.

Each item of follow-up work is claimed by a key in `due_done` in the same transaction as the
messages it queues; keys carry the deadline or 办结 time they are about, so an extension or a 重办
starts a fresh cycle.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.domain.tickets import Ticket, iso, parse_time
from bot.store.tickets import OPEN_SQL, UNIT_EVENTS

_UNIT_EVENTS = ", ".join(repr(a) for a in UNIT_EVENTS)


def claim(db: Database, key: str, now: dt.datetime) -> bool:
    """Mark `key` done in the caller's transaction; False if it already was."""
    return bool(db.execute("INSERT OR IGNORE INTO due_done (key, at) VALUES (?, ?)",
                           [key, iso(now)]).rowcount)


def last_done(db: Database, prefix: str) -> str | None:
    """The greatest key done with `prefix`, without it (keys sort as their dates do)."""
    row = next(iter(db.query("SELECT max(key) AS key FROM due_done WHERE key >= ? AND key < ?",
                             [prefix, prefix + "\uffff"])), None)
    return row["key"][len(prefix):] if row and row["key"] else None


def is_done(db: Database, key: str) -> bool:
    return next(iter(db.query("SELECT 1 FROM due_done WHERE key = ?", [key])), None) is not None


def done_at(db: Database, key: str) -> dt.datetime | None:
    """When the work under `key` was done, if it was."""
    row = next(iter(db.query("SELECT at FROM due_done WHERE key = ?", [key])), None)
    return parse_time(row["at"]) if row else None


def open_due(db: Database, prefix: str, before: dt.datetime, after: dt.datetime | None = None
             ) -> list[tuple[str, Ticket]]:
    """Open tickets (with their stored deadline) due in (after, before], `prefix` step not done."""
    sql = (f"SELECT * FROM tickets AS t WHERE {OPEN_SQL} AND deadline <= ?"
           + (" AND deadline > ?" if after else "")
           + " AND NOT EXISTS (SELECT 1 FROM due_done WHERE key = ? || t.id || ':' || t.deadline)"
           " ORDER BY deadline, id")
    params = [iso(before), *([iso(after)] if after else []), f"{prefix}:"]
    return [(row["deadline"], Ticket.from_row(row)) for row in db.query(sql, params)]


def urged_late(db: Database, prefix: str, now: dt.datetime) -> list[tuple[str, Ticket]]:
    """Open tickets past their deadline (as of `now`) that a 督办 gave a later 限期办结, the
    `prefix` step not done for that deadline: (deadline as stored, ticket)."""
    rows = db.query(
        f"SELECT * FROM tickets AS t WHERE {OPEN_SQL} AND deadline <= ? AND urge_deadline > deadline"
        " AND NOT EXISTS (SELECT 1 FROM due_done WHERE key = ? || t.id || ':' || t.deadline)"
        " ORDER BY deadline, id", [iso(now), f"{prefix}:"])
    return [(row["deadline"], Ticket.from_row(row)) for row in rows]


def urge_missed(db: Database, now: dt.datetime, after: dt.datetime) -> list[tuple[str, Ticket]]:
    """Open tickets whose 督办 限期办结 passed in (after, now] while still in force (not before
    the deadline: an approved 延期 since replaced it), `missed` not done for that limit:
    (limit as stored, ticket)."""
    rows = db.query(
        f"SELECT * FROM tickets AS t WHERE {OPEN_SQL} AND deadline <= ? AND urge_deadline <= ?"
        " AND urge_deadline > ? AND urge_deadline >= deadline AND NOT EXISTS"
        " (SELECT 1 FROM due_done WHERE key = 'missed:' || t.id || ':' || t.urge_deadline)"
        " ORDER BY urge_deadline, id", [iso(now), iso(now), iso(after)])
    return [(row["urge_deadline"], Ticket.from_row(row)) for row in rows]


def urge_missed_untold(db: Database, now: dt.datetime) -> list[tuple[str, Ticket]]:
    """Open tickets whose 督办 gave a 限期办结 after the deadline, told as missed (`missed`
    done for it) and still in force at `now`, their citizen not yet told (`told_missed`):
    (limit as stored, ticket)."""
    rows = db.query(
        f"SELECT * FROM tickets AS t WHERE {OPEN_SQL} AND urge_deadline <= ?"
        " AND urge_deadline > deadline"
        " AND EXISTS (SELECT 1 FROM due_done WHERE key = 'missed:' || t.id || ':' || t.urge_deadline)"
        " AND NOT EXISTS (SELECT 1 FROM due_done"
        " WHERE key = 'told_missed:' || t.id || ':' || t.urge_deadline)"
        " ORDER BY urge_deadline, id", [iso(now)])
    return [(row["urge_deadline"], Ticket.from_row(row)) for row in rows]


def unsigned(db: Database, before: dt.datetime, after: dt.datetime, manual: str,
             prefix: str = "unsigned", urgent_only: bool = False
             ) -> list[tuple[str | None, Ticket]]:
    """Tickets awaiting their unit's 签收 (state new, handed to a unit: not waiting for words,
    not at the `manual` dispatch desk) that reached that unit in (after, before] and were never
    reminded there: (when a routing, pick or transfer from another unit brought it there, as
    stored, or None when it has been there since receipt; ticket). A ticket passed on is the
    new unit's to sign: its reminder is claimed under that moment (`unsigned:ID:MOMENT`).
    An urgent ticket at the `manual` desk is the hotline's to sign or pass on at once: it is
    found too. `prefix`: the claim looked for (`unsigned_alert`: the supervisors' alert);
    `urgent_only`: urgent tickets alone."""
    moved = (f"(SELECT max(e.at) FROM events e WHERE e.ticket_id = t.id AND e.action IN"
             f" ({_UNIT_EVENTS}) AND e.old IS NOT NULL)")
    rows = db.query(
        f"SELECT * FROM (SELECT t.*, {moved} AS moved FROM tickets t WHERE state = 'new'"
        " AND pending_until IS NULL AND (unit != ? OR urgent = 1)"
        + (" AND urgent = 1" if urgent_only else "") + ") AS t"
        " WHERE coalesce(moved, received_at) <= ? AND coalesce(moved, received_at) > ?"
        " AND NOT EXISTS (SELECT 1 FROM due_done WHERE key = ? || t.id"
        " || coalesce(':' || moved, '')) ORDER BY coalesce(moved, received_at), id",
        [manual, iso(before), iso(after), f"{prefix}:"])
    return [(row["moved"], Ticket.from_row(row)) for row in rows]


def overdue_moved(db: Database, now: dt.datetime) -> list[Ticket]:
    """Tickets flagged overdue whose deadline an extension moved back into the future."""
    rows = db.query(f"SELECT * FROM tickets WHERE {OPEN_SQL} AND deadline > ? AND overdue = 1",
                    [iso(now)])
    return [Ticket.from_row(row) for row in rows]


def visits_due(db: Database, before: dt.datetime) -> list[tuple[str, Ticket]]:
    """Resolved tickets whose 回访 is due (办结 before `before`) and not yet asked:
    (resolved_at as stored, ticket)."""
    rows = db.query(
        "SELECT * FROM tickets AS t INDEXED BY tickets_awaiting_visit"
        " WHERE state = 'resolved' AND resolved_at <= ? AND NOT EXISTS"
        " (SELECT 1 FROM due_done WHERE key = 'visit:' || t.id || ':' || t.resolved_at)"
        " ORDER BY resolved_at, id", [iso(before)])
    return [(row["resolved_at"], Ticket.from_row(row)) for row in rows]


def awaiting_visit(db: Database) -> list[Ticket]:
    """Every resolved ticket (its 回访 due, asked or waiting for the supervisors), oldest first."""
    rows = db.query("SELECT * FROM tickets INDEXED BY tickets_awaiting_visit"
                    " WHERE state = 'resolved' ORDER BY id")
    return [Ticket.from_row(row) for row in rows]


def visits_unanswered(db: Database, asked_before: dt.datetime) -> list[Ticket]:
    """Resolved tickets whose 回访 was asked before `asked_before` and never concluded."""
    rows = db.query(
        "SELECT * FROM tickets AS t INDEXED BY tickets_awaiting_visit WHERE state = 'resolved'"
        " AND (SELECT at FROM due_done WHERE key = 'visit:' || t.id || ':' || t.resolved_at) <= ?"
        " ORDER BY id", [iso(asked_before)])
    return [Ticket.from_row(row) for row in rows]


def waiting_expired(db: Database, now: dt.datetime) -> list[Ticket]:
    """Tickets opened by media without words whose wait for a description is over."""
    rows = db.query("SELECT * FROM tickets WHERE pending_until IS NOT NULL AND pending_until <= ?"
                    " ORDER BY id", [iso(now)])
    return [Ticket.from_row(row) for row in rows]
