"""People: who a Telegram user is to the bot (citizen, staff of a unit, supervisor), and the
invite codes that bind them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.config import Config
from bot.domain.permissions import Actor, Role, bound_role
from bot.domain.tickets import iso


def actor_of(db: Database, config: Config, user_id: int) -> Actor:
    """The role of a numeric user id: config supervisors first, then bindings by invite."""
    if user_id in config.people.supervisors:
        return Actor(user_id, Role.SUPERVISOR)
    row = next(iter(db.query("SELECT role, unit FROM people WHERE user_id = ?", [user_id])), None)
    role = Role.CITIZEN if row is None else bound_role(row["role"], row["unit"], _codes(config))
    if row is None or role is Role.CITIZEN:  # a binding to a removed unit makes no staff
        return Actor(user_id, Role.CITIZEN)
    if role is Role.STAFF:
        others = db.execute("SELECT count(*) FROM people WHERE role = 'staff' AND unit = ? AND"
                            " user_id != ?", [row["unit"], user_id]).fetchone()[0]
        return Actor(user_id, Role.STAFF, row["unit"], alone=not others)
    return Actor(user_id, Role(row["role"]), row["unit"])


def seen(db: Database, user_id: int, first_name: str, username: str | None, now: dt.datetime
         ) -> bool:
    """Record a user's current display name (usernames change; identity is the id); they
    wrote, so they can be written to. True when they were marked unreachable until now."""
    back = not reachable(db, user_id)
    db.execute(
        "INSERT INTO people (user_id, first_name, username, role, updated_at)"
        " VALUES (?, ?, ?, 'citizen', ?) ON CONFLICT(user_id) DO UPDATE SET"
        " first_name = excluded.first_name, username = excluded.username,"
        " updated_at = excluded.updated_at, unreachable_at = NULL",
        [user_id, first_name, username, iso(now)],
    )
    return back


def staff_of(db: Database, unit: str) -> list[int]:
    rows = db.query("SELECT user_id FROM people WHERE role = 'staff' AND unit = ? AND"
                    " unreachable_at IS NULL ORDER BY user_id", [unit])
    return [r["user_id"] for r in rows]


def reachable(db: Database, user_id: int) -> bool:
    """Whether the bot may still write to this user (not blocked since they last wrote)."""
    row = next(iter(db.query("SELECT unreachable_at FROM people WHERE user_id = ?", [user_id])),
               None)
    return row is None or row["unreachable_at"] is None


def language(db: Database, user_id: int) -> str:
    """The language a user writes in ("zh" until a message of theirs told otherwise)."""
    row = next(iter(db.query("SELECT language FROM people WHERE user_id = ?", [user_id])), None)
    return (row["language"] if row is not None else None) or "zh"


def set_language(db: Database, user_id: int, written: str | None) -> None:
    """Keep the language a user's latest message was written in (None: it did not tell)."""
    if written:
        db.execute("UPDATE people SET language = ? WHERE user_id = ?", [written, user_id])


def staffed_units(db: Database) -> set[str]:
    """Units with at least one reachable bound staff member."""
    return {r["unit"] for r in db.query("SELECT DISTINCT unit FROM people WHERE role = 'staff'"
                                        " AND unreachable_at IS NULL AND unit IS NOT NULL")}


def supervisors(db: Database, config: Config) -> list[int]:
    rows = db.query("SELECT user_id FROM people WHERE role = 'supervisor'"
                    " AND unreachable_at IS NULL")
    return sorted({r["user_id"] for r in rows} | set(config.people.supervisors))


def mark_unreachable(db: Database, user_id: int, now: dt.datetime) -> bool:
    """The bot can no longer write to this user; True when they were reachable until now."""
    return bool(db.execute("UPDATE people SET unreachable_at = ? WHERE user_id = ? AND"
                           " unreachable_at IS NULL", [iso(now), user_id]).rowcount)


def set_last_ticket(db: Database, user_id: int, ticket_id: int, now: dt.datetime) -> None:
    db.execute("UPDATE people SET last_ticket_id = ?, last_ticket_at = ? WHERE user_id = ?",
               [ticket_id, iso(now), user_id])


RECENT_TICKET_MINUTES = 30  # how long a caption-less photo or place joins the last ticket


def recent_ticket(db: Database, user_id: int, now: dt.datetime,
                  minutes: int = RECENT_TICKET_MINUTES) -> int | None:
    """The ticket a caption-less photo or a location sent now most likely belongs to."""
    row = next(iter(db.query("SELECT last_ticket_id, last_ticket_at FROM people"
                             " WHERE user_id = ?", [user_id])), None)
    if not row or not row["last_ticket_at"]:
        return None
    since = now - dt.datetime.fromisoformat(row["last_ticket_at"])
    return row["last_ticket_id"] if since <= dt.timedelta(minutes=minutes) else None


def set_phone(db: Database, user_id: int, phone: str | None, owner: str | None = None) -> None:
    """`owner`: "other" for someone else's contact card, None for the citizen's own."""
    db.execute("UPDATE people SET phone = ?, phone_owner = ? WHERE user_id = ?",
               [phone, owner, user_id])


