"""What the 督查台账 reads of a ticket's past from the audit log: the 办结 a 重办 sent back (each
with the deadline it was held to, so lateness already incurred stays in the ledger), and the
completion date a unit committed to for a 实事项目. Only reopened tickets and 实事项目 ask."""

from __future__ import annotations

from sqlite_utils import Database


def sent_back(db: Database, ticket_id: int) -> list[tuple[str, str | None]]:
    """(when, deadline held to) of each 办结 of the ticket that a later 重办 sent back."""
    return [(row["at"], row["deadline"]) for row in db.query(
        "SELECT e.at, e.deadline FROM events e WHERE e.ticket_id = ? AND e.action = 'resolve'"
        " AND EXISTS (SELECT 1 FROM events r WHERE r.ticket_id = e.ticket_id"
        " AND r.action = 'reopen' AND r.id > e.id) ORDER BY e.id", [ticket_id])]


def committed(db: Database, ticket_id: int) -> str | None:
    """The completion date of the ticket's latest /project (the date planned, or asked for),
    unless a 重办 came after it (a 重办 is timed anew)."""
    row = next(iter(db.query(
        "SELECT e.new FROM events e WHERE e.ticket_id = ? AND e.action = 'project'"
        " AND NOT EXISTS (SELECT 1 FROM events r WHERE r.ticket_id = e.ticket_id"
        " AND r.action = 'reopen' AND r.id > e.id) ORDER BY e.id DESC LIMIT 1", [ticket_id])),
        None)
    return str(row["new"]) if row and row["new"] else None
