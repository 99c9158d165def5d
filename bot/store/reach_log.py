"""Which units nobody could be told about their tickets (no group chat, no reachable staff), kept
in the audit log as it changes, so a digest rebuilt long after its issue time (the bot was off,
or a past day is printed) shows them as they were then, as the one issued then would have
(bot.reports.digest). Noted at every follow-up tick (bot.actions.followup.run_due): the last
note before a moment is who could not be reached at it."""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from bot.config import Config
from bot.domain.tickets import iso
from bot.store import people

ACTION = "unit_reach"  # an event of no ticket: `new` is the JSON list of unit codes


def unreachable(db: Database, config: Config) -> list[str]:
    """The codes of the units with no group chat and no reachable bound staff, now."""
    staffed = people.staffed_units(db)
    return [u.code for u in config.units if not u.chat_id and u.code not in staffed]


def note(db: Database, codes: list[str], now: dt.datetime) -> bool:
    """Append `codes` to the audit log unless they are what was noted last."""
    row = next(iter(db.query("SELECT new FROM events WHERE action = ? ORDER BY id DESC LIMIT 1",
                             [ACTION])), None)
    if row is not None and json.loads(row["new"]) == codes:
        return False
    db.execute("INSERT INTO events (ticket_id, at, actor_id, actor_role, action, new)"
               " VALUES (NULL, ?, 0, 'system', ?, ?)", [iso(now), ACTION, json.dumps(codes)])
    return True


def as_of(db: Database, at: dt.datetime) -> list[str] | None:
    """The codes noted last by `at`; None when nothing was noted by then."""
    # Moments are stored to the second: what was stamped in `at`'s second had happened by then.
    when = iso(at.replace(microsecond=0) + dt.timedelta(seconds=1))
    row = next(iter(db.query("SELECT new FROM events WHERE action = ? AND at < ?"
                             " ORDER BY at DESC, id DESC LIMIT 1", [ACTION, when])), None)
    return None if row is None else list(json.loads(row["new"]))
