"""Invite codes: binding a Telegram user id to a unit (staff) or to the supervisors.

A code is single-use and expires after `[people] invite_hours`. Wrong codes are recorded per user
id in `join_failures`; after MAX_FAILURES within THROTTLE_WINDOW every attempt is refused without
looking at the code, and the refused attempt counts too, so guessing stays throttled.
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlite_utils import Database

from bot.actions import unreachable
from bot.actions.desk import Desk, Incoming, answer
from bot.config import FALLBACK_UNIT, Config
from bot.domain.delivery import Priority
from bot.domain.permissions import Role
from bot.domain.tickets import parse_time
from bot.render import Outgoing
from bot.store import inbox, people, tickets, waiting
from bot.texts import for_staff, for_supervisors, joined_waiting, last_supervisor
from bot.texts.common import unit_label

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes are read aloud and retyped
CODE_LENGTH = 10  # 32^10 ≈ 10^15 codes; with the throttle, guessing is hopeless
MAX_FAILURES = 5
THROTTLE_WINDOW = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Invite:
    code: str
    role: Role
    unit: str | None
    expires_at: dt.datetime


class JoinStatus(StrEnum):
    JOINED = "joined"
    INVALID = "invalid"  # unknown, used or expired: one answer, so codes cannot be probed
    THROTTLED = "throttled"
    BOUND = "bound"  # already staff or a supervisor: /leave first, the code stays unused


@dataclass(frozen=True)
class JoinResult:
    status: JoinStatus
    role: Role | None = None
    unit: str | None = None
    retry_at: dt.datetime | None = None  # THROTTLED: when attempts are accepted again
    invalid: bool = False  # BOUND: the code typed was unknown, used or expired too


def normalize(code: str) -> str:
    """What the user typed, as stored: upper case, without spaces or dashes."""
    return "".join(ch for ch in code.upper() if ch not in " -_\t")


def create(db: Database, config: Config, role: Role, unit: str | None, now: dt.datetime
           ) -> Invite:
    """A new single-use code for staff of `unit`, or for a supervisor (unit None)."""
    if role is Role.STAFF and (unit is None or config.unit(unit) is None):
        raise ValueError(f"unknown unit {unit!r}")
    if role is Role.SUPERVISOR:
        unit = None
    expires = now + dt.timedelta(hours=config.people.invite_hours)
    code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    people.add_invite(db, code, role, unit, now, expires)
    return Invite(code, role, unit, expires)


def redeem(db: Database, config: Config, user_id: int, typed: str, now: dt.datetime
           ) -> JoinResult:
    """Bind `user_id` with the code it typed, or record a failure. Call inside a transaction."""
    if len(people.join_failures(db, user_id, now - THROTTLE_WINDOW)) >= MAX_FAILURES:
        people.record_join_failure(db, user_id, now)
        return JoinResult(JoinStatus.THROTTLED, retry_at=now + THROTTLE_WINDOW)
    actor = people.actor_of(db, config, user_id)
    code = normalize(typed)
    row = _usable(db, config, code, now)
    if actor.role is not Role.CITIZEN:  # a role never changes by a second code, unseen
        if row is None:  # a wrong or used code is called that, and counts as one
            people.record_join_failure(db, user_id, now)
        return JoinResult(JoinStatus.BOUND, actor.role, actor.unit, invalid=row is None)
    if row is None or not people.use_invite(db, code, user_id, now):
        people.record_join_failure(db, user_id, now)
        return JoinResult(JoinStatus.INVALID)
    role = Role(row["role"])
    unit = row["unit"] if role is Role.STAFF else None
    people.bind(db, user_id, role, unit, now)
    people.clear_join_failures(db, user_id)
    return JoinResult(JoinStatus.JOINED, role, unit)


def _usable(db: Database, config: Config, code: str, now: dt.datetime) -> dict[str, Any] | None:
    """The invite `code` names when it is unused, unexpired and for a unit the config has."""
    row = people.invite(db, code) if code else None
    expires = parse_time(row["expires_at"]) if row else None
    usable = (row is not None and row["used_by"] is None and expires is not None
              and expires > now and (row["role"] == Role.SUPERVISOR or config.unit(row["unit"] or "")))
    return dict(row) if usable and row is not None else None


def join(desk: Desk, msg: Incoming, typed: str, now: dt.datetime) -> str:
    """/join CODE in private chat: bind the sender; returns the answer it queued. A code typed
    in a group was exposed there: it is revoked, and the answer is the same whether it was a
    code or not (nothing to probe)."""
    if not msg.private and typed:
        with desk.store.atomic() as db:
            if not inbox.claim(db, msg.update_id, now):
                return ""
            if _usable(db, desk.config, normalize(typed), now) is not None:
                people.revoke_invite(db, normalize(typed), now)
            desk.say(db, msg, "usage", for_staff.JOIN_IN_GROUP, now)
            return for_staff.JOIN_IN_GROUP
    if not msg.private or not typed:
        text = for_staff.private_only("join") if not msg.private else for_staff.staff_usage("join")
        answer(desk, msg, "usage", text, now)
        return text
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return ""
        unreachable.seen(desk, db, msg, now)
        result = redeem(db, desk.config, msg.user_id, typed, now)
        if result.status is JoinStatus.THROTTLED:
            text = for_staff.join_throttled(desk.when(result.retry_at))
        elif result.status is JoinStatus.INVALID:
            text = for_staff.JOIN_INVALID
        elif result.status is JoinStatus.BOUND:
            assert result.role is not None
            text = for_staff.already_bound(
                result.role.value, _unit_name(desk, {"unit": result.unit}),
                by_operator=msg.user_id in desk.config.people.supervisors, invalid=result.invalid)
        else:
            assert result.role is not None
            unit_name = unit_label(desk.config, result.unit) if result.unit else None
            text = for_staff.joined(result.role.value, unit_name,
                                    _waiting(desk, db, result.unit, now))
            desk.tell_supervisors(db, f"joined:{msg.update_id}", for_supervisors.joined_for_supervisors(
                msg.first_name, result.role.value, unit_name), now, exclude=msg.user_id)
        desk.say(db, msg, "join", text, now)
        return text


def _waiting(desk: Desk, db: Database, unit: str | None, now: dt.datetime) -> str:
    """What waits for someone just bound: their unit's tickets (as their /list counts them), or
    a supervisor's extension requests and overdue tickets."""
    if unit is None:
        found = waiting.for_supervisor(db, now)
        return joined_waiting.for_supervisor(found.extensions, found.overdue)
    units = [unit, *(tickets.removed_units(db, desk.config) if unit == FALLBACK_UNIT else ())]
    found = waiting.for_staff(db, units, now)
    return joined_waiting.for_staff(found.unsigned, found.open)


