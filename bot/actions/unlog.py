"""The 撤回登记 button under a /log confirmation: whoever logged an offline demand withdraws it,
while nobody has signed it and within LOG_UNDO_MINUTES (a demand logged by mistake, or twice).
Later, or once signed, it is the unit's ticket: the supervisors decide."""

from __future__ import annotations

import datetime as dt

from bot.actions.desk import Desk, Incoming
from bot.domain.delivery import Priority
from bot.domain.permissions import authorize
from bot.domain.tickets import State
from bot.store import inbox, people, tickets
from bot.texts import common, offline_log

LOG_UNDO_MINUTES = 30


def press(desk: Desk, pressed: Incoming, ticket_id: int, now: dt.datetime) -> str:
    """Withdraw the logged demand; returns the toast."""
    with desk.store.atomic() as db:
        ticket = tickets.by_id(db, ticket_id)
        actor = people.actor_of(db, desk.config, pressed.user_id)
        if ticket is None or not authorize(actor, "unlog", ticket):
            return common.BUTTON_REFUSED
        if not inbox.claim(db, pressed.update_id, now):
            return offline_log.unlogged(ticket.number)
        if ticket.state is not State.NEW \
                or now - ticket.received_at > dt.timedelta(minutes=LOG_UNDO_MINUTES):
            return offline_log.too_late(ticket.number, LOG_UNDO_MINUTES)
        ticket = tickets.transition(db, ticket, "withdraw", now, pressed.user_id, "staff")
        if pressed.message_id:
            desk.drop_buttons(db, pressed.chat_id, pressed.message_id, ticket.id, now)
        desk.tell_unit(db, ticket, "unlogged", offline_log.unlogged_for_unit(ticket.number), now,
                       exclude=pressed.chat_id)
        desk.drop_new_pushes(db, ticket, now, offline_log.UNLOGGED_NOTE)
        desk.say(db, pressed, "unlog", offline_log.unlogged(ticket.number), now, ticket.id,
                 priority=Priority.STAFF)
        return offline_log.unlogged(ticket.number)
