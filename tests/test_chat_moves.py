"""The store side of a unit group that became a supergroup (refs #10; end to end:
tests/test_group_migration_e2e.py): the move is kept in the audit log, every process reads the
unit's group at its new id, and what waited for the old id goes to the new one."""

from __future__ import annotations

import json
from pathlib import Path

from bot.actions import group_moves
from bot.store import chat_moves, held_chats, outbox
from tests.followkit import SUPERVISOR, WATER_GROUP, cst, make_follow

NOW = cst(2026, 12, 2, 10, 0)
NEW = -1002000000001


def test_moves_are_kept_and_followed_to_their_end(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    with f.desk.store.atomic() as db:
        assert chat_moves.record(db, WATER_GROUP, NEW, "water", NOW)
        assert not chat_moves.record(db, WATER_GROUP, NEW, "water", NOW)  # noted once
        assert chat_moves.record(db, NEW, NEW - 1, "water", NOW)
    assert chat_moves.moves(f.db) == {WATER_GROUP: NEW - 1, NEW: NEW - 1}
    config = group_moves.current(f.db, f.desk.config)
    water = config.unit("water")
    assert water is not None and water.chat_id == NEW - 1
    assert group_moves.current(make_follow(tmp_path / "x").db, f.desk.config) == f.desk.config


def test_what_waited_goes_to_the_new_id_and_edits_are_dropped_quietly(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    with f.desk.store.atomic() as db:
        outbox.insert(db, "a", WATER_GROUP, "sendMessage", {"chat_id": WATER_GROUP, "text": "一"},
                      None, NOW)
        held_chats.hold(db, WATER_GROUP, "water", "removed", NOW)
        outbox.insert(db, "b", WATER_GROUP, "sendMessage", {"chat_id": WATER_GROUP, "text": "二"},
                      None, NOW)
        outbox.insert(db, "c", WATER_GROUP, "editMessageReplyMarkup",
                      {"chat_id": WATER_GROUP, "message_id": 5}, None, NOW)
        assert group_moves.moved(f.desk, db, WATER_GROUP, NEW, NOW)
    rows = {r["dedupe_key"]: r for r in f.db.query("SELECT * FROM outbox")}
    assert [(rows[k]["chat_id"], rows[k]["state"]) for k in "ab"] == [(NEW, "queued")] * 2
    assert [json.loads(rows[k]["params"])["chat_id"] for k in "ab"] == [NEW, NEW]
    assert rows["c"]["state"] == "failed" and rows["c"]["chat_id"] == WATER_GROUP
    assert not held_chats.is_held(f.db, WATER_GROUP)
    water = f.desk.config.unit("water")
    assert water is not None and water.chat_id == NEW  # this process's desk follows at once
    assert f.texts(SUPERVISOR) == []  # nobody alarmed


def test_a_chat_of_no_unit_is_followed_but_binds_nothing(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    with f.desk.store.atomic() as db:
        outbox.insert(db, "a", -1009, "sendMessage", {"chat_id": -1009, "text": "一"}, None, NOW)
        assert not group_moves.moved(f.desk, db, -1009, NEW, NOW)
    assert [r["chat_id"] for r in f.db.query("SELECT chat_id FROM outbox")] == [NEW]
    assert chat_moves.moves(f.db) == {}
