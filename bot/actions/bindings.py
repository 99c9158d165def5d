"""What the operator is warned of at start (`run`, `check-config`) about the people table
against the config: tickets of units the config lost, staff bound to such a unit, and no
supervisor at all.

Whether a binding still makes its person staff is decided once, by
`bot.domain.permissions.bound_role` (which `bot.store.people.actor_of` applies too): the warning
names exactly the people the bot now takes for citizens."""

from __future__ import annotations

from sqlite_utils import Database

from bot.config import Config
from bot.store import people, tickets
from bot.texts import for_operators


def outside(db: Database, config: Config) -> list[tuple[int, str]]:
    """(user id, unit code) of staff bound to a unit the config no longer has."""
    return [(row["user_id"], row["unit"] or "") for row in people.bound_outside(db, config)]


def warnings(db: Database, config: Config) -> list[str]:
    """One line each: units that tickets name but the config lacks, then staff bound to one,
    then nobody supervising."""
    names = {row["user_id"]: row["first_name"] or "" for row in people.bound_outside(db, config)}
    return [for_operators.removed_unit(code, *counts)
            for code, counts in tickets.removed_units(db, config).items()] + [
        for_operators.staff_outside(user, names[user], unit) for user, unit in outside(db, config)
    ] + ([] if people.supervisors(db, config) else [for_operators.no_supervisor()])
