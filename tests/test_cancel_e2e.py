"""/cancel as an outside tester met it (refs #10): a daily sequence three of the citizen's tickets
share is asked back with each of them to choose from, as /status does, never "no such ticket";
and a withdrawn ticket's 接单/退单 buttons go from the unit's staff and group copies, with a line
saying the citizen withdrew it."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN, WATER = 663, 21
WATER_GROUP = -1001
NUMBER = re.compile(r"\d{8}-\d{4,}")


def _buttons(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row]


def test_a_shared_sequence_is_asked_back_with_the_tickets_to_choose(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    for day, text in enumerate(["我们小区从昨天开始停水了", "小区门口那盏路灯坏了好几天",
                                "楼下的垃圾好几天没人清运了"]):
        fake.send_text(CITIZEN, text)
        fake.wait_sent(CITIZEN, day + 1)
    # Three days' tickets, each the first of its day: all share sequence 1.
    with sqlite3.connect(str(bot.database)) as conn:
        for n, ticket in enumerate(sorted(bot.tickets(), key=lambda t: t["id"])):
            conn.execute("UPDATE tickets SET number = ? WHERE id = ?",
                         (f"2026110{n + 1}-0001", ticket["id"]))
    fake.send_text(CITIZEN, "/cancel 1")
    answer = fake.wait_sent(CITIZEN, 4)[-1]["text"]
    assert "没有找到" not in answer, answer
    assert all(f"2026110{n}-0001" in answer for n in (1, 2, 3)), answer
    assert "/cancel 20261101-0001" in answer or "/cancel 2026110" in answer, answer
    assert all(t["state"] != "withdrawn" for t in bot.tickets())
    assert not fake.unexpected_errors()


@pytest.mark.parametrize("how", ["command", "button"])
def test_a_withdrawn_ticket_loses_its_unit_buttons(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], how: str
) -> None:
    """Withdrawn by /cancel or by the 撤回 button offered for 撤回 in words: either way."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0})
    done = bot.cli("invite", "--unit", "water")
    fake.send_text(WATER, f"/join {done.stdout.splitlines()[-1]}")
    fake.wait_until(lambda: any("绑定成功" in (m["text"] or "") for m in fake.sent(WATER)))
    fake.send_text(CITIZEN, "我们小区从昨天开始停水了")
    number = NUMBER.search(fake.wait_sent(CITIZEN, 1)[-1]["text"]).group()  # type: ignore[union-attr]
    for chat in (WATER, WATER_GROUP):
        fake.wait_until(lambda c=chat: any(_buttons(m) for m in fake.sent(c)))
    fake.wait_until(lambda: not bot.query("SELECT 1 FROM outbox WHERE state IN"
                                          " ('queued', 'sending', 'unknown')"))
    if how == "command":
        fake.send_text(CITIZEN, f"/cancel {number}")
    else:
        fake.send_text(CITIZEN, "撤回")
        offer = fake.wait_sent(CITIZEN, 2)[-1]
        fake.press(CITIZEN, offer, f"wd:{bot.tickets()[0]['id']}")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "withdrawn", timeout=20)
    assert bot.tickets()[0]["state"] == "withdrawn"
    for chat in (WATER, WATER_GROUP):
        edit = fake.wait_until(lambda c=chat: next(iter(fake.sent(c, "editMessageText")), None),
                               timeout=20)
        assert not _buttons(edit) and "市民已撤回" in edit["text"] and number in edit["text"]
    assert not fake.unexpected_errors()
