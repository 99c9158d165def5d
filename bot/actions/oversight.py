"""Who reads the supervisors' pushes about a ticket (its urgent alert, 督办, 约谈/通报 listing,
extension requests, 重办 …): every supervisor but the ticket's own citizen, whose complaint is
for their colleagues — unless no colleague is there to read it. Then it still goes to them,
marked as about their own 诉求, rather than to nobody: a county office would rather its only
supervisor know, and see that it is their own, than have an urgent matter or a 督办 pass unseen
(bot.actions.desk.tell_supervisors)."""

from __future__ import annotations

import logging

from sqlite_utils import Database

from bot.config import Config
from bot.domain.tickets import Ticket
from bot.store import people
from bot.texts import for_operators, own_oversight

log = logging.getLogger(__name__)


def readers(db: Database, config: Config, ticket: Ticket | None, exclude: int | None,
            text: str) -> list[tuple[int, str]]:
    """(chat, what they read) for each supervisor to tell `text`, `exclude` (told directly)
    left out."""
    bound = people.supervisors(db, config)
    if not bound and ticket is not None:  # an urgent alert, a 督办, an extension request …
        # … with nobody to read it (the last supervisor left, /leave 确认): the operator reads
        # it in the bot's log. (Who joined or left is no ticket's matter: the demo's staff join
        # before its supervisor does.)
        log.warning("%s", for_operators.unread_by_supervisors(text))
    everyone = [chat for chat in bound if chat != exclude]
    own = ticket.citizen_id if ticket is not None else 0
    others = [(chat, text) for chat in everyone if chat != own]
    if others or ticket is None or not own or own not in everyone:
        return others
    return [(own, own_oversight.marked(text, ticket.number))]
