"""Words a citizen said before their report, held for it: a place-only line (俺是后王楼村的) waits
here for the report it belongs to (bot/actions/threads.py). One entry per citizen, in `meta`."""

from __future__ import annotations

import datetime as dt
import json

from sqlite_utils import Database

from bot.domain.tickets import iso

_KEY = "held_place:{}"


def hold(db: Database, user_id: int, text: str, now: dt.datetime) -> None:
    """Keep `text` for the citizen's next report (a newer line replaces an older one)."""
    db.execute("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
               " SET value = excluded.value",
               [_KEY.format(user_id), json.dumps({"text": text, "at": iso(now)})])


def held(db: Database, user_id: int, since: dt.datetime) -> str | None:
    """The words held for the citizen since `since`, if any."""
    row = next(iter(db.query("SELECT value FROM meta WHERE key = ?", [_KEY.format(user_id)])),
               None)
    if row is None:
        return None
    value = json.loads(row["value"])
    return str(value["text"]) if dt.datetime.fromisoformat(value["at"]) >= since else None


def drop(db: Database, user_id: int) -> None:
    """Forget what was held for the citizen (taken by a report)."""
    db.execute("DELETE FROM meta WHERE key = ?", [_KEY.format(user_id)])
