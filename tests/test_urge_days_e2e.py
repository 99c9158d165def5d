"""/urge limits as an outside tester wrote them, through the real bot and the fake Bot API (SPEC §4
督办; refs #10): `请今天16点前办结` at 16:15 issues nothing and tells the supervisor the time has
passed; `三天内` from a Thursday names a Sunday, so the 限期办结 is Monday's close of business
(the rule /project's dates follow), and the confirmation says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.config import load_config
from bot.domain.calendar import calendar_of
from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import EXAMPLE, BotProcess

SUPERVISOR, URBAN_GROUP, CITIZEN = 900, -1008, 651
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


def _thursday_before_a_weekend() -> dt.date:
    """A coming working Thursday whose Friday and Monday are worked and weekend is off."""
    calendar = calendar_of(load_config(EXAMPLE, env={}))
    day = dt.datetime.now(TZ).date() + dt.timedelta(days=1)
    while not (day.weekday() == 3 and calendar.is_workday(day)
               and calendar.is_workday(day + dt.timedelta(days=1))
               and not calendar.is_workday(day + dt.timedelta(days=3))
               and calendar.is_workday(day + dt.timedelta(days=4))):
        day += dt.timedelta(days=1)
    return day


def test_a_past_limit_issues_nothing_and_a_weekend_limit_moves_to_monday(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR)
    fake.add_group(URBAN_GROUP, "县执法局工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.urban.chat_id": URBAN_GROUP})
    thursday = _thursday_before_a_weekend()
    quarter_past_four = dt.datetime.combine(thursday, dt.time(16, 15), TZ)
    assert bot.cli("tick", "--now", quarter_past_four.isoformat()).returncode == 0
    fake.send_text(CITIZEN, "小区里的路灯坏了一个月了，晚上看不见路")
    fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    number = ticket["number"]
    assert ticket["unit"] == "urban" and not ticket["urgent"]

    fake.send_text(SUPERVISOR, f"/urge {number} 请今天16点前办结")
    passed = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)
                                           if number in (m["text"] or "")), None), timeout=15)
    assert "已经过了" in passed and "16:00" in passed and "更晚的时限" in passed
    assert "已对工单" not in passed and "可在督办意见中写明" not in passed
    [row] = bot.tickets()
    assert row["urge_count"] == 0 and row["urge_deadline"] is None
    assert row["deadline"] == ticket["deadline"]
    assert not bot.query("SELECT id FROM events WHERE action = 'urge'")

    fake.send_text(SUPERVISOR, f"/urge {number} 三天内办结")
    confirmed = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)
                                              if "已对工单" in (m["text"] or "")), None), timeout=15)
    sunday = thursday + dt.timedelta(days=3)
    monday_close = dt.datetime.combine(thursday + dt.timedelta(days=4), dt.time(18, 0), TZ)
    shown = when(monday_close, TZ, quarter_past_four.year)
    assert f"{sunday.month}月{sunday.day}日，当天不是工作日" in confirmed
    assert f"顺延至下一个工作日下班前，即 {shown} 前" in confirmed
    [row] = bot.tickets()
    assert dt.datetime.fromisoformat(row["urge_deadline"]) == monday_close
    assert dt.datetime.fromisoformat(row["deadline"]) == monday_close  # sooner: it is the deadline
    assert row["urge_count"] == 1
    notice = fake.wait_until(lambda: [m["text"] for m in fake.sent(URBAN_GROUP)
                                      if "督办通知书" in (m["text"] or "")], timeout=15)
    told = fake.wait_until(lambda: next((m["text"] for m in fake.sent(CITIZEN)
                                         if "书面督办" in (m["text"] or "")), None), timeout=15)
    assert len(notice) == 1 and f"请于 {shown} 前办结" in notice[0]  # the past one sent nothing
    assert f"提前至 {shown}" in told
    assert not fake.unexpected_errors()
