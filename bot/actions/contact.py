"""The citizen's phone number: kept from everyone, shown to the unit's own staff for a call-back.

A contact the citizen shares right after a report (or in reply to the bot's message about it) is
that ticket's phone; the unit is told there is one, not what it is. `/contact NUMBER` shows the
numbers a ticket has (the shared contact, numbers in the citizen's own words, a contact shared
earlier; only whole numbers, a number told in two messages joined) to staff of the ticket's unit
in private chat only, and every look is an event in the
ticket's history, shown in `/show`.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions import phones
from bot.actions.ctx import Ctx, Outcome, on_ticket
from bot.actions.desk import Desk, Incoming
from bot.domain.privacy.whose import card_owner
from bot.domain.tickets import Ticket
from bot.store import people, ticket_phones, tickets
from bot.texts import call_back, for_citizen, for_staff, no_channel
from bot.texts.common import unit_label


def share(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, now: dt.datetime) -> None:
    """A contact shared for an open ticket: its phone for call-backs (never forwarded)."""
    phone = str(msg.data.get("phone_number") or "").strip()
    ticket_phones.set_phone(db, ticket.id, phone, card_owner(msg.user_id, msg.data.get("user_id")))
    tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "phone")
    desk.say(db, msg, "contact", for_citizen.contact_saved_for(ticket.number), now, ticket.id)
    desk.tell_unit(db, ticket, f"phone:{msg.update_id}", call_back.phone_shared_for_unit(
        ticket.number), now)


@on_ticket("contact")
def contact(ctx: Ctx, ticket: Ticket) -> Outcome:
    """/contact NUMBER: the citizen's phone numbers, to the unit's staff, recorded."""
    tickets.log_event(ctx.db, ticket.id, ctx.now, ctx.actor.user_id, "staff", "contact",
                      detail=ctx.who)
    found = phones.numbers(ctx.db, ticket)
    if not found and ticket.logged_by and not ticket.citizen_id:  # an offline demand
        config = ctx.desk.config
        logger = "、".join(x for x in (unit_label(config, ticket.logged_unit)
                                       if ticket.logged_unit else "",
                                       people.first_name(ctx.db, ticket.logged_by)) if x)
        return ctx.answer("contact", call_back.contact_with_logger(
            ticket.number, logger or for_staff.SOMEONE, ticket.logged_by == ctx.actor.user_id),
            ticket.id)
    if not found and not ctx.desk.citizen_reachable(ctx.db, ticket):  # no way to them at all
        return ctx.answer("contact", no_channel.contact(ticket.number), ticket.id)
    return ctx.answer("contact", call_back.contact_numbers(ticket.number, found), ticket.id)
