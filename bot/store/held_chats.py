"""Unit groups the bot cannot write to for now, and the messages that wait for them.

The bot removed from a unit's group (my_chat_member `left`/`kicked`, or a send refused with 403)
must not lose what the unit was sent meanwhile: its messages go to state 'held' (outside the
delivery loop's lanes, bot/store/outbox.py) instead of 'failed', and so does every message
queued for that chat while it is held. They go out again, in order, when the bot is back in the
group (`release`) or the unit's chat is changed in the config (`move`)."""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from bot.domain.tickets import iso
from bot.store.db import dumps
from bot.store.outbox import OPEN

# Sends that can go to another chat; an edit or a button change names a message of the old one.
_MOVABLE = "method NOT LIKE 'edit%' AND method NOT LIKE 'delete%'"


def hold(db: Database, chat_id: int, unit: str, why: str, now: dt.datetime) -> bool:
    """Hold the chat and every message still to go to it; True when it was not held before."""
    new = bool(db.execute("INSERT OR IGNORE INTO held_chats (chat_id, unit, since, why)"
                          " VALUES (?, ?, ?, ?)", [chat_id, unit, iso(now), why]).rowcount)
    db.execute(f"UPDATE outbox SET state = 'held', deadline = NULL WHERE chat_id = ? AND {OPEN}"
               " AND state != 'sending'", [chat_id])  # one in flight is held when it fails
    return new


def is_held(db: Database, chat_id: int) -> bool:
    return db.execute("SELECT 1 FROM held_chats WHERE chat_id = ?", [chat_id]).fetchone() \
        is not None


def waiting(db: Database, chat_id: int) -> int:
    """How many messages wait for the chat."""
    return int(db.execute("SELECT count(*) FROM outbox WHERE chat_id = ? AND state = 'held'",
                          [chat_id]).fetchone()[0])


def held(db: Database) -> list[tuple[int, str]]:
    """(chat, unit) of every chat held, oldest first."""
    return [(r[0], r[1]) for r in db.execute("SELECT chat_id, unit FROM held_chats ORDER BY since")]


def release(db: Database, chat_id: int, now: dt.datetime) -> int | None:
    """The bot may write to the chat again: its messages go, in order; returns how many, or
    None when the chat was not held."""
    if not db.execute("DELETE FROM held_chats WHERE chat_id = ?", [chat_id]).rowcount:
        return None
    return db.execute("UPDATE outbox SET state = 'queued', attempts = 0, not_before = ?"
                      " WHERE chat_id = ? AND state = 'held'", [iso(now), chat_id]).rowcount


def move(db: Database, old: int, new: int, now: dt.datetime) -> int:
    """The unit's chat is now `new` (the config fixed): the messages held for `old` go there;
    an edit of a message in `old` cannot, and is given up. Returns how many go."""
    db.execute("DELETE FROM held_chats WHERE chat_id = ?", [old])
    db.execute("UPDATE outbox SET state = 'failed', error = 'the unit moved to another chat'"
               f" WHERE chat_id = ? AND state = 'held' AND NOT ({_MOVABLE})", [old])
    rows = db.execute(f"SELECT id, params FROM outbox WHERE chat_id = ? AND state = 'held'"
                      f" AND {_MOVABLE}", [old]).fetchall()
    for row_id, params in rows:
        moved = {**json.loads(params), "chat_id": new}
        db.execute("UPDATE outbox SET chat_id = ?, params = ?, state = 'queued', attempts = 0,"
                   " not_before = ? WHERE id = ?",
                   [new, dumps(moved), iso(now), row_id])
    return len(rows)
