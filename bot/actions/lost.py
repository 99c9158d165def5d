"""Messages the delivery loop gave up for certain (refused, or Telegram failing until the retry
limit) that carried no failure notice of their own: whoever works what they were about is told,
as for a citizen who blocked the bot (bot/actions/unreachable.py), so nobody believes they
arrived.

- to a ticket's citizen: the ticket's unit, to call the citizen back (once a ticket a day);
- to a unit's group, a staff member or a supervisor: the supervisors (once a chat a day; a
  supervisor's own chat is not told of itself).
Notices of this kind that fail are only logged: no notice about a notice."""

from __future__ import annotations

import datetime as dt
import logging

from sqlite_utils import Database

from bot.actions import unit_groups
from bot.actions.desk import Desk
from bot.domain.permissions import Role
from bot.store import due, outbox, people, tickets
from bot.texts import delivery_trouble
from bot.texts.common import unit_label
from bot.texts.for_staff import SOMEONE

log = logging.getLogger(__name__)


def given_up(desk: Desk, db: Database, row_ids: list[int], now: dt.datetime) -> None:
    """Tell whoever should know of each message given up."""
    day = now.astimezone(desk.config.county.tz).date().isoformat()
    for chat, ticket_id, key in outbox.about(db, row_ids):
        ticket = tickets.by_id(db, ticket_id) if ticket_id else None
        if ":lost:" in f":{key}" or key.startswith("undelivered:"):  # a notice itself
            log.warning("a notice of an undelivered message to %s was not delivered either", chat)
        elif ticket is not None and chat == ticket.chat_id and chat > 0:
            if due.claim(db, f"lost:{ticket.id}:{day}", now):
                desk.tell_unit(db, ticket, f"lost:{day}",
                               delivery_trouble.citizen_message_lost(ticket.number), now)
        elif not _at_work(desk, db, chat):  # a citizen's answer about no ticket: nobody's work
            log.info("message to %s given up; it was about no ticket", chat)
        elif due.claim(db, f"lost:{chat}:{day}", now):
            code = unit_groups.unit_of(desk.config, chat)
            where = delivery_trouble.lost_chat(unit_label(desk.config, code) if code else None,
                                               people.first_name(db, chat) or SOMEONE)
            desk.tell_supervisors(db, f"lost:{chat}:{day}", delivery_trouble.staff_message_lost(
                where, ticket.number if ticket else None), now, ticket_id, exclude=chat)
        else:
            log.info("message to %s given up; its chat was told of today already", chat)


def _at_work(desk: Desk, db: Database, chat: int) -> bool:
    """A unit's group, or the private chat of staff or a supervisor."""
    return unit_groups.unit_of(desk.config, chat) is not None or (
        chat > 0 and people.actor_of(db, desk.config, chat).role is not Role.CITIZEN)
