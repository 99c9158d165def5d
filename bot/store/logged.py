"""Offline demands a staff member registered with /log, looked up to catch the same /log sent
twice by mistake (bot.actions.staff), and the notes their logger wrote on them (where the
citizen's phone is kept: bot.actions.phones)."""

from __future__ import annotations

import datetime as dt
import re

from sqlite_utils import Database

from bot.domain.tickets import Ticket, iso

_NOISE = re.compile(r"[\s，,。.！!？?；;、：:~～…]+")


def _same(text: str) -> str:
    """What two /log texts must share to be the same demand: their words, whatever spaces and
    punctuation they were typed with."""
    return _NOISE.sub("", text)


def same_recently(db: Database, logged_by: int, text: str, since: dt.datetime) -> Ticket | None:
    """The latest demand `logged_by` registered since `since` with the same words as `text`,
    not withdrawn since (None: none)."""
    words = _same(text)
    for row in db.query("SELECT * FROM tickets WHERE logged_by = ? AND received_at >= ? AND"
                        " state != 'withdrawn' ORDER BY id DESC", [logged_by, iso(since)]):
        if _same(row["text"] or "") == words:
            return Ticket.from_row(row)
    return None


def logger_notes(db: Database, ticket: Ticket) -> list[str]:
    """The internal notes (/note) the logger of an offline demand wrote on it, oldest first."""
    rows = db.query("SELECT detail FROM events WHERE ticket_id = ? AND actor_id = ?"
                    " AND action = 'note' ORDER BY id", [ticket.id, ticket.logged_by])
    return [r["detail"] for r in rows if r["detail"]]
