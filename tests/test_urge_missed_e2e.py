"""A supervisor's 督办 limit, end to end through the real bot, the fake Bot API and `tick --now`
(outside tester's simulated week; SPEC §5; refs #10): `/urge N 请今天17点前处置到位` on an overdue
ticket sets 限期 17:00; when it passes with the ticket open the supervisors and the unit are told,
once; and the follow-up loop's own 督办 two working days late does not give the unit a later
限期 than the one the supervisor set (it used to issue a second notice with 5 more days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said

CITIZEN, WATER, SUPERVISOR = 541, 14, 900
WATER_GROUP = -1001
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


def _tick(bot: BotProcess, moment: dt.datetime) -> str:
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    return done.stdout


def _weekday_after(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def _texts(fake: FakeBotAPI, chat: int, needle: str) -> list[str]:
    return [m["text"] for m in fake.sent(chat) if needle in (m["text"] or "")]


def test_a_missed_urge_limit_is_told_and_no_later_limit_follows(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user, name in ((CITIZEN, "张三"), (WATER, "王经办"), (SUPERVISOR, "督查")):
        fake.add_user(user, name)
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    join(bot, fake, WATER, "--unit", "water")
    fake.send_text(CITIZEN, "我家小区停水两天了，一直没人来修")
    said(fake, CITIZEN, "工单编号")
    [row] = bot.tickets()
    number, deadline = row["number"], dt.datetime.fromisoformat(row["deadline"])

    # The next working day after the deadline, 13:30: overdue; the supervisor orders 17:00.
    day = _weekday_after(deadline.astimezone(TZ).date())
    _tick(bot, dt.datetime.combine(day, dt.time(13, 30), TZ))
    fake.send_text(SUPERVISOR, f"/urge {number} 请今天17点前处置到位")
    said(fake, SUPERVISOR, f"已对工单 {number}")
    limit = dt.datetime.combine(day, dt.time(17, 0), TZ)
    assert dt.datetime.fromisoformat(bot.tickets()[0]["urge_deadline"]) == limit
    shown = when(limit, TZ, dt.datetime.now(TZ).year)
    assert f"请于 {shown} 前办结" in said(fake, WATER_GROUP, "督办通知书")["text"]

    # Not before the limit; at it, once, to the supervisors and to the unit's group and staff.
    assert "missed 0" in _tick(bot, limit - dt.timedelta(minutes=5))
    assert "missed 1" in _tick(bot, limit + dt.timedelta(minutes=1))
    told = said(fake, SUPERVISOR, "督办限期已过")["text"]
    assert number in told and shown in told and "仍未办结" in told
    for chat in (WATER_GROUP, WATER):
        unit = said(fake, chat, "督办限期已到")["text"]
        assert number in unit and f"要求于 {shown} 前办结" in unit and f"/done {number}" in unit
    assert "missed 0" in _tick(bot, limit + dt.timedelta(hours=2))

    # A week past the deadline the loop's own 督办 is due: the supervisor's 限期 stands, no second
    # 督办通知书 gives the unit more days.
    late = _tick(bot, dt.datetime.combine(deadline.astimezone(TZ).date() + dt.timedelta(days=7),
                                          dt.time(10, 0), TZ))
    assert "urged 0" in late
    row = bot.tickets()[0]
    assert dt.datetime.fromisoformat(row["urge_deadline"]) == limit and row["urge_count"] == 1
    assert len(_texts(fake, WATER_GROUP, "督字〔")) == 1
    assert len(_texts(fake, SUPERVISOR, "督办限期已过")) == 1
    assert len(_texts(fake, WATER_GROUP, "督办限期已到")) == 1
    # (a week of digests at once meets Telegram's per-chat limit: 429, retried)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
