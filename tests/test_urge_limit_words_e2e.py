"""/urge limits as an outside tester wrote them, through the real bot and the fake Bot API (SPEC §4
督办; refs #10): on a Friday `请明天上午十点前办结` names a Saturday, so the 限期办结 is Monday
10:00 and the confirmation says so; a second /urge with a later limit leaves the earlier one and
the unit's notice says so plainly; `请本周内办结` is read; `请0小时内办结` and a date that does not
exist issue nothing, and `请于12.8前办结` is read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.config import load_config
from bot.domain.calendar import calendar_of
from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import EXAMPLE, BotProcess

SUPERVISOR, URBAN_GROUP = 900, -1008
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county
LIGHTS = {671: "小区里的路灯坏了一个月了，晚上看不见路", 672: "我们巷子口的路灯不亮了，晚上很黑",
          673: "公园里的路灯坏了好几盏，晚上散步看不清"}


def _friday_before_a_weekend() -> dt.date:
    """A coming working Friday whose Saturday is off and Monday is worked."""
    calendar = calendar_of(load_config(EXAMPLE, env={}))
    day = dt.datetime.now(TZ).date() + dt.timedelta(days=1)
    while not (day.weekday() == 4 and calendar.is_workday(day)
               and not calendar.is_workday(day + dt.timedelta(days=1))
               and calendar.is_workday(day + dt.timedelta(days=3))):
        day += dt.timedelta(days=1)
    return day


def _urged(fake: FakeBotAPI, number: str, note: str, count: int) -> tuple[str, str]:
    """/urge `number` with `note`: the supervisor's answer and the unit's `count`th notice."""
    before = len(fake.sent(SUPERVISOR))
    fake.send_text(SUPERVISOR, f"/urge {number} {note}")
    said = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)[before:]
                                         if "已对工单" in (m["text"] or "")
                                         and number in m["text"]), None), timeout=15)
    notices = fake.wait_until(lambda: [m["text"] for m in fake.sent(URBAN_GROUP)
                                       if "督办通知书" in (m["text"] or "")
                                       and number in m["text"]][count - 1:], timeout=15)
    return str(said), str(notices[0])


def test_limits_by_the_week_a_clock_on_a_day_off_a_later_second_urge_and_zero_hours(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR)
    fake.add_group(URBAN_GROUP, "县执法局工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.urban.chat_id": URBAN_GROUP})
    friday = _friday_before_a_weekend()
    nine = dt.datetime.combine(friday, dt.time(9, 0), TZ)
    assert bot.cli("tick", "--now", nine.isoformat()).returncode == 0
    for user, text in LIGHTS.items():
        fake.send_text(user, text)
        fake.wait_sent(user, 1)
    clock, week, zero = bot.tickets()
    assert all(t["unit"] == "urban" and not t["urgent"] for t in (clock, week, zero))

    said, notice = _urged(fake, clock["number"], "请明天上午十点前办结", 1)
    saturday, monday_ten = friday + dt.timedelta(days=1), dt.datetime.combine(
        friday + dt.timedelta(days=3), dt.time(10, 0), TZ)
    shown = when(monday_ten, TZ, nine.year)
    assert f"{saturday.month}月{saturday.day}日，当天不是工作日，已顺延至下一个工作日，即 {shown} 前" \
        in said
    assert f"请于 {shown} 前办结" in notice
    row = next(t for t in bot.tickets() if t["id"] == clock["id"])
    assert dt.datetime.fromisoformat(row["urge_deadline"]) == monday_ten

    said, notice = _urged(fake, clock["number"], "请下周二前办结", 2)  # later: Monday 10:00 stands
    assert "晚于现有办理时限" in said and f"{shown} 前" in said
    assert f"请于 {shown} 前办结（前次督办时限不变；督办意见中的时限晚于此，以此时限为准）" in notice
    row = next(t for t in bot.tickets() if t["id"] == clock["id"])
    assert dt.datetime.fromisoformat(row["urge_deadline"]) == monday_ten

    said, notice = _urged(fake, week["number"], "请本周内办结", 1)
    friday_close = when(dt.datetime.combine(friday, dt.time(18, 0), TZ), TZ, nine.year)
    assert f"按督办意见中的时限，{friday_close} 前" in said and "可在督办意见中写明" not in said
    assert f"请于 {friday_close} 前办结" in notice

    # A limit it cannot read issues nothing (outside tester T27, finding 13): no notice with two
    # limits, no 督办 counted; one written as a date is read as /project and /digest read it.
    for note, why in (("请0小时内办结", "不是有效的时限"), ("请于2026年13月1日前办结", "无法识别")):
        before = len(fake.sent(SUPERVISOR))
        fake.send_text(SUPERVISOR, f"/urge {zero['number']} {note}")
        said = fake.wait_until(lambda b=before: next((m["text"] for m in fake.sent(SUPERVISOR)[b:]
                                                      if "未对工单" in (m["text"] or "")), None),
                               timeout=15)
        assert why in said and "已经过了" not in said, said
    row = next(t for t in bot.tickets() if t["id"] == zero["id"])
    assert row["urge_count"] == 0 and row["urge_deadline"] is None, row
    assert not [m for m in fake.sent(URBAN_GROUP) if zero["number"] in (m["text"] or "")
                and "督办通知书" in (m["text"] or "")]
    tuesday = friday + dt.timedelta(days=4)
    said, notice = _urged(fake, zero["number"], f"请于{tuesday.month}.{tuesday.day}前办结", 1)
    tuesday_close = when(dt.datetime.combine(tuesday, dt.time(18, 0), TZ), TZ, nine.year)
    assert f"请于 {tuesday_close} 前办结" in notice, notice
    assert not fake.unexpected_errors()
