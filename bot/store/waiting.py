"""What waits for someone who has just joined (/join): their unit's tickets to sign and in
hand, or for a supervisor the extension requests to approve and the tickets overdue."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from bot.store.tickets import OPEN_SQL, listed, overdue

__all__ = ["Waiting", "for_staff", "for_supervisor"]


@dataclass(frozen=True)
class Waiting:
    """Counts of what waits: `unsigned` (staff: 待签收), `open` (staff: in hand, unsigned
    included), `extensions` (supervisors: the numbers of tickets whose 延期 awaits /approve),
    `overdue` (supervisors: open tickets past their deadline)."""

    unsigned: int = 0
    open: int = 0
    extensions: tuple[str, ...] = ()
    overdue: int = 0


def for_staff(db: Database, units: list[str], now: dt.datetime) -> Waiting:
    """What the unit's (or units') new staff member finds waiting."""
    return Waiting(unsigned=listed(db, "new", units, now, 0)[1],
                   open=listed(db, "open", units, now, 0)[1])


def for_supervisor(db: Database, now: dt.datetime) -> Waiting:
    """What a new supervisor finds waiting."""
    asked = tuple(r["number"] for r in db.query(
        f"SELECT number FROM tickets WHERE {OPEN_SQL} AND (coalesce(extension_days, 0) > 0"
        " OR extension_until IS NOT NULL) ORDER BY id"))
    return Waiting(extensions=asked, overdue=overdue(db, now, 0)[1])
