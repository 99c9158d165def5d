"""A ticket passed on (改派) after its 签收提醒, end to end through the real bot, the fake Bot API
and `tick --now` (SPEC §3, §5; refs #10): the unit it reaches gets its own reminder once IT has
held the ticket `[deadlines] accept_hours` unsigned, counted from the transfer, once. Before,
the reminder's once-per-ticket claim made the new unit's wait go unremarked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_staff_e2e import join, said
from tests.test_unsigned_e2e import _texts, _tick

CITIZEN, WATER, HOUSING = 561, 16, 17
WATER_GROUP = -1001
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


def test_a_ticket_passed_on_after_its_reminder_is_reminded_again_at_its_new_unit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user, name in ((CITIZEN, "张三"), (WATER, "王经办"), (HOUSING, "赵经办")):
        fake.add_user(user, name)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0})
    join(bot, fake, WATER, "--unit", "water")
    join(bot, fake, HOUSING, "--unit", "housing")
    fake.send_text(CITIZEN, "我家小区停水两天了，一直没人来修")
    said(fake, CITIZEN, "工单编号")
    (ticket,) = bot.tickets()
    number, received = ticket["number"], dt.datetime.fromisoformat(ticket["received_at"])
    assert ticket["unit"] == "water"

    # The first unit is reminded once its 24 hours pass; then it passes the ticket on.
    assert "unsigned 1" in _tick(bot, by_day(received + dt.timedelta(hours=25)))
    said(fake, WATER, "签收提醒")
    fake.send_text(WATER, f"/transfer {number} housing 属于小区物业管网，请住建局处理")
    said(fake, HOUSING, number)
    (moved,) = bot.query("SELECT at FROM events WHERE action = 'transfer'")
    moved_at = dt.datetime.fromisoformat(moved["at"])
    assert not _texts(fake, HOUSING, "签收提醒")

    # The new unit has its own 24 hours, from the transfer: not reminded within them …
    assert "unsigned 0" in _tick(bot, moved_at + dt.timedelta(hours=23))
    assert not _texts(fake, HOUSING, "签收提醒")
    # … reminded once they pass, naming the ticket and how to sign it …
    assert "unsigned 1" in _tick(bot, by_day(moved_at + dt.timedelta(hours=25)))
    text = said(fake, HOUSING, "签收提醒")["text"]
    assert number in text and "超过 24 小时" in text and f"/accept {number}" in text
    assert "转来" in text  # counted from the transfer, not from receipt
    # … and only once; the first unit is not reminded of it again.
    next_day = (moved_at + dt.timedelta(hours=25)).astimezone(TZ).date() + dt.timedelta(days=1)
    assert "unsigned 0" in _tick(bot, dt.datetime.combine(next_day, dt.time(9, 0), TZ))
    assert len(_texts(fake, HOUSING, "签收提醒")) == 1
    for chat in (WATER_GROUP, WATER):
        assert len(_texts(fake, chat, "签收提醒")) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
