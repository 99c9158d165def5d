"""Drafts of public posts, awaiting a supervisor's 发布 or 取消 (bot/actions/publish.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.domain.tickets import iso

PENDING, POSTED, DROPPED = "pending", "posted", "dropped"


def add(db: Database, ticket_id: int, text: str, created_by: int, now: dt.datetime) -> int:
    row_id = db.execute(
        "INSERT INTO publish_drafts (ticket_id, text, created_by, created_at, state)"
        " VALUES (?, ?, ?, ?, ?)", [ticket_id, text, created_by, iso(now), PENDING]).lastrowid
    assert row_id is not None
    return row_id


def get(db: Database, draft_id: int) -> dict[str, Any] | None:
    return next(iter(db.query("SELECT * FROM publish_drafts WHERE id = ?", [draft_id])), None)


def decide(db: Database, draft_id: int, state: str, now: dt.datetime) -> bool:
    """Mark a pending draft posted or dropped; False when it was decided already."""
    return bool(db.execute(
        "UPDATE publish_drafts SET state = ?, decided_at = ? WHERE id = ? AND state = ?",
        [state, iso(now), draft_id, PENDING]).rowcount)


def pending(db: Database, ticket_id: int) -> list[dict[str, Any]]:
    """The ticket's drafts still awaiting 发布 or 取消, oldest first (one at most, by design)."""
    return list(db.query("SELECT * FROM publish_drafts WHERE ticket_id = ? AND state = ?"
                         " ORDER BY id", [ticket_id, PENDING]))


def shown_at(db: Database, ticket_id: int, draft_id: int) -> list[tuple[int, int]]:
    """(chat, message id) of each delivered message that carries the draft's buttons."""
    return [(row["chat_id"], row["message_id"]) for row in db.query(
        "SELECT chat_id, message_id FROM outbox WHERE ticket_id = ? AND message_id IS NOT NULL"
        " AND json_extract(params, '$.reply_markup') IS NOT NULL AND params LIKE ?",
        [ticket_id, f'%"pub:ok:{draft_id}"%'])]
