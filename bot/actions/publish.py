"""The public column 《金来办、今天办》: a resolved ticket, told for everyone, with nobody in it.

The citizen's name is replaced by "市民" before masking, and `mask_public` removes phone and ID
numbers, cue-introduced names and house, building and room numbers, so neither the problem nor
the unit's answer can point at a person or a door.
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.desk import Desk
from bot.domain.privacy import mask_public
from bot.domain.tickets import State, Ticket
from bot.render import Outgoing
from bot.store import tickets
from bot.texts import common
from bot.texts import for_supervisors as texts

PUBLISHABLE = frozenset({State.RESOLVED, State.CLOSED})


def anonymous(text: str, name: str) -> str:
    """`text` fit for the public: the citizen's name gone, then everything `mask_public` hides."""
    name = name.strip()
    if len(name) >= 2:
        text = text.replace(name, common.CITIZEN)
    return mask_public(text, [name])


def post_text(desk: Desk, ticket: Ticket) -> str:
    resolved = ticket.resolved_at or ticket.received_at
    tz = desk.config.county.tz
    days = (resolved.astimezone(tz).date() - ticket.received_at.astimezone(tz).date()).days
    return texts.publish_post(
        desk.config.county.name, desk.config.unit_name(ticket.unit),
        anonymous(ticket.text, ticket.citizen_name),
        anonymous(ticket.result or "", ticket.citizen_name), days,
    )


def publish(desk: Desk, db: Database, ticket: Ticket, actor_id: int, now: dt.datetime) -> str:
    """Queue the post to `[publish] channel_id` (once per ticket); returns the answer to give."""
    channel = desk.config.publish.channel_id
    if not channel:
        return texts.publish_off()
    if ticket.state not in PUBLISHABLE:
        return texts.publish_not_ready(ticket.number)
    desk.send(db, Outgoing(f"publish:{ticket.id}", channel, post_text(desk, ticket), None,
                           ticket.id), now)
    tickets.log_event(db, ticket.id, now, actor_id, "supervisor", "publish", None, str(channel))
    return texts.published(ticket.number)
