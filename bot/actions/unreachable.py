"""A citizen the bot can no longer write to: Telegram refused their chat for good (403 blocked
or deactivated, 400 chat not found; handlers/delivery.py) or said they blocked the bot
(my_chat_member, handlers/members.py).

They are marked unreachable (bot.store.people), so every later confirmation says a message
could not be delivered, and each of their tickets still being worked is told to its unit, with
what to do instead: call the citizen (/contact). A ticket awaiting its 回访 goes to the
supervisors, whose phone 回访 records the answers (bot.actions.visit)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions import unit_groups, visit
from bot.actions.desk import Desk, Incoming
from bot.domain.tickets import OPEN_STATES, State, iso
from bot.store import inbox, people, tickets
from bot.texts import undelivered

LOOKED_AT = 200  # a citizen's newest tickets looked at: older ones are long closed


def citizen_gone(desk: Desk, db: Database, chat_id: int, why: str, now: dt.datetime) -> int:
    """Tell the units of the citizen's tickets still being worked that the citizen cannot be
    reached here (a 回访 under way goes to the supervisors by phone); returns how many."""
    live = [t for t in tickets.of_citizen(db, chat_id, LOOKED_AT)
            if t.chat_id == chat_id and not t.logged_by
            and (t.state in OPEN_STATES or t.state is State.RESOLVED)]
    for ticket in live:
        resolved = ticket.state is State.RESOLVED
        tickets.log_event(db, ticket.id, now, 0, "system", "unreachable",
                          detail=undelivered.reason(why))
        desk.tell_unit(db, ticket, f"gone:{iso(now)}",
                       undelivered.for_unit(ticket.number, why, resolved), now)
        if resolved:  # its 回访 asked already: the supervisors ask it by phone from here
            visit.by_phone_now(desk, db, ticket, now)
    return len(live)


def refused(desk: Desk, db: Database, chat_id: int, why: str, now: dt.datetime) -> None:
    """Telegram refused a chat for good (handlers/delivery.py): a unit's group is held
    (bot.actions.unit_groups); a person is marked unreachable and, when they were reachable
    until now, whoever works their tickets is told."""
    if unit_groups.gone(desk, db, chat_id, why, now):
        return
    if people.mark_unreachable(db, chat_id, now):
        citizen_gone(desk, db, chat_id, why, now)


def membership(desk: Desk, msg: Incoming, status: str, now: dt.datetime) -> None:
    """my_chat_member in a private chat: `kicked`, the person blocked the bot (unreachable,
    their tickets' units told); `member`, they started it again (reachable)."""
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return
        if status == "kicked":
            if people.mark_unreachable(db, msg.user_id, now):
                citizen_gone(desk, db, msg.chat_id, "blocked", now)
        elif status == "member":
            people.seen(db, msg.user_id, msg.first_name, msg.username, now)
