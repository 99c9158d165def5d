"""The phone number a citizen shared for a ticket with Telegram's contact button, and whose it
is: their own, or someone else's card (its user id another's), which /contact labels as such."""

from __future__ import annotations

from sqlite_utils import Database


def set_phone(db: Database, ticket_id: int, phone: str, owner: str | None = None) -> None:
    """The phone number the citizen shared for this ticket (for /contact); `owner`: "other"
    for someone else's contact card, None for their own."""
    db.execute("UPDATE tickets SET phone = ?, phone_owner = ? WHERE id = ?",
               [phone, owner, ticket_id])


def phone_owner(db: Database, ticket_id: int) -> str:
    """Whose the ticket's shared phone is: "other" for someone else's card, else ""."""
    row = next(iter(db.query("SELECT phone_owner FROM tickets WHERE id = ?", [ticket_id])), None)
    return str(row["phone_owner"] or "") if row else ""
