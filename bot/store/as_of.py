"""What was open at a moment, by the audit log: the digest's 在办, 逾期, 待人工分拨, 紧急事项 and
约谈/通报 as they stood at its `[digest] time`, however long after it is built (a day whose
digest was never issued, printed weeks later, shows that day's state, not today's).

A ticket with no event since the moment (every one, for a digest built on time) reads its own
columns, from the index over open tickets. Only those that moved since replay the log: open
unless its last 办结, 销号 or 撤回 before then was not followed by a 重办; held by the unit of
its last routing, pick or transfer before then; signed (签收) if that unit accepted it before
then; its deadline then the one the first later event names as in force — a 延期's old one, a
办结's deadline held to, the one it went overdue at — or else its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.domain.tickets import iso
from bot.store.tickets import OPEN_SQL, UNIT_EVENTS

_UNITS = ", ".join(repr(a) for a in UNIT_EVENTS)
# Audit events after which a ticket's state, unit, 签收 or deadline may differ from before.
_MOVING = ", ".join(repr(a) for a in (*UNIT_EVENTS, "accept", "resolve", "close", "withdraw",
                                      "reopen", "approve", "overdue", "overdue_cleared"))
_COLUMNS = "t.id, t.number, t.urgent"
# When ticket `t` came to the unit holding it at a moment (the one `?` it takes): its last pick,
# transfer or routing from another unit before then, else its receipt. That unit's time to sign
# (`accept_hours`) counts from then, in the digest's 超时未签收 and the 响应率 alike.
ARRIVED = (f"coalesce((SELECT max(a.at) FROM events a WHERE a.ticket_id = t.id AND a.action IN"
           f" ({_UNITS}) AND a.old IS NOT NULL AND a.at < ?), t.received_at)")


def open_at(db: Database, at: dt.datetime) -> list[dict[str, Any]]:
    """Tickets open at `at`, received before it, in order of receipt: id, number, unit (the one
    holding it then), deadline (in force then), signed (签收 by that unit then: 0 or 1), urgent,
    arrived (when that unit got it: its receipt, or the pick or transfer that brought it).
    Their texts are read by `texts_of` for the few a digest lists."""
    # Moments are stored to the second: what was stamped in `at`'s second had happened by then.
    when = iso(at.replace(microsecond=0) + dt.timedelta(seconds=1))
    moved = f"SELECT ticket_id FROM events WHERE action IN ({_MOVING}) AND at >= ?"
    last_unit = (f"(SELECT max(u.id) FROM events u WHERE u.ticket_id = t.id AND u.action IN"
                 f" ({_UNITS}) AND u.at < ?)")
    unit = (f"coalesce((SELECT e.new FROM events e WHERE e.ticket_id = t.id AND e.action IN"
            f" ({_UNITS}) AND e.at < ? ORDER BY e.id DESC LIMIT 1), t.unit)")
    signed = (f"EXISTS (SELECT 1 FROM events a WHERE a.ticket_id = t.id AND a.action = 'accept'"
              f" AND a.at < ? AND a.id > coalesce({last_unit}, 0))")
    open_then = (
        "coalesce((SELECT s.action FROM events s WHERE s.ticket_id = t.id AND s.action IN"
        " ('resolve', 'close', 'withdraw', 'reopen') AND s.at < ? ORDER BY s.id DESC LIMIT 1),"
        " 'reopen') = 'reopen'")
    deadline = (
        "coalesce((SELECT CASE d.action WHEN 'approve' THEN d.old WHEN 'resolve' THEN d.deadline"
        " ELSE d.detail END FROM events d WHERE d.ticket_id = t.id AND d.at >= ? AND d.action IN"
        " ('approve', 'resolve', 'overdue', 'overdue_cleared') ORDER BY d.id LIMIT 1), t.deadline)")
    # `+received_at`: the open tickets are found by the index over open states, not by every
    # ticket received before (which is nearly all of them).
    rows = [*db.query(
        f"SELECT {_COLUMNS}, t.received_at, t.unit, t.deadline, t.state != 'new' AS signed,"
        f" {ARRIVED} AS arrived FROM tickets t WHERE {OPEN_SQL} AND +t.received_at < ?"
        f" AND t.id NOT IN ({moved})",
        [when, when, when],
    ), *db.query(
        f"SELECT {_COLUMNS}, t.received_at, {unit} AS unit, {deadline} AS deadline,"
        f" {signed} AS signed, {ARRIVED} AS arrived FROM tickets t WHERE t.id IN ({moved})"
        f" AND t.received_at < ? AND {open_then}",
        [when, when, when, when, when, when, when, when],
    )]
    return sorted(rows, key=lambda r: (r["received_at"], r["id"]))


def texts_of(db: Database, ids: list[int]) -> dict[int, dict[str, Any]]:
    """id → text, citizen_name, names of these tickets."""
    marks = ", ".join("?" * len(ids))
    return {row["id"]: row for row in db.query(
        f"SELECT id, text, citizen_name, names FROM tickets WHERE id IN ({marks})", ids)}
