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
import json
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from bot.actions import announce
from bot.actions.desk import Desk, Incoming
from bot.config import FALLBACK_UNIT
from bot.domain.calendar import calendar_of
from bot.domain.tickets import Ticket, deadline_for, iso
from bot.store import attachments, due, inbox, people, tickets
from bot.store.db import dumps
from bot.texts import common, for_citizen, trailers
from nlp.pointed import pointed_kinds, says_nothing
from nlp.router import RouteResult

MEDIA = frozenset({"photo", "voice", "video", "document", "audio", "video_note"})
ATTACHABLE = MEDIA | {"location", "contact"}  # kept with a ticket
# A caption-less trailer waits this long before its unit sees it, and a new description sent
# within it (nothing else between) that points at it (如图, 这个位置) takes it.
TRAILER_MINUTES = 3
TRAILER_LOOKBACK = 20  # messages looked back over for the trailers (an album of up to 10 …)
# Media written this soon after the citizen's last message are that report's evidence: only words
# pointing at them take them. Sent later (a photo first, then the next problem's words), the
# next new problem described takes them, as a photo sent before any report goes with the words.
EVIDENCE_MINUTES = 5


def bare(msg: Incoming) -> Incoming:
    """A photo, video, file or place whose caption only points at it (见附图, 现场) as one with
    none: it waits for the words that tell the problem (nlp.pointed.says_nothing), and is
    answered in the language of the chat, not of its caption (see photo: T28 finding 24)."""
    return replace(msg, text="", written="") if msg.kind in MEDIA | {"location"} \
        and says_nothing(msg.text) else msg


def attach(db: Database, ticket: Ticket, msg: Incoming, now: dt.datetime,
           trailer: bool = False) -> str:
    """Keep what the message carries (file id, place, album) with the ticket; returns the batch
    it belongs to (its album, or itself). A `trailer` (see `held`) is kept with the message it
    came in and, but on an urgent ticket, held back from the unit for TRAILER_MINUTES."""
    data = {**msg.data, **({"media_group_id": msg.media_group_id} if msg.media_group_id else {})}
    hold = now + dt.timedelta(minutes=TRAILER_MINUTES) if trailer and not ticket.urgent else None
    row_id = attachments.add(db, ticket.id, msg.kind, msg.file_id, data, now,
                             msg.source_key if trailer else None, hold)
    return msg.media_group_id or f"a{row_id}"


def is_trailer(ticket: Ticket, msg: Incoming) -> bool:
    """A caption-less photo, video, voice note or file, or a place shared, that joins a ticket
    only because it came just after its words (not in reply to it): a new description right
    after (就是这个位置，…) may take it."""
    return msg.kind in MEDIA | {"location"} and not msg.text.strip() and not msg.reply_to \
        and ticket.is_open


def held(ticket: Ticket, msg: Incoming) -> bool:
    """Whether this trailer waits before its unit sees it (an urgent ticket's goes at once)."""
    return is_trailer(ticket, msg) and not ticket.urgent


def take_trailers(desk: Desk, db: Database, msg: Incoming, ticket: Ticket,
                  now: dt.datetime) -> None:
    """A new ticket whose words say they are about the caption-less media just sent before them
    (如图…, 这张照片…, 就是这个位置…; nlp.pointed): those media are the new ticket's. Words first,
    then the photo, is how people write: media sent right after the report's words (within
    EVIDENCE_MINUTES) that the new words do not point at stay with that report — a place never
    follows words about a picture, nor a photo words about a place. Media sent long after the
    report, just before the new words, are those words' (a photo first, then what it shows).
    Those the first unit has not been shown move; any it was shown (an urgent ticket's) stay on
    both tickets. Either way the citizen is told in one line which ticket got them."""
    if msg.forwarded is not None:
        return  # someone else's words passed on: not what the citizen's media showed
    rows, evidence = _trailers_before(db, msg, now)
    if evidence:  # sent right after the report's words: theirs, unless these words point at them
        pointed = pointed_kinds(msg.text or "")
        rows = [r for r in rows if r["kind"] in pointed]
    if not rows or any(r["ticket_id"] == ticket.id for r in rows):
        return
    first = tickets.by_id(db, rows[0]["ticket_id"])
    if first is None or first.citizen_id != msg.user_id:
        return
    kinds = [common.MEDIA_NAMES.get(r["kind"], "") for r in rows]  # each kind told (照片和位置)
    batch = f"m{rows[0]['id']}"  # what came in one move reaches the unit under one 📎 line
    if all(r["held_until"] for r in rows):
        attachments.move(db, [r["id"] for r in rows], ticket.id, batch)
        for row in rows:  # one record per attachment moved (the ledger's 补充 follow them)
            tickets.log_event(db, first.id, now, msg.user_id, "citizen", "media_moved", None,
                              ticket.number, row["kind"])
        desk.say(db, msg, "moved", for_citizen.media_moved(first.number, ticket.number, kinds),
                 now, ticket.id)
    else:
        for row in rows:
            attachments.add(db, ticket.id, row["kind"], row["file_id"],
                            {**json.loads(row["data"] or "{}"), "batch": batch}, now)
        desk.say(db, msg, "moved", trailers.media_copied(first.number, ticket.number, kinds),
                 now, ticket.id)
    for row in rows:
        tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "attachment", None,
                          row["kind"])


