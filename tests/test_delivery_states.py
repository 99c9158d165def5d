"""The outbox's delivery states on a real SQLite store: queued → sending → sent | failed |
unknown, fairness lanes, failure notices and the migration of older rows."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from sqlite_utils import Database

from bot.actions.desk import enqueue
from bot.domain.delivery import (
    COMMANDS_IN_A_FLOOD,
    Burst,
    Priority,
    burst,
    command_answered,
    command_in_flood,
)
from bot.render import Notice, Outgoing
from bot.store import outbox
from bot.store.db import Store
from bot.store.schema import migrations
from handlers.loops import backoff

NOW = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)
LATER = NOW + dt.timedelta(minutes=5)


def queue(store: Store, *messages: Outgoing) -> None:
    with store.atomic() as db:
        for message in messages:
            enqueue(db, message, NOW)


def take(store: Store, *ids: int) -> list[outbox.Queued]:
    with store.atomic() as db:
        return outbox.mark_sending(db, ids, NOW + dt.timedelta(seconds=20))


def settle(store: Store, *outcomes: outbox.Outcome) -> list[int]:
    """Record the outcomes; the chats refused for good."""
    with store.atomic() as db:
        return outbox.record(db, outcomes, NOW).blocked


def heads(store: Store, lane: Priority = Priority.REPLY, after: int | None = None
          ) -> list[tuple[int, int, str]]:
    return [(h.chat_id, h.id, h.state) for h in outbox.heads(store.db, lane, after, 100)]


def states(store: Store) -> dict[int, tuple[str, int]]:
    return {r["id"]: (r["state"], r["marked"]) for r in store.query("SELECT * FROM outbox")}


def test_a_sent_message_is_never_picked_again_and_one_in_flight_blocks_its_chat() -> None:
    store = Store.memory()
    queue(store, Outgoing("a", 5, "一"), Outgoing("b", 5, "二"), Outgoing("c", 6, "三"))
    assert heads(store) == [(5, 1, "queued"), (6, 3, "queued")]  # each chat's oldest
    [row] = take(store, 1)
    assert heads(store) == [(5, 1, "sending"), (6, 3, "queued")]  # in flight: its chat waits
    settle(store, outbox.Outcome(row, "sent", message_id=99))
    assert heads(store) == [(5, 2, "queued"), (6, 3, "queued")]
    assert store.one("SELECT message_id, deadline FROM outbox WHERE id = 1") == {
        "message_id": 99, "deadline": None}


def test_an_unknown_outcome_is_resent_once_marked_then_given_up() -> None:
    store = Store.memory()
    queue(store, Outgoing("a", 5, "一"))
    [row] = take(store, 1)
    assert not row.marked
    settle(store, outbox.Outcome(row, "unknown", "timed out"))
    assert states(store) == {1: ("unknown", 1)}
    [again] = take(store, 1)
    assert again.marked  # the resend carries the mark
    settle(store, outbox.Outcome(again, "retry", "httpx.ConnectError"))
    assert states(store) == {1: ("unknown", 1)}  # never went out: still owed, still marked
    [again] = take(store, 1)
    settle(store, outbox.Outcome(again, "unknown", "timed out"))
    assert states(store) == {1: ("failed", 1)}  # not a third time
    assert heads(store) == []


def test_retries_are_capped_but_429_waits_do_not_count() -> None:
    store = Store.memory()
    queue(store, Outgoing("a", 5, "一"))
    for _ in range(outbox.RETRY_LIMIT + 3):
        [row] = take(store, 1)
        settle(store, outbox.Outcome(row, "retry", "429", counts=False))
    assert states(store) == {1: ("queued", 0)}
    for _ in range(outbox.RETRY_LIMIT):
        [row] = take(store, 1)
        settle(store, outbox.Outcome(row, "retry", "500"))
    assert states(store)[1][0] == "failed"


def test_recover_treats_attempts_in_flight_at_a_crash_as_unknown() -> None:
    store = Store.memory()
    queue(store, Outgoing("a", 5, "一"), Outgoing("b", 6, "二"))
    take(store, 1)
    [row] = take(store, 2)
    settle(store, outbox.Outcome(row, "unknown", "timed out"))
    take(store, 2)  # its marked resend is in flight when the bot is killed
    with store.atomic() as db:
        assert outbox.recover(db, NOW) == 2
    assert states(store) == {1: ("unknown", 1), 2: ("failed", 1)}


def test_priority_overtakes_within_a_chat_and_lanes_go_round_robin() -> None:
    store = Store.memory()
    group = -100
    queue(store, *(Outgoing(f"push{i}", group, f"新工单{i}", priority=Priority.STAFF)
                   for i in range(3)),
          Outgoing("fire", group, "紧急", priority=Priority.URGENT),
          *(Outgoing(f"ack{c}", c, "收到") for c in (3, 1, 2)))
    assert heads(store, Priority.URGENT) == [(group, 4, "queued")]
    assert heads(store, Priority.STAFF) == []  # the group's next message is the urgent one
    assert heads(store, Priority.REPLY, after=1) == [(2, 7, "queued"), (3, 5, "queued"),
                                                     (1, 6, "queued")]  # wraps round
    [row] = take(store, 4)
    settle(store, outbox.Outcome(row, "sent"))
    assert heads(store, Priority.STAFF) == [(group, 1, "queued")]  # then the backlog, in order


def test_a_message_waiting_to_retry_is_not_overtaken_by_its_equals() -> None:
    store = Store.memory()
    queue(store, Outgoing("a", 5, "先"), Outgoing("b", 5, "后"))
    [row] = take(store, 1)
    settle(store, outbox.Outcome(row, "retry", "429", delay=300, counts=False))
    [head] = outbox.heads(store.db, Priority.REPLY, None, 10)
    assert (head.id, head.not_before) == (1, LATER.isoformat())


def test_a_failed_message_queues_its_notice_once_and_a_blocked_chat_fails_all() -> None:
    store = Store.memory()
    notice = Notice(900, "⚠️ 公开栏目未能发出")
    long = "\n".join("内容" * 1000 for _ in range(3))  # in parts: one notice for them all
    queue(store, Outgoing("post", -500, long, notice=notice))
    parts = [r["id"] for r in store.query("SELECT id FROM outbox")]
    assert len(parts) > 1
    for part in take(store, *parts):
        settle(store, outbox.Outcome(part, "failed", "400 Bad Request: chat not found"))
    notices = store.query("SELECT * FROM outbox WHERE chat_id = 900")
    assert [(n["dedupe_key"], n["priority"], json.loads(n["params"])["text"]) for n in notices
            ] == [("undelivered:post", Priority.STAFF, notice.text)]
    queue(store, Outgoing("a", 5, "一", notice=notice), Outgoing("b", 5, "二"))
    first, second = (r["id"] for r in store.query("SELECT id FROM outbox WHERE chat_id = 5"))
    [row] = take(store, first)
    assert settle(store, outbox.Outcome(row, "blocked", "403 blocked")) == [5]
    assert {r["id"]: r["state"] for r in store.query("SELECT * FROM outbox WHERE chat_id = 5")
            } == {first: "failed", second: "failed"}
    assert store.one("SELECT count(*) AS n FROM outbox WHERE dedupe_key = 'undelivered:a'"
                     ) == {"n": 1}


def test_older_rows_are_migrated_to_the_new_states(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="m006_delivery")
    for n, state in enumerate(["pending", "sending", "sent", "failed"]):
        old["outbox"].insert({"dedupe_key": f"k{n}", "chat_id": 5, "method": "sendMessage",
                              "params": "{}", "state": state, "attempts": 1,
                              "not_before": "2026"})
    old.close()
    store = Store.open(path)
    assert states(store) == {1: ("queued", 0), 2: ("unknown", 1), 3: ("sent", 0),
                             4: ("failed", 0)}
    store.close()


OUTCOMES = st.sampled_from(["sent", "retry", "unknown", "failed", "wait"])


@given(st.lists(OUTCOMES, max_size=30))
def test_whatever_happens_a_message_goes_out_at_most_once_unmarked_and_once_marked(
    outcomes: list[str]
) -> None:
    """Property: over any run of attempt outcomes, at most one unmarked and one marked attempt
    may have reached Telegram, and nothing is picked after it was sent or given up."""
    store = Store.memory()
    queue(store, Outgoing("a", 5, "一"))
    reached = {0: 0, 1: 0}
    for kind in outcomes:
        if not heads(store):
            assert states(store)[1][0] in ("sent", "failed")
            break
        [row] = take(store, 1)
        if kind in ("sent", "unknown"):
            reached[row.marked] += 1
        settle(store, outbox.Outcome(row, "retry" if kind == "wait" else kind, "x",
                                     counts=kind != "wait"))
    assert reached[0] <= 1 and reached[1] <= 1


def test_backoff_is_capped_and_never_overflows() -> None:
    assert all(0 < backoff(n, cap=60) <= 60 * 1.25 for n in (0, 1, 2, 10, 1024, 10**9))


def test_a_flood_has_one_reply_per_burst() -> None:
    limit = 20
    assert burst(20, limit, before_was_over=False) is Burst.NONE
    assert burst(21, limit, before_was_over=False) is Burst.START
    assert burst(300, limit, before_was_over=True) is Burst.ONGOING
    assert burst(300, 0, before_was_over=True) is Burst.NONE  # 0 = off


def test_commands_in_a_flood_are_answered_a_few_a_minute() -> None:
    assert command_answered(1) and command_answered(COMMANDS_IN_A_FLOOD)
    assert not command_answered(COMMANDS_IN_A_FLOOD + 1)
    # Past the limit: one notice to wait (the first refused), then nothing.
    assert command_in_flood(COMMANDS_IN_A_FLOOD, before_refused=False) is Burst.NONE
    assert command_in_flood(COMMANDS_IN_A_FLOOD + 1, before_refused=False) is Burst.START
    assert command_in_flood(COMMANDS_IN_A_FLOOD + 4, before_refused=True) is Burst.ONGOING


def test_buttons_taken_before_a_message_lands_never_stay_on_it() -> None:
    """A question answered (or asked again) while its copy is still queued or on its way:
    a queued copy goes without buttons; one in flight has them edited off once it lands."""
    store = Store.memory()
    keys = {"inline_keyboard": [[{"text": "是", "callback_data": "v:1:0:c:1"}]]}
    queue(store, Outgoing("q:1", 5, "问一", keys), Outgoing("q:2", 6, "问二", keys),
          Outgoing("other", 6, "别的", keys))
    [flying] = take(store, 1)
    with store.atomic() as db:
        assert outbox.take_buttons(db, "q:%") == []  # nothing delivered yet
    buttoned = store.query("SELECT dedupe_key FROM outbox"
                           " WHERE json_extract(params, '$.reply_markup') IS NOT NULL")
    assert [r["dedupe_key"] for r in buttoned] == ["other"]  # another key keeps its buttons
    settle(store, outbox.Outcome(flying, "sent", message_id=41))
    edit = store.one("SELECT chat_id, method, params, state FROM outbox"
                     " WHERE dedupe_key = 'unbutton:5:41'")
    assert (edit["chat_id"], edit["method"], edit["state"]) == (5, "editMessageReplyMarkup",
                                                               "queued")
    assert json.loads(edit["params"]) == {"chat_id": 5, "message_id": 41}
    [queued] = take(store, 2)
    assert "reply_markup" not in queued.params
    settle(store, outbox.Outcome(queued, "sent", message_id=42))  # sent bare: nothing to edit
    assert store.one("SELECT count(*) AS n FROM outbox WHERE method LIKE 'edit%'") == {"n": 1}
