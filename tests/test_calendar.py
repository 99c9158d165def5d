"""Working days: weekends and holidays off, 调休 make-up days on, counted in county time."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from bot.domain.calendar import WorkCalendar
from tests.followkit import CST, cst

CAL = WorkCalendar(CST, frozenset(dt.date.fromisoformat(d) for d in (
    "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07")),
    frozenset({dt.date(2026, 9, 27), dt.date(2026, 10, 10)}))


def test_workdays_weekends_holidays_and_make_up_days() -> None:
    assert CAL.is_workday(dt.date(2026, 9, 25))  # Friday
    assert not CAL.is_workday(dt.date(2026, 9, 26))  # Saturday
    assert CAL.is_workday(dt.date(2026, 9, 27))  # Sunday, 调休
    assert not CAL.is_workday(dt.date(2026, 10, 1))  # National Day
    assert CAL.is_workday(dt.date(2026, 10, 10))  # Saturday, 调休
    assert not CAL.is_workday(dt.date(2026, 10, 11))


def test_add_working_days_across_the_golden_week() -> None:
    # Fri 9-25: 9-27 (调休), 9-28, 9-29, 9-30, then the holiday week, then Thu 10-8.
    assert CAL.add_working_days(cst(2026, 9, 25, 10, 0), 5) == cst(2026, 10, 8, 10, 0)
    assert CAL.add_working_days(cst(2026, 10, 8, 10, 0), -5) == cst(2026, 9, 25, 10, 0)
    assert CAL.add_working_days(cst(2026, 11, 28, 9, 0), 1) == cst(2026, 11, 30, 9, 0)  # Sat


def test_the_result_is_utc_and_keeps_the_county_clock_time() -> None:
    due = CAL.add_working_days(cst(2026, 11, 27, 23, 30), 1)
    assert due.utcoffset() == dt.timedelta(0)
    assert due.astimezone(CST) == cst(2026, 11, 30, 23, 30)


def test_working_days_between_counts_at_the_clock_time() -> None:
    deadline = cst(2026, 11, 27, 10, 0)  # Friday
    assert CAL.working_days_between(deadline, cst(2026, 11, 29, 23, 0)) == 0  # weekend
    assert CAL.working_days_between(deadline, cst(2026, 11, 30, 9, 59)) == 0
    assert CAL.working_days_between(deadline, cst(2026, 11, 30, 10, 0)) == 1
    assert CAL.working_days_between(deadline, cst(2026, 12, 1, 10, 0)) == 2
    assert CAL.working_days_between(deadline, deadline) == 0
    assert CAL.working_days_between(cst(2026, 12, 1, 10, 0), deadline) == 0


def test_working_days_between_over_holidays_and_make_up_days() -> None:
    deadline = cst(2026, 9, 30, 10, 0)
    assert CAL.working_days_between(deadline, cst(2026, 10, 8, 9, 0)) == 0
    assert CAL.working_days_between(deadline, cst(2026, 10, 8, 10, 0)) == 1
    assert CAL.working_days_between(deadline, cst(2026, 10, 10, 10, 0)) == 3  # Sat 调休 counts
    assert CAL.working_days_between(deadline, cst(2026, 10, 12, 10, 0)) == 4


def _slow_between(start: dt.datetime, end: dt.datetime) -> int:
    """The definition, day by day."""
    if end <= start:
        return 0
    count, day = 0, start.astimezone(CST).date()
    clock = start.astimezone(CST).time()
    while True:
        day += dt.timedelta(days=1)
        if day > end.astimezone(CST).date():
            return count
        if CAL.is_workday(day) and dt.datetime.combine(day, clock, tzinfo=CST) <= end:
            count += 1


moments = st.datetimes(min_value=dt.datetime(2026, 8, 1), max_value=dt.datetime(2027, 2, 1),
                       timezones=st.just(dt.UTC))


@given(moments, moments)
def test_fast_count_matches_the_definition(start: dt.datetime, end: dt.datetime) -> None:
    assert CAL.working_days_between(start, end) == _slow_between(start, end)


@given(moments, st.integers(min_value=0, max_value=40))
def test_adding_n_working_days_is_n_working_days_later(start: dt.datetime, days: int) -> None:
    due = CAL.add_working_days(start, days)
    assert CAL.working_days_between(start, due) == days
    assert CAL.latest_start(due, days) >= start
