"""The limit of a ticket whose words turn urgent later (an edit telling an emergency, refs #10,
outside tester, round 21): `urgent_hours` from when the emergency was told, or the ticket's own
limit when that is still ahead and sooner — never a moment already past."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from bot.config import DeadlinesConfig
from bot.domain.tickets import deadline_for, turned_urgent
from tests.test_calendar import CAL, moments

LIMITS = DeadlinesConfig()
DAY = dt.timedelta(hours=LIMITS.urgent_hours)


def test_a_report_received_days_ago_gets_its_urgent_limit_from_the_edit() -> None:
    received = dt.datetime(2026, 12, 5, 2, 8, tzinfo=dt.UTC)
    edited = dt.datetime(2026, 12, 8, 4, 13, tzinfo=dt.UTC)
    own = deadline_for(received, False, LIMITS, CAL)
    assert own > edited + DAY  # five working days: still ahead, but later than a day
    assert turned_urgent(own, edited, LIMITS, CAL) == edited + DAY


def test_a_sooner_limit_still_ahead_stays() -> None:
    edited = dt.datetime(2026, 12, 8, 4, 13, tzinfo=dt.UTC)
    own = edited + dt.timedelta(hours=3)
    assert turned_urgent(own, edited, LIMITS, CAL) == own


@given(moments, st.one_of(st.none(), moments), st.floats(min_value=0.01, max_value=168))
def test_the_limit_is_never_past_nor_later_than_urgent(told: dt.datetime, own: dt.datetime | None,
                                                        hours: float) -> None:
    limits = DeadlinesConfig(urgent_hours=hours)
    limit = turned_urgent(own, told, limits, CAL)
    assert told < limit <= told + dt.timedelta(hours=hours)
    assert limit in (own, deadline_for(told, True, limits, CAL))
