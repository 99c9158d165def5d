"""Inbox and outbox on a real SQLite store: idempotent, ordered, split to Telegram's limits."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from bot.actions.desk import enqueue
from bot.domain.delivery import Priority
from bot.render import Outgoing
from bot.store import inbox, outbox
from bot.store.db import InstanceLocked, Store

NOW = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)


def test_inbox_stores_once_advances_offset_and_claims_once() -> None:
    store = Store.memory()
    updates = [{"update_id": 7, "message": {}}, {"update_id": 8, "message": {}}]
    assert inbox.store(store.db, updates, NOW) == 2
    assert inbox.store(store.db, updates, NOW) == 0  # redelivered: nothing new
    assert inbox.offset(store.db) == 9
    inbox.store(store.db, [{"update_id": 3}], NOW)  # an older id never moves the offset back
    assert inbox.offset(store.db) == 9
    with store.atomic() as db:
        assert inbox.claim(db, 7, NOW) and not inbox.claim(db, 7, NOW)
    assert [u for u, _ in inbox.pending(store.db)] == [3, 8]


def test_outbox_is_idempotent_and_splits_long_text() -> None:
    store = Store.memory()
    long = "\n".join(f"第{i}行 " + "内容" * 50 for i in range(200))
    with store.atomic() as db:
        parts = enqueue(db, Outgoing("k1", 5, long, {"inline_keyboard": []}), NOW)
        assert enqueue(db, Outgoing("k1", 5, long), NOW) == 0
    rows = [json.loads(r["params"]) for r in store.query("SELECT params FROM outbox ORDER BY id")]
    assert len(rows) == parts > 1
    assert all(len(r["text"]) <= 4096 for r in rows)
    assert "reply_markup" in rows[-1] and "reply_markup" not in rows[0]
    assert [h.id for h in outbox.heads(store.db, Priority.REPLY, None, 10)] == [1]  # in order


def test_one_instance_per_database(tmp_path: Path) -> None:
    first = Store.open(tmp_path / "x.db", exclusive=True)
    with pytest.raises(InstanceLocked):
        Store.open(tmp_path / "x.db", exclusive=True)
    first.close()
    Store.open(tmp_path / "x.db", exclusive=True).close()


def test_the_lock_is_the_file_not_the_path(tmp_path: Path) -> None:
    """A symlink or a hard link to a database in use (another folder, another name) is the
    same file: refused."""
    first = Store.open(tmp_path / "x.db", exclusive=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "link.db").symlink_to(tmp_path / "x.db")
    os.link(tmp_path / "x.db", elsewhere / "hard.db")
    for twin in ("link.db", "hard.db"):
        with pytest.raises(InstanceLocked):
            Store.open(elsewhere / twin, exclusive=True)
    first.set_meta("k", "v")  # the refused twins left the running store's locks alone
    first.close()
    Store.open(elsewhere / "hard.db", exclusive=True).close()


def test_audit_log_is_append_only() -> None:
    import sqlite3

    store = Store.memory()
    with store.atomic() as db:
        db["tickets"].insert({"number": "20261127-0001", "source_key": "k", "text": "t",
                              "unit": "water", "state": "new", "received_at": "x"})
        db["events"].insert({"ticket_id": 1, "at": "x", "action": "created"})
    with pytest.raises(sqlite3.DatabaseError):
        store.db.execute("UPDATE events SET action = 'forged'")
    with pytest.raises(sqlite3.DatabaseError):
        store.db.execute("DELETE FROM events")


def test_backup_is_a_consistent_copy(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "live.db")
    store.set_meta("k", "v")
    store.backup(tmp_path / "copy.db")
    copy = Store.open(tmp_path / "copy.db")
    assert copy.get_meta("k") == "v"
    store.close()
    copy.close()


def test_queries_read_without_a_savepoint_and_still_refuse_writes() -> None:
    """A SELECT runs as it is (sqlite-utils' savepoint guard doubled the statements of an
    update); anything else still goes through the guard, which refuses row-less statements."""
    store = Store.memory()
    seen: list[str] = []
    store.db.conn.set_trace_callback(seen.append)
    assert store.query("SELECT 1 AS a, 2 AS a") == [{"a": 1, "a_2": 2}]
    assert seen == ["SELECT 1 AS a, 2 AS a"]
    with pytest.raises(ValueError):
        store.query("UPDATE meta SET value = 'x'")
