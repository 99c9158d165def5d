"""People: who a Telegram user is to the bot (citizen, staff of a unit, supervisor)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.config import Config
from bot.permissions import Actor, Role
from bot.tickets import iso


def actor_of(db: Database, config: Config, user_id: int) -> Actor:
    """The role of a numeric user id: config supervisors first, then bindings by invite."""
    if user_id in config.people.supervisors:
        return Actor(user_id, Role.SUPERVISOR)
    row = next(iter(db.query("SELECT role, unit FROM people WHERE user_id = ?", [user_id])), None)
    if row is None or row["role"] == Role.CITIZEN:
        return Actor(user_id, Role.CITIZEN)
    if row["role"] == Role.STAFF and config.unit(row["unit"] or "") is None:
        return Actor(user_id, Role.CITIZEN)  # bound to a unit that was removed from the config
    return Actor(user_id, Role(row["role"]), row["unit"])


def seen(db: Database, user_id: int, first_name: str, username: str | None, now: dt.datetime
         ) -> None:
    """Record a user's current display name (usernames change; identity is the id)."""
    db.execute(
        "INSERT INTO people (user_id, first_name, username, role, updated_at)"
        " VALUES (?, ?, ?, 'citizen', ?) ON CONFLICT(user_id) DO UPDATE SET"
        " first_name = excluded.first_name, username = excluded.username,"
        " updated_at = excluded.updated_at, unreachable_at = NULL",
        [user_id, first_name, username, iso(now)],
    )


def staff_of(db: Database, unit: str) -> list[int]:
    rows = db.query("SELECT user_id FROM people WHERE role = 'staff' AND unit = ? AND"
                    " unreachable_at IS NULL ORDER BY user_id", [unit])
    return [r["user_id"] for r in rows]


def supervisors(db: Database, config: Config) -> list[int]:
    rows = db.query("SELECT user_id FROM people WHERE role = 'supervisor'"
                    " AND unreachable_at IS NULL")
    return sorted({r["user_id"] for r in rows} | set(config.people.supervisors))


def mark_unreachable(db: Database, user_id: int, now: dt.datetime) -> None:
    db.execute("UPDATE people SET unreachable_at = ? WHERE user_id = ?", [iso(now), user_id])


def set_last_ticket(db: Database, user_id: int, ticket_id: int, now: dt.datetime) -> None:
    db.execute("UPDATE people SET last_ticket_id = ?, last_ticket_at = ? WHERE user_id = ?",
               [ticket_id, iso(now), user_id])


def recent_ticket(db: Database, user_id: int, now: dt.datetime, minutes: int = 30) -> int | None:
    """The ticket a caption-less photo or a location sent now most likely belongs to."""
    row = next(iter(db.query("SELECT last_ticket_id, last_ticket_at FROM people"
                             " WHERE user_id = ?", [user_id])), None)
    if not row or not row["last_ticket_at"]:
        return None
    since = now - dt.datetime.fromisoformat(row["last_ticket_at"])
    return row["last_ticket_id"] if since <= dt.timedelta(minutes=minutes) else None
