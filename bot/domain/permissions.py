"""Who may do what: the one `authorize()` every action goes through.

Roles come from `bot.store.people.actor_of` (numeric user id; never the username). Where a command is
given matters too: a unit's group chat (its `chat_id` in the config) is a place for that unit's
bound staff only; everything else about a person's own tickets happens in private chat.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, replace
from enum import StrEnum

from bot.domain.tickets import Ticket


class Role(StrEnum):
    CITIZEN = "citizen"
    STAFF = "staff"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class Actor:
    user_id: int
    role: Role
    unit: str | None = None  # staff only
    # Staff only: nobody else is bound to their unit, so nobody else could sign what they /log.
    alone: bool = False


@dataclass(frozen=True)
class Place:
    """Where an action is asked for: a private chat, or a group (of `unit`, or of no unit)."""

    private: bool = True
    unit: str | None = None  # the unit whose group chat this is; None for other groups


PRIVATE = Place()

# Actions on one ticket, by who may take them.
OWNER_ACTIONS = frozenset({"view", "cancel", "supplement", "pick_unit", "rate"})
# Staff who logged an offline demand follow it, and may withdraw it while new (bot.actions.unlog).
LOGGER_ACTIONS = frozenset({"view", "show", "unlog"})
# What signs (签收: accept, and reply, done and project sign on the way) or closes (办结) a
# ticket: what the unit's 响应率 and 按时办结率 count. Whoever logged an offline demand does none
# of it: a colleague does, so nobody logs and settles demands of their own making.
SIGNING = frozenset({"accept", "reply", "done", "project"})
# "show" is the staff view (internal notes included); citizens "view" through /status.
STAFF_ACTIONS = frozenset(
    {"view", "show", "accept", "reply", "done", "transfer", "decline", "extend", "note", "project"}
)
# Only in private chat: the citizen's phone number for a call-back (/contact).
PRIVATE_STAFF_ACTIONS = frozenset({"contact"})
SUPERVISOR_ACTIONS = frozenset({"view", "show", "approve", "urge", "publish"})
# An offline demand has no citizen in Telegram: its 回访 is a phone call by the supervisors (the
# 督查 office, independent of the unit), who record the answers with the visit's buttons.
OFFLINE_SUPERVISOR_ACTIONS = frozenset({"rate"})
# Any 回访 the supervisors record by phone (an offline demand's, one whose citizen the bot could
# not reach, one its reporter finished themselves: bot.actions.visit_phone decides which) is
# recorded by a supervisor only, never by its citizen nor by whoever logged it.
PHONE_VISIT = "rate_by_phone"
# Reading a ticket. Anything else staff or supervisors do to one handles it, and nobody handles
# their own complaint: a staff member (or supervisor) who reported a problem as a citizen may
# follow it like any citizen, but signing, answering, closing, passing on, extending, approving,
# urging or publishing it is for a colleague or another supervisor — except a unit's only staff
# member, who has no colleague (`sole_handler`).
READING = frozenset({"view", "show", "contact"})
# Actions on no particular ticket, by role. Staff list their unit's tickets, supervisors all.
GENERAL_ACTIONS: dict[str, frozenset[Role]] = {
    "list": frozenset({Role.STAFF, Role.SUPERVISOR}),
    "log": frozenset({Role.STAFF}),
    "digest": frozenset({Role.SUPERVISOR}),
    "overdue": frozenset({Role.SUPERVISOR}),
    "stats": frozenset({Role.SUPERVISOR}),
    "ledger": frozenset({Role.SUPERVISOR}),
}
# Only these may be asked for in a unit's group chat (by that unit's bound staff).
GROUP_ACTIONS = STAFF_ACTIONS | {"list", "log"}


def bound_role(role: str, unit: str | None, units: Collection[str]) -> Role:
    """The role a binding (the people table's role and unit) gives, `units` being the codes the
    config has: staff of a unit the config no longer has (renamed or removed) are no unit's
    staff, so they act as citizens until rebound. The one place this is decided."""
    if role == Role.STAFF and (unit or "") not in units:
        return Role.CITIZEN
    return Role(role)


def authorize(actor: Actor, action: str, ticket: Ticket | None = None,
              place: Place = PRIVATE) -> bool:
    """True when `actor` may take `action` on `ticket`, asked for in `place`.

    For a ticket action, `ticket` None means the ticket does not exist: refused. Callers answer a
    refusal exactly as they answer a missing ticket, so nobody can probe for ticket numbers.
    Actions in GENERAL_ACTIONS take no ticket.
    """
    # A unit's group: its bound staff, acting as that unit. Any other group: nobody.
    if not place.private and (place.unit is None or actor.role is not Role.STAFF
                              or actor.unit != place.unit or action not in GROUP_ACTIONS):
        return False
    if action in GENERAL_ACTIONS:
        return actor.role in GENERAL_ACTIONS[action]
    if ticket is None:
        return False
    if action == PHONE_VISIT:
        return actor.role is Role.SUPERVISOR and place.private \
            and not own_complaint(actor, ticket) and not logged_it(actor, ticket)
    if place.private and own_complaint(actor, ticket) and action in OWNER_ACTIONS:
        return True
    if own_complaint(actor, ticket) and action not in READING \
            and not sole_handler(actor, ticket, action):
        return False
    if logged_it(actor, ticket) and (action in OFFLINE_SUPERVISOR_ACTIONS
                                     or (action in SIGNING and not actor.alone)):
        return False  # a unit's only staff member signs what they logged (it is recorded)
    if place.private and actor.user_id and ticket.logged_by == actor.user_id \
            and action in LOGGER_ACTIONS and _still_of(actor, ticket.logged_unit):
        return True
    if actor.role is Role.STAFF:
        return (action in STAFF_ACTIONS or (action in PRIVATE_STAFF_ACTIONS and place.private)) \
            and actor.unit is not None and actor.unit == ticket.unit
    if actor.role is Role.SUPERVISOR:
        return action in SUPERVISOR_ACTIONS or (action in OFFLINE_SUPERVISOR_ACTIONS
                                                and offline(ticket))
    return False


def role_allows(actor: Actor, action: str, place: Place = PRIVATE) -> bool:
    """Whether `actor`'s role lets them take `action` here on some ticket at all: their unit's, their
    own report, one they logged. Asked before any ticket is looked up, so whoever lacks the role
    gets the one refusal and never an answer that depends on (or names) tickets."""
    if action in GENERAL_ACTIONS:
        return authorize(actor, action, None, place)
    base = Ticket.stand_in(actor.unit or place.unit or "")
    probes = [base, replace(base, logged_by=-1)]  # -1: an offline demand someone else logged
    if actor.user_id:
        probes += [replace(base, citizen_id=actor.user_id),
                   replace(base, logged_by=actor.user_id, logged_unit=actor.unit or "")]
    return any(authorize(actor, action, ticket, place) for ticket in probes)


def _still_of(actor: Actor, unit: str) -> bool:
    """Staff follow what they logged while they serve the unit they logged it for (tickets
    logged before units were recorded: while they are staff)."""
    return actor.role is Role.STAFF and (not unit or actor.unit == unit)


def own_complaint(actor: Actor, ticket: Ticket) -> bool:
    """The ticket is the actor's own report (a logged offline demand has no citizen id)."""
    return bool(actor.user_id) and ticket.citizen_id == actor.user_id


def sole_handler(actor: Actor, ticket: Ticket, action: str) -> bool:
    """The unit's only staff member handling their own complaint: there is no colleague to
    hand it to and supervisors do not handle a unit's tickets, so refusing would leave it
    unsigned for good. They may handle it; it is recorded as handled by the reporter and the
    supervisors are told, for oversight (bot.actions.staff)."""
    return actor.role is Role.STAFF and actor.alone and actor.unit is not None \
        and actor.unit == ticket.unit and action in STAFF_ACTIONS


def logged_it(actor: Actor, ticket: Ticket) -> bool:
    """The actor registered this offline demand (/log)."""
    return bool(actor.user_id) and ticket.logged_by == actor.user_id


def offline(ticket: Ticket) -> bool:
    """A demand collected offline and logged by staff: nobody to ask in Telegram."""
    return not ticket.citizen_id and bool(ticket.logged_by)
