"""Steps the end-to-end tests of a supervisor's 督办 limit share (tests/test_urge_missed*_e2e.py):
a citizen's water ticket left overdue and urged to be done by an hour that day, through the real
bot, the fake Bot API and `tick --now`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said

SUPERVISOR = 900
WATER_GROUP = -1001
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


class Urged(NamedTuple):
    bot: BotProcess
    number: str
    deadline: dt.datetime  # the ticket's own, before the 督办
    day: dt.date  # the working day after it, when the supervisor urged
    limit: dt.datetime  # the 督办's 限期, that day


def tick(bot: BotProcess, moment: dt.datetime) -> str:
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    return done.stdout


def weekday_after(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def texts(fake: FakeBotAPI, chat: int, needle: str) -> list[str]:
    return [m["text"] for m in fake.sent(chat) if needle in (m["text"] or "")]


def urged_overdue(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], citizen: int,
                  water: int, hour: int) -> Urged:
    """The bot with `water` joined to the water bureau (and its group) and a supervisor;
    `citizen`'s water report, overdue at 13:30 on the next working day after its deadline,
    when the supervisor orders it done by `hour`:00 that day (/urge N 请今天…点前处置到位)."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user, name in ((citizen, "张三"), (water, "王经办"), (SUPERVISOR, "督查")):
        fake.add_user(user, name)
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    join(bot, fake, water, "--unit", "water")
    fake.send_text(citizen, "我家小区停水两天了，一直没人来修")
    said(fake, citizen, "工单编号")
    [row] = bot.tickets()
    number, deadline = row["number"], dt.datetime.fromisoformat(row["deadline"])
    day = weekday_after(deadline.astimezone(TZ).date())
    tick(bot, dt.datetime.combine(day, dt.time(13, 30), TZ))
    fake.send_text(SUPERVISOR, f"/urge {number} 请今天{hour}点前处置到位")
    said(fake, SUPERVISOR, f"已对工单 {number}")
    return Urged(bot, number, deadline, day, dt.datetime.combine(day, dt.time(hour, 0), TZ))
