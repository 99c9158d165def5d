"""What a unit's chats receive of a new report, through the real bot and the fake Bot API: every
part of a long one says whose it is, and nobody is offered buttons they may not press (SPEC §4,
§7)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN, WATER, COLLEAGUE = 501, 11, 12
WATER_GROUP = -1001
NUMBER = re.compile(r"\d{8}-\d{4,}")
PART = re.compile(r"第(\d+)/(\d+)部分")
OVERRIDES = {"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0}

Json = dict[str, Any]


def _join(bot: BotProcess, fake: FakeBotAPI, user: int) -> None:
    done = bot.cli("invite", "--unit", "water")
    assert done.returncode == 0, done.stderr
    fake.send_text(user, f"/join {done.stdout.splitlines()[-1]}")
    fake.wait_until(lambda: any("绑定成功" in (m["text"] or "") for m in fake.sent(user)))


def _buttons(message: Json) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row]


def test_staff_reporting_for_themselves_get_no_unit_buttons(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """A water bureau clerk reports a burst pipe at home in private chat: they are answered as a
    citizen; their colleague and the group get the push with 接单/退单; the clerk gets no push
    with buttons they would be refused on."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot(OVERRIDES)
    _join(bot, fake, WATER)
    _join(bot, fake, COLLEAGUE)
    joined = len(fake.sent(WATER))
    fake.send_text(WATER, "我家楼下的自来水管漏水两天了，一直没人来修")
    ack = fake.wait_until(lambda: next((m for m in fake.sent(WATER)[joined:]
                                        if "已收到您的反映" in (m["text"] or "")), None))
    number = NUMBER.search(ack["text"]).group()  # type: ignore[union-attr]
    pushes = [fake.wait_until(lambda c=chat: next((m for m in fake.sent(c)
                                                   if number in (m["text"] or "")), None))
              for chat in (COLLEAGUE, WATER_GROUP)]
    ticket_id = bot.tickets()[0]["id"]
    assert all(_buttons(p) == [f"acc:{ticket_id}", f"ret:{ticket_id}"] for p in pushes)
    fake.wait_until(lambda: not bot.query("SELECT 1 FROM outbox WHERE state IN"
                                          " ('queued', 'sending', 'unknown')"))
    own = fake.sent(WATER)[joined:]
    assert [m for m in own if _buttons(m)] == [], own
    assert [m["text"] for m in own] == [ack["text"]]

    # The colleague handles it; the clerk hears of it as the citizen they are.
    fake.press(COLLEAGUE, pushes[0], f"acc:{ticket_id}")
    fake.wait_until(lambda: any("签收" in (m["text"] or "") for m in fake.sent(WATER)[joined:]))
    assert bot.tickets()[0]["state"] == "accepted"
    # Used: the buttons go from both copies of the push, the one pressed on and the group's,
    # and who signed takes the place of the call to sign.
    fake.wait_until(lambda: [len(fake.sent(c, "editMessageText"))
                             for c in (COLLEAGUE, WATER_GROUP)] == [1, 1])
    assert not fake.unexpected_errors()


def test_a_long_report_reaches_the_unit_whole_with_its_number_on_every_part(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """A report of 4,096 characters (markup-like and escaped characters, an emoji, several
    paragraphs): the unit's group gets it in parts, each naming the ticket and 第i/n部分, each
    valid HTML (the fake parses it as Telegram does), and together every character of it."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot(OVERRIDES)
    paragraph = "小区停水<三天>了 & 没人管😡，" + "楼里老人多，买水很难，" * 60
    report = ("\n".join([paragraph] * 8))[:4096]
    fake.send_text(CITIZEN, report)
    fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    number = ticket["number"]
    fake.wait_until(lambda: not bot.query("SELECT 1 FROM outbox WHERE state IN"
                                          " ('queued', 'sending', 'unknown')"), timeout=30)
    parts = fake.sent(WATER_GROUP, "sendMessage")
    assert len(parts) >= 2
    labels = [PART.search(m["text"]) for m in parts]
    assert all(number in m["text"] for m in parts)
    assert [(int(x[1]), int(x[2])) for x in labels if x] == \
        [(i + 1, len(parts)) for i in range(len(parts))]
    assert _buttons(parts[-1]) and not any(_buttons(m) for m in parts[:-1])
    # Every character of the report arrived, in order (labels and line ends aside).
    body = "".join(m["text"].split("\n", 1)[1] for m in parts)
    assert re.sub(r"\s", "", report) in re.sub(r"\s", "", body)
    assert not fake.unexpected_errors()
