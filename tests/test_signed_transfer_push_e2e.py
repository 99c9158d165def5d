"""A ticket signed (签收) and then passed on (/transfer), through the real bot and the fake Bot
API (round 25): the old unit's push, in its group and in its staff member's chat, read
📌 已由…签收 after the transfer, as if the unit still held it. Now every copy reads ↪️ 已转出 with
the unit that holds it, and no longer 📌 — once, while the receiving unit's own push asks it to
sign."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said

CITIZEN, WATER, HOUSING = 591, 651, 652
WATER_GROUP = -1051


def test_a_signed_push_says_it_was_passed_on(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_user(CITIZEN, "张三")
    fake.add_user(WATER, "王经办")
    fake.add_user(HOUSING, "赵经办")
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0})
    join(bot, fake, WATER, "--unit", "water")
    join(bot, fake, HOUSING, "--unit", "housing")
    fake.send_text(CITIZEN, "我们村里自来水停了三天了，到现在还没来水")
    said(fake, CITIZEN, "工单编号")
    number = bot.tickets()[-1]["number"]
    pushes = {chat: said(fake, chat, number)["message_id"] for chat in (WATER_GROUP, WATER)}

    def now_reads(chat: int) -> str:
        return next(m["text"] for m in fake.messages(chat) if m["message_id"] == pushes[chat])

    fake.send_text(WATER, f"/accept {number}")
    for chat in pushes:
        fake.wait_until(lambda c=chat: "📌 已由" in now_reads(c), timeout=15)

    fake.send_text(WATER, f"/transfer {number} housing 地下管网归住建局维修")
    assert "请及时签收" in said(fake, HOUSING, "转来，理由")["text"]
    for chat in pushes:
        text = fake.wait_until(lambda c=chat: "↪️ 已转出" in now_reads(c) and now_reads(c),
                               timeout=15)
        assert "住房和城乡建设局" in text and "📌" not in text and "请及时签收" not in text, text
    fake.wait_until(bot.settled, timeout=15)
    for chat, message_id in pushes.items():  # the 签收 note, then the transfer: two edits
        edits = [m for m in fake.sent(chat) if m["method"] == "editMessageText"
                 and m.get("message_id") == message_id]
        assert len(edits) == 2, edits
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
