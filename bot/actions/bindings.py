"""What the operator is warned of at start (`run`, `check-config`) about the people table
against the config: tickets of units the config lost, staff bound to such a unit, and no
supervisor at all (nor one invited).

Whether a binding still makes its person staff is decided once, by
`bot.domain.permissions.bound_role` (which `bot.store.people.actor_of` applies too): the warning
names exactly the people the bot now takes for citizens."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.config import Config
from bot.store import people, tickets
from bot.texts import for_operators


def outside(db: Database, config: Config) -> list[tuple[int, str]]:
    """(user id, unit code) of staff bound to a unit the config no longer has."""
    return [(row["user_id"], row["unit"] or "") for row in people.bound_outside(db, config)]


def warnings(db: Database, config: Config, now: dt.datetime) -> list[str]:
    """One line each: units that tickets name but the config lacks, then staff bound to one,
    then nobody supervising — unless a supervisor invite waits for its /join (the demo's
    supervisor joins a second after the start, T23 finding 18): see `notes`."""
    names = {row["user_id"]: row["first_name"] or "" for row in people.bound_outside(db, config)}
    unsupervised = not people.supervisors(db, config) \
        and not people.supervisor_invites_waiting(db, now)
    return [for_operators.removed_unit(code, *counts)
            for code, counts in tickets.removed_units(db, config).items()] + [
        for_operators.staff_outside(user, names[user], unit) for user, unit in outside(db, config)
    ] + ([for_operators.no_supervisor()] if unsupervised else [])


def notes(db: Database, config: Config, now: dt.datetime) -> list[str]:
    """What the start says, no warning: nobody supervises yet, but an invite is on its way."""
    waiting = 0 if people.supervisors(db, config) else people.supervisor_invites_waiting(db, now)
    return [for_operators.supervisor_invited(waiting)] if waiting else []
