"""A citizen the bot can no longer write to, through the real `run` on the fake Bot API: a chat
Telegram answers 400 "chat not found", a 403 block, and the my_chat_member update a block sends.
No confirmation claims a delivery that did not happen; the unit learns what to do instead."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_staff_e2e import CITIZEN, NUMBER, SUPERVISOR, WATER, WATER_GROUP, said, start
from tests.test_supervision_e2e import tick

BOT = {"id": 123456, "is_bot": True, "first_name": "金来办", "username": "jinlaiban_bot"}


def _report(fake: FakeBotAPI) -> str:
    # with a phone to call: one with none is out of reach (tests/test_no_channel_e2e.py)
    fake.send_text(CITIZEN, "我家小区停水两天了，一直没人管，电话13812345678")
    match = NUMBER.search(said(fake, CITIZEN, "工单编号")["text"])
    assert match
    return match.group()


def _unreachable_at(bot: BotProcess) -> str | None:
    rows = bot.query("SELECT unreachable_at FROM people WHERE user_id = ?", [CITIZEN])
    return rows[0]["unreachable_at"] if rows else None


def _kicked(fake: FakeBotAPI) -> None:
    fake.inject_update({"my_chat_member": {
        "chat": {"id": CITIZEN, "type": "private", "first_name": "张三"},
        "from": {"id": CITIZEN, "is_bot": False, "first_name": "张三"},
        "date": int(time.time()),
        "old_chat_member": {"user": BOT, "status": "member"},
        "new_chat_member": {"user": BOT, "status": "kicked", "until_date": 0}}})


@pytest.mark.slow
def test_a_chat_not_found_is_never_told_as_sent_and_the_unit_learns_what_to_do(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    number = _report(fake)
    fake.lose_chat(CITIZEN)  # the citizen's account is gone: 400 chat not found from now on
    fake.send_text(WATER, f"/reply {number} 明天上午派人上门检修")
    answer = said(fake, WATER, "✉️")["text"]
    assert "已提交发送" in answer and "已发送给" not in answer
    told = said(fake, WATER, "无法送达", timeout=20)["text"]
    assert number in told and f"/contact {number}" in told and "找不到" in told
    assert number in said(fake, WATER_GROUP, "无法送达")["text"]
    assert _unreachable_at(bot)
    failed = bot.query("SELECT state, error FROM outbox WHERE chat_id = ? AND dedupe_key LIKE"
                       " 'push:%reply%'", [CITIZEN])
    assert failed and all(r["state"] == "failed" and "chat not found" in r["error"].lower()
                          for r in failed)
    # Now known: /done says at once that the result cannot reach the citizen.
    fake.send_text(WATER, f"/done {number} 已更换阀门，恢复供水")
    done = said(fake, WATER, "已办结")["text"]
    assert "无法送达" in done and f"/contact {number}" in done and "已发送给" not in done
    events = bot.query("SELECT action FROM events WHERE action = 'unreachable'")
    assert len(events) == 1  # told once, not again for every message that fails


@pytest.mark.slow
def test_a_block_by_my_chat_member_marks_the_citizen_unreachable_at_once(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    number = _report(fake)
    fake.block(CITIZEN)
    _kicked(fake)
    fake.wait_until(lambda: _unreachable_at(bot), timeout=15)
    told = said(fake, WATER_GROUP, "无法送达")["text"]
    assert number in told and "屏蔽" in told
    assert bot.query("SELECT processed_at FROM inbox WHERE payload LIKE '%my_chat_member%'"
                     )[0]["processed_at"]
    fake.send_text(WATER, f"/reply {number} 明天上午派人上门检修")
    answer = said(fake, WATER, "答复已记录")["text"]
    assert "无法送达" in answer and "已发送给" not in answer


@pytest.mark.slow
def test_a_403_on_a_resolved_ticket_tells_the_supervisors_to_visit_by_phone(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    number = _report(fake)
    fake.block(CITIZEN)
    fake.send_text(WATER, f"/done {number} 已更换阀门，恢复供水")
    done = said(fake, WATER, "已办结")["text"]
    assert "已提交发送" in done and "已发送给" not in done
    assert number in said(fake, WATER, "无法送达", timeout=20)["text"]
    assert "电话回访" in said(fake, WATER, "无法送达")["text"]
    assert _unreachable_at(bot)
    # When the 回访 is due, the supervisors are asked to call, and their record counts.
    resolved = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"])
    assert "visits 1" in tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    ask = said(fake, SUPERVISOR, "电话回访")
    assert number in ask["text"] and "无法接收" in ask["text"] and ask.get("reply_markup")
    assert not [m for m in fake.sent(CITIZEN) if "回访" in (m["text"] or "")]
    ticket_id = bot.tickets()[0]["id"]
    fake.press(SUPERVISOR, ask, f"v:{ticket_id}:0:c:1")
    said(fake, SUPERVISOR, "第二个问题")
    # Three days on, no answer from the citizen is 默认满意: it stays awaiting the record.
    tick(bot, by_day(resolved + dt.timedelta(days=5)))
    assert bot.tickets()[0]["state"] == "resolved"
    assert said(fake, SUPERVISOR, "尚未记录")


@pytest.mark.slow
def test_a_block_during_the_visit_hands_the_waiting_question_to_the_supervisors(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    number = _report(fake)
    fake.send_text(WATER, f"/done {number} 已更换阀门，恢复供水")
    said(fake, CITIZEN, "办理结果")
    resolved = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"])
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    question = said(fake, CITIZEN, "经办人是否联系过您")
    ticket_id = bot.tickets()[0]["id"]
    fake.press(CITIZEN, question, f"v:{ticket_id}:0:c:1")
    said(fake, CITIZEN, "第二个问题")  # the second question reached them
    fake.block(CITIZEN)
    _kicked(fake)
    ask = said(fake, SUPERVISOR, "电话回访")
    assert number in ask["text"] and "第二个问题" in ask["text"] and ask.get("reply_markup")
    fake.press(SUPERVISOR, ask, f"v:{ticket_id}:0:s:1")
    last = said(fake, SUPERVISOR, "最后一个问题")
    fake.press(SUPERVISOR, last, f"v:{ticket_id}:0:r:3")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "closed", timeout=15)
    assert bot.tickets()[0]["rating"] == "satisfied"