CONFIRM_WORDS = ("确认", "确定", "confirm")  # /leave 确认: the last supervisor means it


def leave(desk: Desk, msg: Incoming, now: dt.datetime) -> str:
    """/leave in private chat: a staff member or supervisor releases their binding (a job change);
    supervisors named in the config are told to ask the operator, and the county's last
    supervisor is warned that nobody would supervise and asked to confirm (/leave 确认)."""
    if not msg.private:
        text = for_staff.private_only("leave")
        answer(desk, msg, "usage", text, now)
        return text
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return ""
        last = _last_supervisor(desk, db, msg.user_id)
        if msg.user_id in desk.config.people.supervisors:
            text = for_staff.LEAVE_BY_OPERATOR
        elif last and _said(msg.text) not in CONFIRM_WORDS:
            text = last_supervisor.LEAVING
        elif (was := _release(desk, db, msg.user_id, msg.first_name, f"left:{msg.update_id}",
                              now)) is None:
            text = for_staff.NOT_BOUND
        else:
            text = for_staff.left(was["role"], _unit_name(desk, was)) + (
                last_supervisor.NONE_LEFT if last else "")
        desk.say(db, msg, "leave", text, now)
        return text


def _last_supervisor(desk: Desk, db: Database, user_id: int) -> bool:
    """Whether `user_id` is the only supervisor the county has (bound or in the config)."""
    return people.supervisors(db, desk.config) == [user_id] and \
        people.actor_of(db, desk.config, user_id).role is Role.SUPERVISOR


def _said(text: str) -> str:
    """What follows the command word (/leave 确认: 确认), lower-cased."""
    return "".join(text.split(maxsplit=1)[1:]).strip().lower()


def remove(desk: Desk, user_id: int, now: dt.datetime) -> tuple[dict[str, Any] | None, bool]:
    """`python -m bot people --remove USER_ID`: the operator releases someone as /leave does
    (the supervisors are told) and the person is told it was done for them. Returns what they
    were (None: not bound) and whether their unit is left with no reachable staff."""
    with desk.store.atomic() as db:
        name = people.first_name(db, user_id) or for_staff.SOMEONE
        key = f"removed:{user_id}:{now.isoformat()}"
        was = _release(desk, db, user_id, name, key, now, by_operator=True)
        if was is None:
            return None, False
        desk.send(db, Outgoing(key, user_id, for_staff.released(was["role"], _unit_name(desk, was)),
                               priority=Priority.STAFF), now)
        return was, bool(was["unit"]) and not people.staff_of(db, was["unit"])


def _release(desk: Desk, db: Database, user_id: int, name: str, key: str, now: dt.datetime,
             by_operator: bool = False) -> dict[str, Any] | None:
    """Unbind `user_id` (back to a citizen) and tell the supervisors but them who did it, and
    when it left the unit with no reachable staff; what they were, or None when not bound."""
    was = people.unbind(db, user_id, now)
    if was is None:
        return None
    unit_name = _unit_name(desk, was)
    desk.tell_supervisors(db, key, for_supervisors.left_for_supervisors(
        name, was["role"], unit_name, by_operator), now, exclude=user_id)
    if was["unit"] and unit_name and not people.staff_of(db, was["unit"]):
        still_open = tickets.listed(db, "open", [was["unit"]], now, 0)[1]
        group = any(u.code == was["unit"] and u.chat_id for u in desk.config.units)
        desk.tell_supervisors(db, f"{key}:unstaffed", for_supervisors.unit_unstaffed(
            unit_name, was["unit"], still_open, group), now, exclude=user_id)
    return was


def _unit_name(desk: Desk, was: dict[str, Any]) -> str | None:
    return unit_label(desk.config, was["unit"]) if was["unit"] else None
