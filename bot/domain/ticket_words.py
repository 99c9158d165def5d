"""What is shown of a ticket's words to whom: its citizen reads their own words; anyone else reads
them masked (personal data gone, the ticket's known names too)."""

from __future__ import annotations

from bot.domain.excerpt import excerpt, from_matter
from bot.domain.privacy import mask
from bot.domain.tickets import Ticket


def matter_of(ticket: Ticket) -> str:
    """A few words of the ticket's matter for a push about it (事项：…), quoted from the clause
    that says the problem — not a greeting or self-introduction before it — and masked, for its
    citizen too: a push shows on a phone's lock screen, and the staff member who logged an offline
    demand passes it on."""
    return excerpt(from_matter(masked_text(ticket)))


def masked_text(ticket: Ticket) -> str:
    """The ticket's text as anyone but its citizen may read it."""
    return mask(ticket.text, ticket.names)


def masked(ticket: Ticket, text: str | None) -> str:
    """Anything written about a ticket (by the citizen, staff or a supervisor) as anyone but the
    citizen may read it: personal data gone, the ticket's known names too."""
    return mask(text or "", ticket.names)
