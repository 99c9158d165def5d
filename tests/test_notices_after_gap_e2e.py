"""Notices sent by the first follow-up tick after a day without ticks (the bot was off), through
the real bot, the fake Bot API and `tick --now`: an urgent ticket's 督办 限期 passed while nobody
looked, and the unit, the supervisors and the citizen are told by when an answer is due — a
moment still to come, counted from when the miss was seen, never one already past (outside
tester, round 20; refs #10)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_staff_e2e import said
from tests.urgekit import SUPERVISOR, TZ, tick

CITIZEN, HOUSING_GROUP = 661, -1007


def test_a_missed_limit_seen_a_day_late_names_an_answer_time_still_to_come(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR)
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.housing.chat_id": HOUSING_GROUP})
    fake.send_text(CITIZEN, "楼下单元门口煤气管子漏气了，味道特别冲")
    said(fake, CITIZEN, "工单编号")
    [row] = bot.tickets()
    assert row["urgent"], row
    deadline = dt.datetime.fromisoformat(row["deadline"])
    # The loop's own 督办 two steps (2 × 4h48m) past the deadline gives a 限期 two steps on.
    first = to_minute(deadline + dt.timedelta(hours=10))
    assert "urged 1" in tick(bot, first)
    limit = dt.datetime.fromisoformat(bot.tickets()[0]["urge_deadline"])
    # Then no tick for a day: the limit passed long ago when the next one looks — by day, for
    # citizens are told only then (a night's notices wait for 08:00).
    seen = to_minute(by_day(limit + dt.timedelta(hours=24)))
    assert "missed 1" in tick(bot, seen)
    year = dt.datetime.now(TZ).year
    for chat, needle in ((HOUSING_GROUP, "督办限期已到"), (SUPERVISOR, "督办限期已过"),
                         (CITIZEN, "再次督促")):
        text = said(fake, chat, needle)["text"]
        named = [m for m in _moments(text, year) if m > limit]
        assert named and all(m > seen for m in named), (chat, text)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def to_minute(moment: dt.datetime) -> dt.datetime:
    """`moment` to the minute (the ticks are to the minute)."""
    return moment.replace(second=0, microsecond=0)


def _moments(text: str, year: int) -> list[dt.datetime]:
    """The moments a notice names (as bot.texts.common.when writes them: 12月5日 10:12)."""
    found = []
    for month, day, hour, minute in re.findall(r"(\d{1,2})月(\d{1,2})日 (\d{2}):(\d{2})", text):
        found.append(dt.datetime(year, int(month), int(day), int(hour), int(minute), tzinfo=TZ))
    return found