def phone_of(db: Database, user_id: int) -> str:
    """The phone number a citizen shared outside any ticket ("" when none)."""
    return shared_phone(db, user_id)[0]


def shared_phone(db: Database, user_id: int) -> tuple[str, str]:
    """The phone number a citizen shared outside any ticket and whose it is ("other" for
    someone else's card): ("", "") when none."""
    row = next(iter(db.query("SELECT phone, phone_owner FROM people WHERE user_id = ?",
                             [user_id])), None)
    return (str(row["phone"] or ""), str(row["phone_owner"] or "")) if row else ("", "")


def bind(db: Database, user_id: int, role: Role, unit: str | None, now: dt.datetime) -> None:
    """Make `user_id` staff of `unit` or a supervisor."""
    db.execute(
        "INSERT INTO people (user_id, role, unit, updated_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(user_id) DO UPDATE SET role = excluded.role, unit = excluded.unit,"
        " updated_at = excluded.updated_at",
        [user_id, role.value, unit, iso(now)],
    )


def first_name(db: Database, user_id: int) -> str:
    """The name a person goes by in Telegram ("" when unknown)."""
    row = next(iter(db.query("SELECT first_name FROM people WHERE user_id = ?", [user_id])), None)
    return str(row["first_name"] or "") if row else ""


def unbind(db: Database, user_id: int, now: dt.datetime) -> dict[str, Any] | None:
    """Release a bound staff member or supervisor (back to a citizen); returns what they were."""
    row = next(iter(db.query("SELECT role, unit FROM people WHERE user_id = ? AND role != ?",
                             [user_id, Role.CITIZEN.value])), None)
    if row is not None:
        db.execute("UPDATE people SET role = ?, unit = NULL, updated_at = ? WHERE user_id = ?",
                   [Role.CITIZEN.value, iso(now), user_id])
    return row


def bound(db: Database) -> list[dict[str, Any]]:
    """Everyone bound to a unit or to the supervisors, by role and unit."""
    return list(db.query("SELECT user_id, first_name, username, role, unit, updated_at FROM people"
                         " WHERE role != ? ORDER BY role, unit, user_id", [Role.CITIZEN.value]))


def bound_outside(db: Database, config: Config) -> list[dict[str, Any]]:
    """Staff bound to a unit code the config no longer has (a unit renamed or removed): the
    bot takes them for no unit's staff, so they can work no ticket until rebound."""
    codes = _codes(config)
    return [row for row in bound(db) if row["role"] == Role.STAFF.value
            and bound_role(row["role"], row["unit"], codes) is not Role.STAFF]


def _codes(config: Config) -> set[str]:
    return {u.code for u in config.units}


# --- invite codes -----------------------------------------------------------------------------

def add_invite(db: Database, code: str, role: Role, unit: str | None, now: dt.datetime,
               expires: dt.datetime) -> None:
    db.table("invites").insert({"code": code, "role": role.value, "unit": unit,
                                "created_at": iso(now), "expires_at": iso(expires)})


def invite(db: Database, code: str) -> dict[str, Any] | None:
    return next(iter(db.query("SELECT * FROM invites WHERE code = ?", [code])), None)


def use_invite(db: Database, code: str, user_id: int, now: dt.datetime) -> bool:
    """Claim a code for `user_id`: of two users racing for it, only one update matches."""
    return bool(db.execute("UPDATE invites SET used_by = ?, used_at = ? WHERE code = ?"
                           " AND used_by IS NULL", [user_id, iso(now), code]).rowcount)


def revoke_invite(db: Database, code: str, now: dt.datetime) -> bool:
    """Make an unused code expire now (it was shown where others read it)."""
    return bool(db.execute("UPDATE invites SET expires_at = ? WHERE code = ? AND used_by IS NULL"
                           " AND expires_at > ?", [iso(now), code, iso(now)]).rowcount)


def supervisor_invites_waiting(db: Database, now: dt.datetime) -> int:
    """Supervisor invite codes neither used nor expired: someone is about to join."""
    return int(db.execute("SELECT COUNT(*) FROM invites WHERE role = ? AND used_by IS NULL"
                          " AND expires_at > ?", [Role.SUPERVISOR.value, iso(now)]).fetchone()[0])


def join_failures(db: Database, user_id: int, since: dt.datetime) -> list[dt.datetime]:
    rows = db.query("SELECT at FROM join_failures WHERE user_id = ? AND at > ? ORDER BY at",
                    [user_id, iso(since)])
    return [dt.datetime.fromisoformat(r["at"]) for r in rows]


def record_join_failure(db: Database, user_id: int, now: dt.datetime) -> None:
    db.table("join_failures").insert({"user_id": user_id, "at": iso(now)})


def clear_join_failures(db: Database, user_id: int) -> None:
    db.execute("DELETE FROM join_failures WHERE user_id = ?", [user_id])
