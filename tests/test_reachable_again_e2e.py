"""A citizen who blocked the bot and came back, through the real `run` on the fake Bot API
(outside tester; refs #10): the unit is told they can be written to again, a 回访 that went to
the supervisors only because they were out of reach goes back to them, and a phone 回访 a
supervisor began is theirs to record — the citizen's words answering the 回访 they were asked
in the chat go to that one, never to the phone one (words answering the phone one take it
back: tests/test_phone_visit_answered_e2e.py)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_staff_e2e import CITIZEN, SUPERVISOR, WATER, WATER_GROUP, said, start
from tests.test_supervision_e2e import tick
from tests.test_undelivered_e2e import BOT, _kicked, _unreachable_at

Json = dict[str, Any]


def _member(fake: FakeBotAPI) -> None:
    """The citizen starts the bot again after blocking it."""
    fake.block(CITIZEN, False)
    fake.inject_update({"my_chat_member": {
        "chat": {"id": CITIZEN, "type": "private", "first_name": "张三"},
        "from": {"id": CITIZEN, "is_bot": False, "first_name": "张三"},
        "date": int(time.time()),
        "old_chat_member": {"user": BOT, "status": "kicked", "until_date": 0},
        "new_chat_member": {"user": BOT, "status": "member"}}})


def _block(fake: FakeBotAPI) -> None:
    fake.block(CITIZEN)
    _kicked(fake)


def _report(fake: FakeBotAPI, bot: BotProcess, text: str) -> Json:
    before = len(bot.tickets())
    fake.send_text(CITIZEN, text)
    fake.wait_until(lambda: len(bot.tickets()) > before, timeout=15)
    ticket: Json = bot.tickets()[-1]
    fake.wait_until(lambda: any(ticket["number"] in (m["text"] or "")
                                for m in fake.sent(CITIZEN)), timeout=15)
    return ticket


def _done(fake: FakeBotAPI, bot: BotProcess, ticket: Json) -> dt.datetime:
    fake.send_text(WATER, f"/done {ticket['number']} 已更换阀门，恢复供水")
    fake.wait_until(lambda: _row(bot, ticket)["state"] == "resolved", timeout=15)
    return dt.datetime.fromisoformat(_row(bot, ticket)["resolved_at"])


def _row(bot: BotProcess, ticket: Json) -> Json:
    row: Json = bot.query("SELECT * FROM tickets WHERE id = ?", [ticket["id"]])[0]
    return row


def _with(fake: FakeBotAPI, chat: int, *needles: str, timeout: float = 15) -> Json:
    found: Json = fake.wait_until(lambda: next(
        (m for m in fake.sent(chat) if all(n in (m["text"] or "") for n in needles)), None),
        timeout)
    return found


def _edits(fake: FakeBotAPI, chat: int, message_id: int) -> list[Json]:
    return [m for m in fake.sent(chat) if m["method"].startswith("edit")
            and m.get("message_id") == message_id]


def _out_of_reach(fake: FakeBotAPI, bot: BotProcess) -> None:
    """The citizen blocks the bot; wait until the bot has marked them out of reach."""
    _block(fake)
    fake.wait_until(lambda: _unreachable_at(bot), timeout=15)


def _finished_out_of_reach(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
                           ) -> tuple[BotProcess, Json, dt.datetime]:
    """The bot started; the citizen's water cut finished by the unit, then the citizen out of
    reach: the bot, the ticket and when it was finished."""
    bot = start(fake, make_bot)
    ticket = _report(fake, bot, "我家小区停水两天了，一直没人管")
    resolved = _done(fake, bot, ticket)
    _out_of_reach(fake, bot)
    return bot, ticket, resolved


@pytest.mark.slow
def test_an_unblocked_citizen_gets_the_visit_back_and_an_early_unsolved_reopens_it(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    ticket = _report(fake, bot, "我家小区停水两天了，一直没人管")
    number = ticket["number"]
    resolved = _done(fake, bot, ticket)
    said(fake, CITIZEN, "办理结果")
    fake.send_text(CITIZEN, "胡说，到现在还是没水，没解决，很不满意")
    fake.wait_until(lambda: _row(bot, ticket)["solved"] == 0, timeout=15)
    _out_of_reach(fake, bot)
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    ask = _with(fake, SUPERVISOR, "电话回访", number)
    assert "无法接收" in ask["text"] and ask.get("reply_markup")
    _member(fake)
    # The unit learns, once, that the citizen can be written to again.
    told = _with(fake, WATER_GROUP, "恢复接收", number)
    assert "/contact" not in told["text"]
    _with(fake, SUPERVISOR, "恢复接收", number)
    # The supervisors' question is withdrawn: its buttons come off.
    fake.wait_until(lambda: any("reply_markup" not in e or not e["reply_markup"]
                                for e in _edits(fake, SUPERVISOR, ask["message_id"])), timeout=15)
    question = _with(fake, CITIZEN, "经办人是否联系过您", number)
    assert question.get("reply_markup")
    assert bot.query("SELECT count(*) AS n FROM events WHERE ticket_id = ? AND action ="
                     " 'reachable'", [ticket["id"]])[0]["n"] == 1
    fake.press(CITIZEN, question, f"v:{ticket['id']}:0:c:1")
    assert "之前已经回答过" in _with(fake, CITIZEN, "第二个问题", number)["text"]
    last = _with(fake, CITIZEN, "最后一个问题", number)
    fake.press(CITIZEN, last, f"v:{ticket['id']}:0:r:3")
    # What was said before the question came stands: 未解决 reopens it, whatever the 满意度.
    fake.wait_until(lambda: _row(bot, ticket)["state"] == "reopened", timeout=15)
    roles = bot.query("SELECT DISTINCT actor_role FROM events WHERE ticket_id = ? AND action IN"
                      " ('rate', 'reopen')", [ticket["id"]])
    assert {r["actor_role"] for r in roles} == {"citizen"}
    # A second block and return tells the unit again, and no phone question reaches the citizen.
    assert not [m for m in fake.sent(CITIZEN) if "电话回访" in (m["text"] or "")]
    assert len([m for m in fake.sent(WATER_GROUP) if "恢复接收" in (m["text"] or "")]) == 1


@pytest.mark.slow
def test_a_citizens_typed_answer_never_goes_to_a_phone_visit(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    first = _report(fake, bot, "我家小区停水两天了，一直没人管")
    resolved = _done(fake, bot, first)
    _block(fake)
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    ask = _with(fake, SUPERVISOR, "电话回访", first["number"])
    fake.press(SUPERVISOR, ask, f"v:{first['id']}:0:c:1")  # the call under way: theirs to finish
    second_ask = _with(fake, SUPERVISOR, "第二个问题", first["number"])
    fake.block(CITIZEN, False)
    second = _report(fake, bot, "村里自来水管爆了，水漫到路上了")  # writing again: back
    resolved2 = _done(fake, bot, second)
    tick(bot, by_day(resolved2 + dt.timedelta(hours=25)))
    _with(fake, CITIZEN, "经办人是否联系过您", second["number"])
    for words in ("联系过了，解决了，满意", "问题已经解决了", "满意"):
        fake.send_text(CITIZEN, words)
        time.sleep(2)
    fake.wait_until(lambda: _row(bot, second)["state"] == "closed", timeout=15)
    assert _row(bot, second)["rating"] == "satisfied"
    # The phone visit is the supervisors': nothing the citizen typed is recorded on it.
    row = _row(bot, first)
    assert row["state"] == "resolved" and row["solved"] is None and row["rating"] is None
    assert not bot.query("SELECT * FROM events WHERE actor_id = ? AND actor_role ="
                         " 'supervisor'", [CITIZEN])
    assert not [m for m in fake.sent(CITIZEN) if "电话回访" in (m["text"] or "")
                or "群众对办理结果" in (m["text"] or "")]
    # Their button on the phone visit's question is refused, and changes nothing.
    fake.press(CITIZEN, second_ask, f"v:{first['id']}:0:s:1", forge=True)
    time.sleep(1)
    assert _row(bot, first)["solved"] is None
    fake.press(SUPERVISOR, second_ask, f"v:{first['id']}:0:s:1")
    last = _with(fake, SUPERVISOR, "最后一个问题", first["number"])
    fake.press(SUPERVISOR, last, f"v:{first['id']}:0:r:3")
    fake.wait_until(lambda: _row(bot, first)["state"] == "closed", timeout=15)
    assert all(r.status == 403 for r in fake.unexpected_errors())  # only while blocked