def _trailers_before(db: Database, msg: Incoming, now: dt.datetime
                     ) -> tuple[list[dict[str, Any]], bool]:
    """The caption-less media of one ticket that the citizen sent last, just before `msg`, with
    nothing else in between, the earliest at most TRAILER_MINUTES ago; and whether they are
    evidence: written within EVIDENCE_MINUTES of the message before them (Telegram's dates;
    when a date is unknown, they are)."""
    keys = inbox.messages_before(db, msg.chat_id, msg.update_id, TRAILER_LOOKBACK)
    found: list[dict[str, Any]] = []
    before: str | None = None
    for key in keys:
        rows = attachments.trailers(db, key) if key else []
        if not rows or (found and rows[0]["ticket_id"] != found[0]["ticket_id"]):
            before = key
            break
        found[:0] = rows
    since = iso(now - dt.timedelta(minutes=TRAILER_MINUTES))
    if not found or found[0]["at"] < since:
        return [], True
    words, media = (_written(db, msg.chat_id, key) for key in (before, found[0]["source_key"]))
    late = words is not None and media is not None \
        and media - words > dt.timedelta(minutes=EVIDENCE_MINUTES)
    return found, not late


def _written(db: Database, chat_id: int, key: str | None) -> dt.datetime | None:
    """When the message of a source key (tg:CHAT:MESSAGE) was written, if known."""
    message = (key or "").rpartition(":")[2]
    return inbox.written_at(db, chat_id, int(message)) if message.isdigit() else None


def release_held(desk: Desk, db: Database, now: dt.datetime) -> int:
    """Trailers whose time is up and that no new ticket took: their unit is shown them now."""
    due_rows = attachments.held_due(db, now)
    if not due_rows:
        return 0
    attachments.release(db, [r["id"] for r in due_rows])
    for ticket_id in dict.fromkeys(r["ticket_id"] for r in due_rows):
        ticket = tickets.by_id(db, ticket_id)
        if ticket is not None and ticket.is_open:
            for row in due_rows:
                if row["ticket_id"] == ticket_id:
                    data = json.loads(row["data"] or "{}")
                    announce.pass_on_media(desk, db, ticket, now,
                                           only=data.get("media_group_id") or f"a{row['id']}")
    return len(due_rows)


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
    earlier = attachments.album_hold(db, ticket.id, msg.media_group_id or "")
    trailer = earlier is not None and earlier["source_key"] is not None
    batch = attach(db, ticket, msg, now, trailer)  # an album of trailers is held as one
    tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "attachment", None, msg.kind)
    if msg.text.strip() and waiting(ticket, now):
        describe(desk, db, ticket, msg, route, now)
    elif not waiting(ticket, now) and not (trailer and not ticket.urgent):
        announce.pass_on_media(desk, db, ticket, now, only=batch)


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
    announce.new_ticket(desk, db, ticket, now)
    return ticket


def expire_waiting(desk: Desk, db: Database, now: dt.datetime) -> int:
    """Tickets whose words never came go to manual dispatch, with what the citizen sent."""
    expired = due.waiting_expired(db, now)
    for ticket in expired:
        ticket = tickets.update(db, ticket, now, 0, "system", "dispatched", {"pending_until": None},
                                None, None, ticket.unit)
        announce.new_ticket(desk, db, ticket, now)
    return len(expired)
