"""T24 findings 15 and 16, through the real bot and the fake Bot API: `/transfer N 单位 理由` with
the usage line's placeholder as its reason is answered with the usage line and moves nothing; a
real transfer names its sender once (a staff member named after the unit is not named twice), and
the old unit's push, unsigned, says the ticket left instead of still asking to sign it."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said

CITIZEN, WATER, HOUSING = 541, 641, 642
WATER_GROUP = -1041


def test_a_placeholder_reason_gets_the_usage_and_the_old_push_says_it_moved(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_user(CITIZEN, "张三")
    fake.add_user(WATER, "县水务局工作人员")  # as the demo names its staff
    fake.add_user(HOUSING, "赵经办")
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0})
    join(bot, fake, WATER, "--unit", "water")
    join(bot, fake, HOUSING, "--unit", "housing")
    fake.send_text(CITIZEN, "我们村里自来水停了三天了，到现在还没来水")
    said(fake, CITIZEN, "工单编号")
    number = bot.tickets()[-1]["number"]
    push = said(fake, WATER_GROUP, number)
    assert "请及时签收" in push["text"]

    fake.send_text(WATER, f"/transfer {number} housing 理由")
    assert "用法：/transfer" in said(fake, WATER, "用法")["text"]
    assert bot.tickets()[-1]["unit"] == "water"

    fake.send_text(WATER, f"/transfer {number} housing 地下管网归住建局维修")
    came = said(fake, HOUSING, "转来，理由")["text"]
    assert "由县水务局工作人员转来，理由：地下管网归住建局维修" in came, came

    def edited() -> str | None:
        return next((m["text"] for m in fake.sent(WATER_GROUP) if m["method"] == "editMessageText"
                     and m.get("message_id") == push["message_id"]), None)

    old = fake.wait_until(edited, timeout=15)
    assert "↪️ 已转出" in old and "住房和城乡建设局" in old and "请及时签收" not in old, old
