"""What citizens wrote on their own tickets, many tickets in one query (refs #10): each ticket's
words, the phone shared for it and what its citizen added later (supplements, edits), for whoever
looks for something a citizen said on another of their tickets (bot.actions.phones)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import NamedTuple

from sqlite_utils import Database

from bot.store import forwards

# The citizen's newest tickets first, then each one's additions in order. A demand logged for
# them (/log) or someone else's words they forwarded are not theirs.
_OWN = (
    "SELECT t.id, t.number, t.phone, t.text, e.detail"
    " FROM (SELECT id, number, phone, text, logged_by FROM tickets WHERE citizen_id = ?"
    "       ORDER BY id DESC LIMIT ?) AS t"
    " LEFT JOIN events AS e ON e.ticket_id = t.id AND e.actor_role = 'citizen'"
    "  AND e.action IN ('supplement', 'amended')"
    " WHERE t.id != ? AND COALESCE(t.logged_by, 0) = 0 AND NOT EXISTS"
    "  (SELECT 1 FROM events AS f WHERE f.ticket_id = t.id AND f.action = ?)"
    " ORDER BY t.id DESC, e.id")


class Told(NamedTuple):
    number: str
    phone: str  # the contact shared for it ("" for none)
    words: list[str]  # its words, then what its citizen added, oldest first


def of_citizen(db: Database, citizen_id: int, newest: int, leave_out: int) -> Iterator[Told]:
    """The citizen's own tickets among their `newest`, but `leave_out`, newest first: one
    query, read only as far as the caller goes."""
    rows = db.execute(_OWN, [citizen_id, newest, leave_out, forwards.ACTION])
    try:
        for _, group in groupby(rows, key=lambda row: row[0]):
            first, *more = group
            added = [str(row[4]) for row in (first, *more) if row[4]]
            yield Told(str(first[1]), str(first[2] or ""), [str(first[3] or ""), *added])
    finally:  # a caller that stops early leaves no statement open in its transaction
        rows.close()
