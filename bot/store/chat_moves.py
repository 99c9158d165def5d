"""Unit groups that became supergroups (Telegram gives the chat a new id: `migrate_to_chat_id`),
kept in the audit log, so the unit's binding follows to the new id in every process (the bot,
`tick`, the CLI) and across restarts, whatever id the config still names; and the messages
queued for the old id, which go to the new one (bot.actions.group_moves)."""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from bot.domain.tickets import iso
from bot.store.db import dumps

ACTION = "chat_moved"  # an event of no ticket: `old` → `new` chat id, `detail` the unit's code
# Edits and deletions name a message in the old chat: they cannot follow it.
_MOVABLE = "method NOT LIKE 'edit%' AND method NOT LIKE 'delete%'"


def record(db: Database, old: int, new: int, unit: str, now: dt.datetime) -> bool:
    """Note that chat `old` is now `new`; False when it was noted before."""
    if old == new or moves(db).get(old) == new:
        return False
    db.execute("INSERT INTO events (ticket_id, at, actor_id, actor_role, action, old, new, detail)"
               " VALUES (NULL, ?, 0, 'system', ?, ?, ?, ?)", [iso(now), ACTION, str(old), str(new),
                                                             unit])
    return True


def moves(db: Database) -> dict[int, int]:
    """Every chat that moved → the chat it is now (a chain followed to its end)."""
    raw = {int(r["old"]): int(r["new"]) for r in db.query(
        "SELECT old, new FROM events WHERE action = ? ORDER BY id", [ACTION])}
    out = {}
    for old, new in raw.items():
        seen = {old}
        while new in raw and new not in seen:
            seen.add(new)
            new = raw[new]
        out[old] = new
    return out


def repoint(db: Database, old: int, new: int, now: dt.datetime) -> int:
    """The messages not yet delivered to `old` go to `new`, in order, at once (edits and
    deletions of messages there are given up quietly: the buttons they would take off stay,
    refused when pressed); returns how many go."""
    waiting = "chat_id = ? AND state IN ('queued', 'held', 'unknown')"
    db.execute(f"UPDATE outbox SET state = 'failed', error = 'the group became a supergroup'"
               f" WHERE {waiting} AND NOT ({_MOVABLE})", [old])
    rows = db.execute(f"SELECT id, params FROM outbox WHERE {waiting} AND {_MOVABLE}",
                      [old]).fetchall()
    for row_id, params in rows:
        moved = {**json.loads(params), "chat_id": new}
        db.execute("UPDATE outbox SET chat_id = ?, params = ?,"
                   " state = CASE state WHEN 'held' THEN 'queued' ELSE state END, not_before = ?"
                   " WHERE id = ?", [new, dumps(moved), iso(now), row_id])
    db.execute("DELETE FROM held_chats WHERE chat_id = ?", [old])
    return len(rows)
