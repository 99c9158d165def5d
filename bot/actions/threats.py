"""A citizen's threat in anger (nlp.threat: 再不修我就拿刀去水务局): no emergency, but noted.

The ticket stays with the unit of its matter, on its ordinary deadline. Its push to the unit and
/show say that the citizen spoke of violence in anger, and the supervisors are told at once, so
that staff calm things down and, where they judge it serious, call in the police. The citizen's
receipt asks them to stay calm; it gives no victim's advice. Read from the ticket's words each
time, so an edit that drops the threat drops the note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlite_utils import Database

from bot.config import Config
from bot.domain.ticket_words import masked_text
from bot.domain.tickets import Ticket
from bot.store import forwards
from bot.texts import for_citizen, for_staff, for_supervisors
from bot.texts.common import unit_label
from bot.texts.forwarded import content as with_origin
from nlp.threat import threat_words
from nlp.tokenizer import normalize

__all__ = ["alert", "citizen_line", "spoken", "unit_note"]


def spoken(ticket: Ticket) -> tuple[str, ...]:
    """The words of the citizen's threat of violence in the ticket's words, or ()."""
    return threat_words(normalize(ticket.text))


def unit_note(ticket: Ticket) -> str:
    """The line under the unit's push of a ticket told with a threat in anger, or ""."""
    words = spoken(ticket)
    return "\n" + for_staff.threat_note(words) if words else ""


def citizen_line(ticket: Ticket) -> str:
    """The line under the citizen's receipt of a report told with a threat in anger, or ""."""
    return for_citizen.calm_line() if not ticket.urgent and spoken(ticket) else ""


def alert(db: Database, config: Config, ticket: Ticket, now: dt.datetime,
          tell_supervisors: Callable[[Database, str, str, dt.datetime, int], None]) -> None:
    """Tell the supervisors at once (once per ticket) of a new ticket told with a threat in anger."""
    if words := spoken(ticket):
        tell_supervisors(db, f"threat:{ticket.id}", for_supervisors.threat_for_supervisors(
            ticket.number, unit_label(config, ticket.unit), with_origin(
                masked_text(ticket), forwards.origin(db, ticket.id), ticket.names), words),
            now, ticket.id)
