"""Withdrawing or correcting in words (an outside citizen tester's findings; refs #10): 撤销吧，
是我弄错了, 7号和8号……撤了吧, 撤回 alone open no ticket; the ticket meant is named with a 撤回
button (and /cancel) that withdraws it; 说错了，不是停水，是停电 offers the wrong ticket and files
the right matter."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import texts, tickets_of

WATER_GROUP, POWER_GROUP = -1101, -1102
WRONG, CORRECTED, NUMBERED, BARE = range(621, 625)
NUMBER = re.compile(r"\d{8}-\d{4,}")


def _said(fake: FakeBotAPI, chat: int, needle: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = fake.wait_until(
        lambda: [m for m in fake.sent(chat) if needle in (m["text"] or "")], timeout=20)
    return found[-1]


def _report(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str) -> dict[str, Any]:
    had = len(tickets_of(bot, citizen))
    fake.send_text(citizen, text)
    fake.wait_until(lambda: len(tickets_of(bot, citizen)) == had + 1, timeout=20)
    _said(fake, citizen, tickets_of(bot, citizen)[-1]["number"])
    return tickets_of(bot, citizen)[-1]


def _buttons(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b["callback_data"] for row in rows for b in row]


def test_words_to_withdraw_open_no_ticket_and_name_the_one_meant(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(POWER_GROUP, "县供电公司工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "units.power.chat_id": POWER_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})

    # 停水那个单子撤销吧: no ticket; the water ticket is offered, its button withdraws it.
    water = _report(fake, bot, WRONG, "小区停水了，一直没来水")
    fake.send_text(WRONG, "停水那个单子撤销吧，是我弄错了")
    offer = _said(fake, WRONG, "撤回")
    assert water["number"] in offer["text"] and "/cancel" in offer["text"]
    assert _buttons(offer) == [f"wd:{water['id']}"]
    assert len(tickets_of(bot, WRONG)) == 1 and tickets_of(bot, WRONG)[0]["state"] == "new"
    fake.press(WRONG, offer, f"wd:{water['id']}")
    fake.wait_until(lambda: tickets_of(bot, WRONG)[0]["state"] == "withdrawn", timeout=20)
    _said(fake, WRONG, "已撤回")
    _said(fake, WATER_GROUP, water["number"])
    assert any("撤回" in t and water["number"] in t for t in texts(fake, WATER_GROUP))

    # 说错了，不是停水，是停电: the water ticket offered (still open until confirmed), a power
    # ticket filed.
    wrong = _report(fake, bot, CORRECTED, "家里停水了")
    fake.send_text(CORRECTED, "不好意思刚才说错了，不是停水，是停电")
    fake.wait_until(lambda: len(tickets_of(bot, CORRECTED)) == 2, timeout=20)
    right = tickets_of(bot, CORRECTED)[1]
    assert right["unit"] == "power"
    offer = _said(fake, CORRECTED, "要撤回下面的工单")
    assert wrong["number"] in offer["text"] and right["number"] not in offer["text"]
    assert _buttons(offer) == [f"wd:{wrong['id']}"]
    _said(fake, CORRECTED, right["number"])
    assert tickets_of(bot, CORRECTED)[0]["state"] == "new"

    # Two tickets named by number: both offered, each with its button; no ticket.
    first = _report(fake, bot, NUMBERED, "村口路灯坏了")
    second = _report(fake, bot, NUMBERED, "楼道里的灯也不亮")
    seqs = [t["number"].split("-")[1].lstrip("0") for t in (first, second)]
    fake.send_text(NUMBERED, f"{seqs[0]}号和{seqs[1]}号是我问进度的，不是新问题，撤了吧")
    offer = _said(fake, NUMBERED, "这几件工单")
    assert _buttons(offer) == [f"wd:{first['id']}", f"wd:{second['id']}"]
    assert len(tickets_of(bot, NUMBERED)) == 2

    # 撤回 alone, with nothing open: told so, not the self-introduction; no ticket.
    fake.send_text(BARE, "撤回")
    said = _said(fake, BARE, "无需撤回")
    assert "金来办" not in said["text"] and not tickets_of(bot, BARE)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
