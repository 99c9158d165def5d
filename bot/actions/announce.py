"""A new ticket told to its unit: the push with buttons to accept it or send it back (接单/退单),
what the citizen sent with it passed on as it is (photos, voice, places: not a placeholder), and
an urgent one told to the supervisors at once. Everything here goes out through the desk
(bot.actions.desk.Desk.send), inside the caller's transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from sqlite_utils import Database

from bot.actions import floods, reading, supplement, threats
from bot.actions.desk import Desk, requeue
from bot.config import FALLBACK_UNIT
from bot.domain.delivery import Priority, for_ticket
from bot.domain.privacy import mask
from bot.domain.ticket_words import masked_text
from bot.domain.tickets import Ticket
from bot.render import Media, Outgoing, keyboard
from bot.store import attachments, forwards
from bot.texts import for_staff, for_supervisors
from bot.texts.common import unit_label
from bot.texts.forwarded import content as with_origin

PASSED_ON = frozenset({"photo", "voice", "video", "document", "audio", "video_note", "location"})
ALBUM_SETTLE = 2.0  # seconds an album's message waits for the album's other items


def new_ticket(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime,
               moved: tuple[str, str, str] | None = None, picked: bool = False) -> int:
    """Push a new ticket to its unit with buttons to accept or send it back, naming the
    other units its words concern (另涉及); `moved`: (who, from which unit, why) when a unit
    sent it on; `picked`: the citizen chose the unit. An urgent ticket also goes to the
    supervisors at once. Returns how many of the unit's chats were told."""
    text = for_staff.new_ticket_for_unit(
        ticket.number, unit_label(desk.config, ticket.unit), with_origin(
            masked_text(ticket), forwards.origin(db, ticket.id), ticket.names),
        desk.when(ticket.deadline), ticket.urgent,
        # A learned routing table may have a keyword from what people wrote: masked too.
        [mask(word) for word in ticket.keyword_list],
        moved, desk.also_names(ticket), picked,
    )
    text += ("" if moved else floods.hotline_note(db, desk.config, ticket)) \
        + threats.unit_note(ticket) + reading.reader_note(db, ticket)  # 〔英文〕: reads English
    # Manual dispatch passes a ticket on with /transfer: a 退单 there would only say so.
    buttons = keyboard([[(for_staff.ACCEPT_BUTTON, f"acc:{ticket.id}")] + (
        [] if ticket.unit == FALLBACK_UNIT else [(for_staff.DECLINE_BUTTON, f"ret:{ticket.id}")])])
    reached = desk.tell_unit(db, ticket, f"new:{ticket.unit}:{ticket.transfer_count}", text,
                             now, buttons)
    pass_on_media(desk, db, ticket, now)
    supplement.follow_move(desk, db, ticket, now)  # a 补充 push still gathering: to this unit
    if ticket.urgent and not ticket.transfer_count:
        alert_urgent(desk, db, ticket, now)
    elif not ticket.transfer_count:  # a threat in anger: the supervisors know at once
        threats.alert(db, desk.config, ticket, now, desk.tell_supervisors)
    return reached


def pass_on_media(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime, *,
                  chats: Sequence[int] | None = None, only: str | None = None,
                  tag: str = "") -> None:
    """Send what came with the ticket to its unit's chats (or `chats`), batch by batch (an
    album is a batch); `only`: just this batch; `tag` makes a fresh copy (for /show)."""
    batches: dict[str, list[Media]] = {}
    for row in attachments.of_ticket(db, ticket.id):
        if row["kind"] not in PASSED_ON or row["held_until"]:
            continue  # a trailer still held back may yet go to a new ticket (media.py)
        data = json.loads(row["data"] or "{}")
        batch = data.get("batch") or data.get("media_group_id") or f"a{row['id']}"
        batches.setdefault(batch, []).append(Media(
            row["kind"], row["file_id"], data.get("latitude"), data.get("longitude")))
    if not batches:
        return
    targets = desk.handlers_of(db, ticket) if chats is None else chats
    caption = for_staff.attachments_caption(ticket.number)
    for batch, items in batches.items():
        if only is not None and batch != only:
            continue
        for chat in targets:
            message = Outgoing(f"media:{ticket.id}:{batch}{tag}:{chat}", chat, caption,
                               ticket_id=ticket.id, media=tuple(items), delay=ALBUM_SETTLE,
                               priority=for_ticket(ticket.urgent, Priority.STAFF))
            if not requeue(db, message, now) and not desk.send_new(db, message, now):
                # The album's message went already: the late item goes on its own.
                desk.send(db, Outgoing(f"{message.key}:{len(items)}", chat, caption,
                                       ticket_id=ticket.id, media=tuple(items[-1:]),
                                       priority=message.priority), now)


def alert_urgent(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> None:
    """Tell the supervisors of an urgent ticket at once (once per ticket)."""
    desk.tell_supervisors(db, f"urgent:{ticket.id}", for_supervisors.urgent_for_supervisors(
        ticket.number, unit_label(desk.config, ticket.unit), with_origin(
            masked_text(ticket), forwards.origin(db, ticket.id), ticket.names)), now, ticket.id)
