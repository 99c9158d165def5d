"""A supervisor's 督办 limit, end to end through the real bot, the fake Bot API and `tick --now`
(outside tester's simulated week; SPEC §5; refs #10): `/urge N 请今天17点前处置到位` on an overdue
ticket sets 限期 17:00; when it passes with the ticket open the supervisors and the unit are told,
once; and the follow-up loop's own 督办 two working days late does not give the unit a later
限期 than the one the supervisor set (it used to issue a second notice with 5 more days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import BotProcess
from tests.test_staff_e2e import said
from tests.urgekit import SUPERVISOR, TZ, WATER_GROUP, texts, tick, urged_overdue

CITIZEN, WATER = 541, 14


def test_a_missed_urge_limit_is_told_and_no_later_limit_follows(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    # The next working day after the deadline, 13:30: overdue; the supervisor orders 17:00.
    bot, number, deadline, _, limit = urged_overdue(fake, make_bot, CITIZEN, WATER, 17)
    assert dt.datetime.fromisoformat(bot.tickets()[0]["urge_deadline"]) == limit
    shown = when(limit, TZ, dt.datetime.now(TZ).year)
    assert f"请于 {shown} 前办结" in said(fake, WATER_GROUP, "督办通知书")["text"]

    # Not before the limit; at it, once, to the supervisors and to the unit's group and staff.
    assert "missed 0" in tick(bot, limit - dt.timedelta(minutes=5))
    assert "missed 1" in tick(bot, limit + dt.timedelta(minutes=1))
    told = said(fake, SUPERVISOR, "督办限期已过")["text"]
    assert number in told and shown in told and "仍未办结" in told
    for chat in (WATER_GROUP, WATER):
        unit = said(fake, chat, "督办限期已到")["text"]
        assert number in unit and f"要求于 {shown} 前办结" in unit and f"/done {number}" in unit
    assert "missed 0" in tick(bot, limit + dt.timedelta(hours=2))

    # A week past the deadline the loop's own 督办 is due: the supervisor's 限期 stands, no second
    # 督办通知书 gives the unit more days.
    late = tick(bot, dt.datetime.combine(deadline.astimezone(TZ).date() + dt.timedelta(days=7),
                                          dt.time(10, 0), TZ))
    assert "urged 0" in late
    row = bot.tickets()[0]
    assert dt.datetime.fromisoformat(row["urge_deadline"]) == limit and row["urge_count"] == 1
    assert len(texts(fake, WATER_GROUP, "督字〔")) == 1
    assert len(texts(fake, SUPERVISOR, "督办限期已过")) == 1
    assert len(texts(fake, WATER_GROUP, "督办限期已到")) == 1
    # (a week of digests at once meets Telegram's per-chat limit: 429, retried)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
