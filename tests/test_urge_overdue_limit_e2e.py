"""/urge with a limit by the clock (今天17点前办结) on an urgent ticket already past its deadline,
on a Saturday, through the real bot and the fake Bot API: the 督办通知书 says the ticket is
overdue and since when, and the supervisor's limit is the one set — an emergency keeps no office
hours, so a Saturday's 17:00 is not moved to Monday; a normal ticket's is, and the notice and
the confirmation both say so (outside tester, round 20; refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import BotProcess
from tests.test_staff_e2e import said
from tests.urgekit import TZ, tick

SUPERVISOR, HOUSING_GROUP, CITIZEN, NEIGHBOUR = 900, -1007, 641, 642


def saturday_after(moment: dt.datetime) -> dt.date:
    day = moment.astimezone(TZ).date() + dt.timedelta(days=2)
    while day.weekday() != 5:
        day += dt.timedelta(days=1)
    return day


def test_an_overdue_urgent_ticket_urged_by_today_17_on_a_saturday_keeps_that_limit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR)
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.housing.chat_id": HOUSING_GROUP})
    fake.send_text(CITIZEN, "楼下单元门口煤气管子漏气了，味道特别冲")
    said(fake, CITIZEN, "工单编号")
    fake.send_text(NEIGHBOUR, "我们村里自来水停了三天了，到现在还没来水")
    said(fake, NEIGHBOUR, "工单编号")
    row, water = bot.tickets()
    assert row["urgent"] and row["unit"] == "housing"
    number, deadline = row["number"], dt.datetime.fromisoformat(row["deadline"])
    saturday = saturday_after(deadline)
    tick(bot, dt.datetime.combine(saturday, dt.time(10, 0), TZ))
    # A bot started after 08:30 owes the digests of the days the tick jumped over (补发), a dozen
    # messages the supervisor is sent at Telegram's pace before the /urge confirmation.
    fake.wait_until(bot.settled, timeout=60)

    fake.send_text(SUPERVISOR, f"/urge {number} 请今天17点前办结")
    confirmed = said(fake, SUPERVISOR, f"已对工单 {number}")["text"]
    notice = fake.wait_until(lambda: next((m["text"] for m in fake.sent(HOUSING_GROUP)
                                           if "督办意见" in (m["text"] or "")), None), timeout=15)
    limit = dt.datetime.combine(saturday, dt.time(17, 0), TZ)
    shown = when(limit, TZ, dt.datetime.now(TZ).year)
    assert "尚未逾期" not in notice and "已逾期" in notice, notice
    assert f"办理时限为 {when(deadline, TZ, dt.datetime.now(TZ).year)}" in notice, notice
    assert f"请于 {shown} 前办结" in notice, notice
    assert f"{shown} 前" in confirmed and "顺延" not in confirmed, confirmed
    after = bot.tickets()[0]
    assert dt.datetime.fromisoformat(after["urge_deadline"]) == limit
    assert after["deadline"] == row["deadline"]  # overdue: the deadline itself stays

    # A normal ticket keeps office hours: the Saturday's 17:00 is Monday's, said plainly.
    fake.send_text(SUPERVISOR, f"/urge {water['number']} 请今天17点前办结")
    confirmed = said(fake, SUPERVISOR, f"已对工单 {water['number']}")["text"]
    notice = next(m["text"] for m in fake.sent(SUPERVISOR)
                  if "督办通知书" in (m["text"] or "") and water["number"] in m["text"])
    monday = dt.datetime.combine(saturday + dt.timedelta(days=2), dt.time(17, 0), TZ)
    shown = when(monday, TZ, dt.datetime.now(TZ).year)
    moved = f"{saturday.month}月{saturday.day}日"
    assert f"请于 {shown} 前办结" in notice and f"{moved}不是工作日，已顺延" in notice, notice
    assert f"{moved}，当天不是工作日，已顺延" in confirmed and f"{shown} 前" in confirmed, confirmed
    assert dt.datetime.fromisoformat(bot.tickets()[1]["urge_deadline"]) == monday
    assert not fake.unexpected_errors()
