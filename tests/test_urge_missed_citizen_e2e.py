"""A supervisor's 督办 limit passed unmet, as the citizen reads it, end to end through the real
bot, the fake Bot API and `tick --now` (SPEC §5; refs #10): the supervisors and the unit were
told, the citizen was not. Now the citizen is told, once per missed 限期 and by day (a limit
missed in the evening waits for 08:00), that the supervisors pressed the unit again and by when
they will have an answer — the same date the unit and the supervisors read."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.config import load_config
from bot.domain.calendar import calendar_of
from bot.domain.tickets import Ticket, urge_limit
from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import EXAMPLE, BotProcess
from tests.test_staff_e2e import said
from tests.urgekit import SUPERVISOR, TZ, WATER_GROUP, texts, tick, urged_overdue

CITIZEN, WATER = 571, 18
PRESSED = "再次督促"


def test_the_citizen_is_told_once_by_day_when_a_supervisors_limit_passes_unmet(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    # The next working day after the deadline: overdue; the supervisor orders it done by 20:00.
    bot, number, _, day, limit = urged_overdue(fake, make_bot, CITIZEN, WATER, 20)
    [row] = bot.tickets()
    assert dt.datetime.fromisoformat(row["urge_deadline"]) == limit
    year = dt.datetime.now(TZ).year
    config = load_config(EXAMPLE, env={})
    answer_by = when(urge_limit(Ticket.from_row(row), limit, config.deadlines,
                                calendar_of(config)), TZ, year)
    # The citizen reads of the 督办 and its 限期 by day (bot.actions.notices.tell_late).
    assert "told 1" in tick(bot, dt.datetime.combine(day, dt.time(14, 0), TZ))
    said(fake, CITIZEN, "督办通知书")

    # Missed in the evening: the supervisors and the unit are told then, the citizen not at night.
    assert "missed 1" in tick(bot, limit + dt.timedelta(hours=1, minutes=30))
    assert answer_by in said(fake, SUPERVISOR, "督办限期已过")["text"]
    assert answer_by in said(fake, WATER_GROUP, "督办限期已到")["text"]
    assert not texts(fake, CITIZEN, PRESSED)
    # At 08:00 the citizen reads it: which limit passed, pressed again, an answer by when.
    morning = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(8, 0), TZ)
    assert "told 1" in tick(bot, morning)
    text = said(fake, CITIZEN, PRESSED)["text"]
    assert number in text and when(limit, TZ, year) in text and f"{answer_by} 前" in text
    assert "抱歉" in text
    # Once: a later tick tells nobody again.
    assert "told 0" in tick(bot, morning + dt.timedelta(hours=2))
    assert len(texts(fake, CITIZEN, PRESSED)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
