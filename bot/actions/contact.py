"""The citizen's phone number: kept from everyone, shown to the unit's own staff for a call-back.

A contact the citizen shares right after a report (or in reply to the bot's message about it) is
that ticket's phone; the unit is told there is one, not what it is. `/contact NUMBER` shows the
numbers a ticket has (the shared contact, numbers in the citizen's own words, a contact shared
earlier) to staff of the ticket's unit in private chat only, and every look is an event in the
ticket's history, shown in `/show`.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.ctx import Ctx, Outcome, on_ticket
from bot.actions.desk import Desk, Incoming
from bot.domain.privacy import scan
from bot.domain.tickets import Ticket
from bot.store import people, tickets
from bot.texts import for_citizen, for_staff


def share(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, now: dt.datetime) -> None:
    """A contact shared for an open ticket: its phone for call-backs (never forwarded)."""
    phone = str(msg.data.get("phone_number") or "").strip()
    tickets.set_phone(db, ticket.id, phone)
    tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "phone")
    desk.say(db, msg, "contact", for_citizen.contact_saved_for(ticket.number), now, ticket.id)
    desk.tell_unit(db, ticket, f"phone:{msg.update_id}", for_staff.phone_shared_for_unit(
        ticket.number), now)


@on_ticket("contact")
def contact(ctx: Ctx, ticket: Ticket) -> Outcome:
    """/contact NUMBER: the citizen's phone numbers, to the unit's staff, recorded."""
    tickets.log_event(ctx.db, ticket.id, ctx.now, ctx.actor.user_id, "staff", "contact",
                      detail=ctx.who)
    return ctx.answer("contact", for_staff.contact_numbers(ticket.number, phones(ctx.db, ticket)),
                      ticket.id)


def phones(db: Database, ticket: Ticket) -> list[tuple[str, str]]:
    """(number, where it came from) for each phone number a ticket has, the shared one first."""
    found: dict[str, str] = {}
    if ticket.phone:
        found[ticket.phone] = "shared"
    for text in (ticket.text, *tickets.citizen_texts(db, ticket.id)):
        for phone in scan(text).phones:
            found.setdefault(phone, "text")
    if ticket.citizen_id and (own := people.phone_of(db, ticket.citizen_id)):
        found.setdefault(own, "profile")
    return list(found.items())
