"""The one gate every staff and supervisor command passes before any ticket is looked up.

Whoever's role may not take an action here — a citizen typing /accept or /urge, staff typing
/approve, a supervisor typing /done, anyone in a group not theirs — gets one answer chosen by who
they are and where, never by what they typed after the command: a citizen's `/publish 1` names no
ticket, so nothing is looked up and nothing in the answer could tell that a ticket exists
(bot.actions.ctx.on_ticket and general, bot.actions.supervise)."""

from __future__ import annotations

from bot.domain.permissions import Actor, Place, Role, authorize, role_allows
from bot.domain.tickets import Ticket
from bot.texts import command_roles, common, for_staff


def supervision(action: str) -> bool:
    """The action is the supervisors' (no unit's staff may take it anywhere)."""
    return not authorize(Actor(0, Role.STAFF, "x"), action, Ticket.stand_in("x"))


def refused(actor: Actor, action: str, place: Place, button: bool = False) -> str | None:
    """The answer to someone whose role may not take `action` here on any ticket; None when it
    may (then the ticket decides, and a missing one is answered like a forbidden one)."""
    if role_allows(actor, action, place):
        return None
    if button:
        return common.BUTTON_REFUSED
    if not place.private:
        if supervision(action):
            return command_roles.SUPERVISION_IN_PRIVATE
        staff_here = Actor(0, Role.STAFF, place.unit)
        if place.unit and authorize(staff_here, action, Ticket.stand_in(place.unit), place):
            return for_staff.GROUP_NOT_ALLOWED
        return for_staff.private_only(action)
    if actor.role is Role.CITIZEN:
        return command_roles.for_citizen(supervision(action))
    if actor.role is Role.SUPERVISOR:
        return command_roles.FOR_SUPERVISOR
    return command_roles.FOR_STAFF
