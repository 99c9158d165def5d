"""What came with tickets besides words: photos, videos, voice, files and places (Telegram file
ids, nothing downloaded), and the caption-less trailers held back from the unit a few minutes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.domain.tickets import iso
from bot.store.db import dumps


def of_ticket(db: Database, ticket_id: int) -> list[dict[str, Any]]:
    """What came with a ticket: id, kind, file_id, data (JSON), held_until, oldest first."""
    return list(db.query("SELECT id, kind, file_id, data, held_until FROM attachments"
                         " WHERE ticket_id = ? ORDER BY id", [ticket_id]))


def add(db: Database, ticket_id: int, kind: str, file_id: str | None,
                   data: dict[str, Any], now: dt.datetime, source_key: str | None = None,
                   held_until: dt.datetime | None = None) -> int:
    row_id = db.execute("INSERT INTO attachments (ticket_id, kind, file_id, data, at,"
                        " source_key, held_until) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [ticket_id, kind, file_id, dumps(data), iso(now), source_key,
                         held_until and iso(held_until)]).lastrowid
    assert row_id is not None
    return row_id


def trailers(db: Database, source_key: str) -> list[dict[str, Any]]:
    """The attachments that came as caption-less trailers in this message (an item of an
    album, or the one photo)."""
    return list(db.query("SELECT * FROM attachments WHERE source_key = ? ORDER BY id",
                         [source_key]))


def album_hold(db: Database, ticket_id: int, album: str) -> dict[str, Any] | None:
    """How an earlier item of an album came to the ticket (its source_key, held_until)."""
    return next(iter(db.query(
        "SELECT source_key, held_until FROM attachments WHERE ticket_id = ? AND"
        " json_extract(data, '$.media_group_id') = ? ORDER BY id LIMIT 1", [ticket_id, album])),
        None)


def move(db: Database, ids: list[int], ticket_id: int, batch: str) -> None:
    """Give these attachments to another ticket, no longer held back nor a trailer, as one
    `batch` (passed on together)."""
    marks = ", ".join("?" * len(ids))
    db.execute("UPDATE attachments SET ticket_id = ?, held_until = NULL, source_key = NULL,"
               " data = json_set(coalesce(data, '{}'), '$.batch', ?)"
               " WHERE id IN (" + marks + ")", [ticket_id, batch, *ids])


def held_due(db: Database, now: dt.datetime) -> list[dict[str, Any]]:
    """Attachments held back whose time is up: the unit may see them now."""
    return list(db.query("SELECT id, ticket_id, data FROM attachments WHERE held_until IS NOT NULL"
                         " AND held_until <= ? ORDER BY id", [iso(now)]))


def release(db: Database, ids: list[int]) -> None:
    """The unit may see these now."""
    marks = ", ".join("?" * len(ids))
    db.execute("UPDATE attachments SET held_until = NULL WHERE id IN (" + marks + ")", ids)
