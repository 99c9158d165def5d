"""A citizen's 补充 to a ticket, however it came (a reply to the bot's message, a detail told in
pieces, more of a matter sent back for 重办, a photo right after): the one way it is kept, answered
and told to the unit."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.domain.ticket_words import masked
from bot.domain.tickets import Ticket
from bot.store import tickets
from bot.texts import for_citizen, for_staff


def add(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, text: str, now: dt.datetime,
        told: str | None = None, held: bool = False) -> None:
    """Keep `text` on the ticket as the citizen's 补充, tell the citizen (`told`, else that it
    was added) and its unit — unless it is `held`: media the unit is shown with its ticket's
    caption when released (bot/actions/media.py), the citizen told so."""
    text = text.strip()
    tickets.update(db, ticket, now, msg.user_id, "citizen", "supplement", {}, text)
    if held:
        desk.say(db, msg, "supplement", for_citizen.supplement_held(ticket.number), now, ticket.id)
        return
    desk.say(db, msg, "supplement", told or for_citizen.supplement_added(ticket.number), now,
             ticket.id)
    desk.tell_unit(db, ticket, f"supplement:{msg.update_id}",
                   for_staff.citizen_supplement_for_unit(ticket.number, masked(ticket, text)), now)
