"""Who may do what: the one `authorize()` every action goes through."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.tickets import Ticket


class Role(StrEnum):
    CITIZEN = "citizen"
    STAFF = "staff"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True)
class Actor:
    user_id: int
    role: Role
    unit: str | None = None  # staff only


# Actions on a ticket, by the role that may take them and whose ticket it must be.
CITIZEN_ACTIONS = frozenset({"view", "cancel", "supplement", "pick_unit", "rate"})
STAFF_ACTIONS = frozenset(
    {"view", "accept", "reply", "done", "transfer", "extend", "note", "project"}
)
SUPERVISOR_ACTIONS = frozenset({"view", "approve", "urge", "publish"})


def authorize(actor: Actor, action: str, ticket: Ticket | None) -> bool:
    """True when `actor` may take `action` on `ticket` (None: the ticket does not exist).

    Callers answer a refusal exactly as they answer a missing ticket, so nobody can probe for
    other people's ticket numbers.
    """
    if ticket is None:
        return False
    if ticket.citizen_id == actor.user_id and action in CITIZEN_ACTIONS:
        return True
    if actor.role is Role.STAFF and action in STAFF_ACTIONS:
        return actor.unit == ticket.unit
    if actor.role is Role.SUPERVISOR:
        return action in SUPERVISOR_ACTIONS
    return False
