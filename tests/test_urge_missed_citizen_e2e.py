"""A supervisor's 督办 limit passed unmet, as the citizen reads it, end to end through the real
bot, the fake Bot API and `tick --now` (SPEC §5; refs #10): the supervisors and the unit were
told, the citizen was not. Now the citizen is told, once per missed 限期 and by day (a limit
missed in the evening waits for 08:00), that the supervisors pressed the unit again and by when
they will have an answer — the same date the unit and the supervisors read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.config import load_config
from bot.domain.calendar import calendar_of
from bot.domain.tickets import Ticket, urge_limit
from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import EXAMPLE, BotProcess
from tests.test_staff_e2e import join, said
from tests.test_urge_missed_e2e import _texts, _tick, _weekday_after

CITIZEN, WATER, SUPERVISOR = 571, 18, 900
WATER_GROUP = -1001
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county
PRESSED = "再次督促"


def test_the_citizen_is_told_once_by_day_when_a_supervisors_limit_passes_unmet(
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

    # The next working day after the deadline: overdue; the supervisor orders it done by 20:00.
    day = _weekday_after(deadline.astimezone(TZ).date())
    _tick(bot, dt.datetime.combine(day, dt.time(13, 30), TZ))
    fake.send_text(SUPERVISOR, f"/urge {number} 请今天20点前处置到位")
    said(fake, SUPERVISOR, f"已对工单 {number}")
    limit = dt.datetime.combine(day, dt.time(20, 0), TZ)
    [row] = bot.tickets()
    assert dt.datetime.fromisoformat(row["urge_deadline"]) == limit
    year = dt.datetime.now(TZ).year
    config = load_config(EXAMPLE, env={})
    answer_by = when(urge_limit(Ticket.from_row(row), limit, config.deadlines,
                                calendar_of(config)), TZ, year)
    # The citizen reads of the 督办 and its 限期 by day (bot.actions.notices.tell_late).
    assert "told 1" in _tick(bot, dt.datetime.combine(day, dt.time(14, 0), TZ))
    said(fake, CITIZEN, "书面督办通知")

    # Missed in the evening: the supervisors and the unit are told then, the citizen not at night.
    assert "missed 1" in _tick(bot, limit + dt.timedelta(hours=1, minutes=30))
    assert answer_by in said(fake, SUPERVISOR, "督办限期已过")["text"]
    assert answer_by in said(fake, WATER_GROUP, "督办限期已到")["text"]
    assert not _texts(fake, CITIZEN, PRESSED)
    # At 08:00 the citizen reads it: which limit passed, pressed again, an answer by when.
    morning = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(8, 0), TZ)
    assert "told 1" in _tick(bot, morning)
    text = said(fake, CITIZEN, PRESSED)["text"]
    assert number in text and when(limit, TZ, year) in text and f"{answer_by} 前" in text
    assert "抱歉" in text
    # Once: a later tick tells nobody again.
    assert "told 0" in _tick(bot, morning + dt.timedelta(hours=2))
    assert len(_texts(fake, CITIZEN, PRESSED)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
