"""A citizen says the situation of a matter just reported has changed (他走了，谢谢警察同志, 火灭了,
孩子找到了, 越来越大: nlp.changed): a 补充 to their recent open ticket, told to its unit at once
for an urgent one, never a 不客气 that leaves officers on the way without it (refs #10). A change
naming a matter of another unit, or an emergency of another kind, is left to be read as a report."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions import supplement
from bot.actions.desk import Desk, Incoming
from bot.config import FALLBACK_UNIT
from bot.domain.tickets import Ticket
from bot.store import tickets
from bot.texts import changed as texts
from bot.texts.common import unit_label
from nlp.changed import changed
from nlp.emergency import assess
from nlp.router import RouteResult
from nlp.tokenizer import normalize
from nlp.urgent_same import same_event

RECENT_HOURS = 48  # a change is told of a ticket received this recently


def meant(db: Database, msg: Incoming, route: RouteResult | None, now: dt.datetime
          ) -> Ticket | None:
    """The citizen's newest open ticket, received within RECENT_HOURS, whose situation `msg` says
    has changed; None when it says no change, or tells a matter of its own."""
    said = normalize(msg.text)
    if msg.kind != "text" or msg.forwarded is not None or not changed(said):
        return None
    ticket = tickets.latest_open_of_citizen(db, msg.user_id)
    if ticket is None or now - ticket.received_at > dt.timedelta(hours=RECENT_HOURS):
        return None
    if route is not None and route.urgent:  # 火越来越大 of the fire told, not a new one: an
        found, told = assess(said), normalize(ticket.text)  # emergency of its own never joins
        return ticket if not found.hazard or same_event(said, found, told, assess(told)) else None
    if route is not None and route.kind == "report" and route.unit != FALLBACK_UNIT and not any(
            word in ticket.text for word in route.keywords):
        return None  # a matter of its own told (楼上漏水越来越厉害了 after a 停水)
    return ticket


def keep(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, now: dt.datetime) -> None:
    """The change kept on the ticket as a 补充 and told to its unit; the citizen told so."""
    supplement.add(desk, db, ticket, msg, msg.text, now, texts.change_passed_on(
        ticket.number, unit_label(desk.config, ticket.unit)))
