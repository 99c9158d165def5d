"""Transfers (退单/改派) as the audit log holds them: each is an event "transfer", old = the unit
it left, new = the unit it went to."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.config import FALLBACK_UNIT
from bot.domain.tickets import State, iso

_SETTLED = (State.ACCEPTED.value, State.RESOLVED.value, State.CLOSED.value)


def moved_from(db: Database, ticket_id: int, unit: str) -> str | None:
    """When the ticket last left `unit` (ISO), or None if it never did."""
    went = left(db, ticket_id, unit)
    return went[0] if went else None


def edited_pushes(db: Database, ticket_id: int, unit: str, arrival: int) -> list[tuple[int, int]]:
    """(chat, message id) of `unit`'s delivered new-ticket pushes of the ticket, those of its
    arrival after `arrival` transfers, that were edited already (签收 noted on them): a
    transfer's note is a second edit of its own."""
    return [(r["chat_id"], r["message_id"]) for r in db.query(
        "SELECT p.chat_id, p.message_id FROM outbox p WHERE p.dedupe_key LIKE ?"
        " AND p.message_id IS NOT NULL AND EXISTS (SELECT 1 FROM outbox e WHERE"
        " e.dedupe_key = 'unbutton:' || p.chat_id || ':' || p.message_id)",
        [f"unit:{ticket_id}:new:{unit}:{arrival}:%"])]


def left(db: Database, ticket_id: int, unit: str) -> tuple[str, str] | None:
    """When and how the ticket last left `unit`: (ISO time, event) — "transfer" (passed on),
    "routed" (the citizen's edited words sent it elsewhere before anyone signed it) or "picked"
    (the citizen chose a unit at the hotline) — or None if it never did."""
    row = next(iter(db.query("SELECT at, action FROM events WHERE ticket_id = ? AND old = ?"
                             " AND action IN ('transfer', 'routed', 'picked')"
                             " ORDER BY id DESC LIMIT 1", [ticket_id, unit])), None)
    return (row["at"], row["action"]) if row else None


def bounces(db: Database, ticket_id: int) -> int:
    """Transfers between units since the ticket last left manual dispatch."""
    row = next(iter(db.query(
        "SELECT count(*) AS n FROM events WHERE ticket_id = ? AND action = 'transfer'"
        " AND old != ? AND id > coalesce((SELECT max(id) FROM events WHERE ticket_id = ?"
        " AND action = 'transfer' AND old = ?), 0)",
        [ticket_id, FALLBACK_UNIT, ticket_id, FALLBACK_UNIT])))
    return int(row["n"])


def transfer_events(db: Database, since: dt.datetime | None = None) -> list[dict[str, Any]]:
    """Every transfer with its ticket's number and text, oldest first."""
    return list(db.query(
        "SELECT t.number, t.text, e.old, e.new, e.detail, e.at FROM events e"
        " JOIN tickets t ON t.id = e.ticket_id WHERE e.action = 'transfer' AND e.at >= ?"
        " ORDER BY e.id", [iso(since) if since else ""]))


def settled_after_transfer(db: Database) -> list[tuple[str, str]]:
    """(text, unit) of transferred tickets the receiving unit took on (accepted, resolved or
    closed there, not parked at `hotline`)."""
    rows = db.query(
        "SELECT text, unit FROM tickets WHERE transfer_count > 0 AND unit != ?"
        " AND state IN (?, ?, ?) ORDER BY id", [FALLBACK_UNIT, *_SETTLED])
    return [(r["text"], r["unit"]) for r in rows]


def open_after_transfer(db: Database) -> int:
    """How many transferred tickets are still open, unsettled (waiting for 签收, or parked at
    `hotline`): `settled_after_transfer` leaves them out."""
    return int(db.execute(
        "SELECT count(*) FROM tickets WHERE transfer_count > 0 AND state != ? AND"
        " (unit = ? OR state NOT IN (?, ?, ?))",
        [State.WITHDRAWN.value, FALLBACK_UNIT, *_SETTLED]).fetchone()[0])
