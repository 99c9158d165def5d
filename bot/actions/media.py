"""What citizens send besides words: one ticket per problem, and the unit sees what was sent.

A photo, video, voice note, file or location with no text and no ticket to join opens a ticket at
once (it has its number), but it waits `[intake] photo_wait_minutes` before anyone is told: a
description arriving in that window completes it and routes it like any report; if none comes,
the follow-up tick hands it to `hotline` for manual dispatch. The items of an album (one
`media_group_id`) belong to the ticket of their first item and are acknowledged once.

Photos, videos, voice, files and places reach the unit's chats as they are (by Telegram file id,
nothing downloaded), after the ticket's text; an album as one album: its message waits
ALBUM_SETTLE seconds in the outbox and gathers the items that arrive meanwhile. `/show` sends
them again. A shared contact is never passed on: staff reach the number through `/contact`.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.config import FALLBACK_UNIT
from bot.domain.calendar import calendar_of
from bot.domain.tickets import Ticket, deadline_for, iso
from bot.store import due, people, tickets
from bot.store.db import dumps
from bot.texts import common, for_citizen
from nlp.router import RouteResult

MEDIA = frozenset({"photo", "voice", "video", "document", "audio", "video_note"})
ATTACHABLE = MEDIA | {"location", "contact"}  # kept with a ticket


def attach(db: Database, ticket: Ticket, msg: Incoming, now: dt.datetime) -> str:
    """Keep what the message carries (file id, place, album) with the ticket; returns the batch
    it belongs to (its album, or itself)."""
    data = {**msg.data, **({"media_group_id": msg.media_group_id} if msg.media_group_id else {})}
    row_id = tickets.add_attachment(db, ticket.id, msg.kind, msg.file_id, data, now)
    return msg.media_group_id or f"a{row_id}"


def album_ticket(db: Database, msg: Incoming) -> Ticket | None:
    """The open ticket an earlier item of this message's album went to."""
    if not msg.media_group_id:
        return None
    ticket = tickets.by_album(db, msg.user_id, msg.media_group_id)
    return ticket if ticket is not None and ticket.is_open else None


def add_to_album(desk: Desk, db: Database, ticket: Ticket, msg: Incoming,
                 route: RouteResult | None, now: dt.datetime) -> None:
    """A further item of an album: kept with its ticket without another acknowledgement; a
    caption on it describes a ticket still waiting for words."""
    batch = attach(db, ticket, msg, now)
    tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "attachment", None, msg.kind)
    if msg.text.strip() and waiting(ticket, now):
        describe(desk, db, ticket, msg, route, now)
    elif not waiting(ticket, now):
        desk.pass_on_media(db, ticket, now, only=batch)


def waiting(ticket: Ticket, now: dt.datetime) -> bool:
    return ticket.pending_until is not None and ticket.pending_until > now


def open_waiting(desk: Desk, db: Database, msg: Incoming, now: dt.datetime) -> Ticket:
    """A ticket for media without words: numbered at once, told to its unit later."""
    wait = dt.timedelta(minutes=desk.config.intake.photo_wait_minutes)
    ticket = desk.open_ticket(db, None, now, source_key=msg.source_key,
                              text=common.media_placeholder(msg.kind), citizen_id=msg.user_id,
                              chat_id=msg.chat_id, citizen_name=msg.first_name)
    ticket = tickets.update(db, ticket, now, 0, "system", "waiting",
                            {"pending_until": iso(now + wait)}, None, None, iso(now + wait))
    attach(db, ticket, msg, now)
    people.set_last_ticket(db, msg.user_id, ticket.id, now)
    desk.receipt(db, msg, ticket, for_citizen.waiting_for_words(
        ticket.number, common.media_placeholder(msg.kind),
        int(desk.config.intake.photo_wait_minutes)), now)
    return ticket


def add_to_waiting(desk: Desk, db: Database, ticket: Ticket, msg: Incoming,
                   route: RouteResult | None, now: dt.datetime) -> None:
    """More for a ticket still waiting for its words: the words complete it, more media join
    it (and the citizen is reminded that words are still missing)."""
    if msg.kind in ATTACHABLE:
        attach(db, ticket, msg, now)
    if msg.text.strip():
        describe(desk, db, ticket, msg, route, now)
    else:
        tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "attachment", None, msg.kind)
        desk.say(db, msg, "waiting", for_citizen.still_waiting_for_words(ticket.number), now,
                 ticket.id)


def waiting_ticket(db: Database, user_id: int, now: dt.datetime) -> Ticket | None:
    """The citizen's ticket still waiting for its description, if any."""
    since = now - dt.timedelta(minutes=people.RECENT_TICKET_MINUTES)
    return tickets.waiting_for_words(db, user_id, since, now)


def describe(desk: Desk, db: Database, ticket: Ticket, msg: Incoming,
             route: RouteResult | None, now: dt.datetime) -> Ticket:
    """The words for a waiting ticket: it is routed like any report, answered, and told to its
    unit with what came before."""
    unit = desk.unit_for(route)
    urgent = bool(route and route.urgent)
    keywords = list(route.keywords) if route is not None else []
    deadline = deadline_for(ticket.received_at, urgent, desk.config.deadlines,
                            calendar_of(desk.config))
    ticket = tickets.update(db, ticket, now, msg.user_id, "citizen", "described", {
        "text": msg.text.strip(), "unit": unit, "urgent": int(urgent), "keywords": dumps(keywords),
        "confidence": route.confidence if route else 0.0, "deadline": iso(deadline),
        "also": dumps(list(route.also if route else ())),
        "pending_until": None}, msg.text.strip())
    tickets.log_event(db, ticket.id, now, 0, "system", "routed", FALLBACK_UNIT, unit,
                      " ".join(keywords))
    desk.acknowledge(db, msg, ticket, route, now)
    desk.announce_new(db, ticket, now)
    return ticket


def expire_waiting(desk: Desk, db: Database, now: dt.datetime) -> int:
    """Tickets whose words never came go to manual dispatch, with what the citizen sent."""
    expired = due.waiting_expired(db, now)
    for ticket in expired:
        ticket = tickets.update(db, ticket, now, 0, "system", "dispatched", {"pending_until": None},
                                None, None, ticket.unit)
        desk.announce_new(db, ticket, now)
    return len(expired)
