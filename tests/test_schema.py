"""The schema: migrations bring an older database up to date, and the SQL that must repeat the
partial index's condition does."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from bot.store.db import Store
from bot.store.schema import migrations
from bot.store.tickets import OPEN_SQL


def test_open_sql_repeats_the_partial_index_condition() -> None:
    store = Store.memory()
    sql = store.one("SELECT sql FROM sqlite_master WHERE name = 'tickets_open_deadline'")
    assert sql is not None and sql["sql"].endswith(f"WHERE {OPEN_SQL}")


def test_ratings_stored_as_labels_become_codes(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="m003_codes")
    for n, rating in enumerate(["满意", "基本满意", "不满意", "默认满意", None]):
        old["tickets"].insert({"number": f"20261101-000{n}", "source_key": f"k{n}", "text": "t",
                               "unit": "water", "state": "closed", "received_at": "2026",
                               "rating": rating})
    old.close()
    store = Store.open(path)
    assert [r["rating"] for r in store.query("SELECT rating FROM tickets ORDER BY id")] == [
        "satisfied", "basic", "unsatisfied", "default", None]
    store.close()


def test_a_second_process_waits_its_turn_instead_of_failing(tmp_path: Path) -> None:
    """`tick` beside the running bot: both read, then write; neither may fail with
    "database is locked" (a deferred transaction would, on SQLite's snapshot rule)."""
    import threading

    first, second = Store.open(tmp_path / "x.db"), Store.open(tmp_path / "x.db")
    errors: list[BaseException] = []

    def other() -> None:
        try:
            with second.atomic() as db:
                db.execute("SELECT count(*) FROM meta").fetchall()
                db.execute("INSERT INTO meta (key, value) VALUES ('b', '2')")
        except BaseException as exc:  # pragma: no cover - the failure being tested for
            errors.append(exc)

    with first.atomic() as db:
        db.execute("SELECT count(*) FROM meta").fetchall()
        thread = threading.Thread(target=other)
        thread.start()
        thread.join(0.3)  # it is waiting for our lock now
        db.execute("INSERT INTO meta (key, value) VALUES ('a', '1')")
    thread.join(10)
    assert errors == [] and first.get_meta("a") == "1" and first.get_meta("b") == "2"


def test_nested_blocks_undo_only_their_own_writes() -> None:
    """Savepoints of one name nest: an inner block that fails leaves the outer one's writes."""
    store = Store.memory()
    with store.atomic() as db:
        db.execute("INSERT INTO meta (key, value) VALUES ('outer', '1')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO meta (key, value) VALUES ('inner', '1')")
            with db.atomic():
                db.execute("INSERT INTO meta (key, value) VALUES ('innermost', '1')")
            raise ValueError
        with db.atomic():
            db.execute("INSERT INTO meta (key, value) VALUES ('kept', '1')")
    keys = {row["key"] for row in store.query("SELECT key FROM meta")}
    assert {"outer", "kept"} <= keys and not {"inner", "innermost"} & keys
