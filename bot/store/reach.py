"""Whether the bot could write to a ticket's citizen: the `unreachable` events its audit log
holds and the `reachable` ones that end them, when the citizen is back (bot.actions.unreachable,
bot.actions.visit). An `unreachable` event whose `new` is NO_PHONE says the citizen had left no
phone either: nobody could reach them (the digest's 无法联系, bot.reports.digest)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.domain.tickets import iso

NO_PHONE = "no_phone"

_SINCE_RESOLVE = ("coalesce((SELECT max(id) FROM events WHERE ticket_id = ? AND action = 'resolve'),"
                  " 0)")


def _latest(db: Database, ticket_id: int, since_resolve: bool) -> str | None:
    """The latest of the ticket's `unreachable` and `reachable` events (since its 办结)."""
    since = _SINCE_RESOLVE if since_resolve else "0"
    params = [ticket_id, ticket_id] if since_resolve else [ticket_id]
    row = db.execute(
        "SELECT action FROM events WHERE ticket_id = ? AND action IN ('unreachable',"
        f" 'reachable') AND id > {since} ORDER BY id DESC LIMIT 1", params).fetchone()
    return row[0] if row else None


def unreached_since_resolve(db: Database, ticket_id: int) -> bool:
    """The bot could not write to the ticket's citizen since its latest 办结, and they are not
    back (then its 回访 is a phone call, recorded by the supervisors)."""
    return _latest(db, ticket_id, True) == "unreachable"


def unreached_now(db: Database, ticket_id: int) -> bool:
    """The ticket's unit (or the supervisors) were told its citizen cannot be reached, and
    not yet that they are back."""
    return _latest(db, ticket_id, False) == "unreachable"


def nobody_reached_now(db: Database, ticket_id: int) -> bool:
    """Nobody could reach the ticket's citizen (the bot could not write to them, and they had
    left no phone: its supervisors were told 无法联系市民), and they are not back yet."""
    row = db.execute(
        "SELECT action, new FROM events WHERE ticket_id = ? AND action IN ('unreachable',"
        " 'reachable') ORDER BY id DESC LIMIT 1", [ticket_id]).fetchone()
    return row is not None and tuple(row) == ("unreachable", NO_PHONE)


def phone_recorded(db: Database, ticket_id: int) -> bool:
    """A supervisor has recorded an answer of this 回访 by phone since its latest 办结: the call
    is theirs to finish."""
    return db.execute(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'rate' AND actor_role ="
        f" 'supervisor' AND id > {_SINCE_RESOLVE} LIMIT 1",
        [ticket_id, ticket_id]).fetchone() is not None


def nobody_reaches(db: Database, at: dt.datetime, current: bool) -> list[dict[str, Any]]:
    """Tickets whose citizen nobody could reach at `at`: the bot could not write to them (the
    latest `unreachable` / `reachable` event by then an `unreachable` one marked NO_PHONE),
    neither closed nor withdrawn by then — id, number, unit, resolved (its 回访 waiting then).
    `current`: `at` is now, and a citizen back since (a phone 回访 a supervisor had begun keeps
    its ticket's `unreachable`, bot.actions.unreachable.back) is left out."""
    # Moments are stored to the second: what was stamped in `at`'s second had happened by then.
    when = iso(at.replace(microsecond=0) + dt.timedelta(seconds=1))
    still = (" AND EXISTS (SELECT 1 FROM people p WHERE p.user_id = t.chat_id"
             " AND p.unreachable_at IS NOT NULL)") if current else ""
    rows = db.query(
        "SELECT t.id, t.number, t.unit, (SELECT s.action FROM events s WHERE s.ticket_id = t.id"
        " AND s.action IN ('resolve', 'close', 'withdraw', 'reopen') AND s.at < :when"
        " ORDER BY s.id DESC LIMIT 1) AS moved, (SELECT r.action || ':' || coalesce(r.new, '')"
        " FROM events r WHERE r.ticket_id = t.id AND r.action IN ('unreachable', 'reachable')"
        " AND r.at < :when ORDER BY r.id DESC LIMIT 1) AS reach FROM tickets t WHERE t.id IN"
        " (SELECT ticket_id FROM events WHERE action = 'unreachable' AND new = :mark"
        f" AND at < :when){still} ORDER BY t.id", {"when": when, "mark": NO_PHONE})
    return [{"id": r["id"], "number": r["number"], "unit": r["unit"],
             "resolved": r["moved"] == "resolve"} for r in rows
            if r["reach"] == f"unreachable:{NO_PHONE}" and r["moved"] not in ("close", "withdraw")]
