"""Working days: weekends and holidays off, 调休 make-up days on, counted in county time; the
national days from the `holidays` package, the county's own days over them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bot.config import ConfigError, DeadlinesConfig, parse_config
from bot.domain.calendar import Gap, Special, WorkCalendar, calendar_of
from bot.domain.national import national_days
from bot.domain.tickets import deadline_for
from tests.followkit import CST, UNITS, cst

D = dt.date


def county(holidays: tuple[str, ...] = (), workdays: tuple[str, ...] = ()) -> WorkCalendar:
    """The calendar a config with these county days is in force with."""
    return calendar_of(parse_config({"units": UNITS, "calendar": {
        "holidays": list(holidays), "workdays": list(workdays)}}, Path("config.toml"), env={}))


CAL = county()


def test_the_2026_national_calendar_of_the_state_council() -> None:
    assert CAL.is_workday(D(2026, 9, 24))  # Thursday
    assert not CAL.is_workday(D(2026, 9, 25))  # Friday, 中秋节
    assert CAL.is_workday(D(2026, 9, 20))  # Sunday, 调休 for National Day
    assert not CAL.is_workday(D(2026, 9, 27))  # Sunday inside the 中秋 break
    assert not CAL.is_workday(D(2026, 10, 1)) and not CAL.is_workday(D(2026, 10, 7))
    assert CAL.is_workday(D(2026, 10, 10))  # Saturday, 调休
    assert not CAL.is_workday(D(2026, 10, 11))
    assert {D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20),
            D(2026, 10, 10)} == {s.day for s in CAL.specials(2026) if not s.off}


def test_next_years_statutory_holidays_are_there_before_its_notice() -> None:
    for day in (D(2027, 1, 1), D(2027, 2, 5), D(2027, 2, 8), D(2027, 2, 9), D(2027, 2, 10)):
        assert not CAL.is_workday(day), day


def test_a_ticket_received_on_24_september_with_5_working_days_is_due_on_9_october() -> None:
    # 25 Sep and 1-7 Oct off, 20 Sep already passed, 27 Sep a Sunday off; due at close of business.
    received = cst(2026, 9, 24, 10, 0)
    assert deadline_for(received, False, DeadlinesConfig(normal_working_days=5), CAL) \
        == cst(2026, 10, 9, 18, 0)
    assert CAL.add_working_days(received, 5) == cst(2026, 10, 9, 10, 0)
    assert CAL.working_days_between(received, cst(2026, 10, 9, 10, 0)) == 5


def test_add_working_days_across_the_golden_week() -> None:
    # Wed 9-30, then the holiday week, then Thu 10-8, Fri 10-9, Sat 10-10 (调休), Mon 10-12.
    assert CAL.add_working_days(cst(2026, 9, 29, 10, 0), 5) == cst(2026, 10, 12, 10, 0)
    assert CAL.add_working_days(cst(2026, 10, 12, 10, 0), -5) == cst(2026, 9, 29, 10, 0)
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


def test_a_county_day_wins_over_the_national_one() -> None:
    own = county(holidays=("2026-09-20", "2027-04-20"), workdays=("2026-10-06", "2026-11-28"))
    assert not own.is_workday(D(2026, 9, 20))  # a national 调休 Sunday the county gives off
    assert own.is_workday(D(2026, 10, 6))  # a national day off the county works
    assert not own.is_workday(D(2027, 4, 20))  # a county festival on a Tuesday
    assert own.is_workday(D(2026, 11, 28))  # a Saturday the county works
    assert own.is_workday(D(2026, 10, 10)) and not own.is_workday(D(2026, 10, 7))  # the rest stays
    assert own.add_working_days(cst(2026, 9, 30, 10, 0), 1) == cst(2026, 10, 6, 10, 0)
    assert own.working_days_between(cst(2026, 9, 18, 10, 0), cst(2026, 9, 21, 10, 0)) == 1
    source = national_days().source
    assert [s for s in own.specials(2026) if s.day >= D(2026, 9, 20)] == [
        Special(D(2026, 9, 20), True, "国庆节调休上班", "calendar.holidays"),
        Special(D(2026, 9, 25), True, "中秋节", source),
        Special(D(2026, 10, 1), True, "国庆节", source),
        Special(D(2026, 10, 2), True, "国庆节", source),
        Special(D(2026, 10, 5), True, "国庆节（补假）", source),
        Special(D(2026, 10, 6), False, "休息日（由 2026-09-20 调休）", "calendar.workdays"),
        Special(D(2026, 10, 7), True, "休息日（由 2026-10-10 调休）", source),
        Special(D(2026, 10, 10), False, "国庆节调休上班", source),
        Special(D(2026, 11, 28), False, "", "calendar.workdays"),
    ]


def test_a_day_in_both_county_lists_is_a_config_problem() -> None:
    try:
        county(holidays=("2026-10-01",), workdays=("2026-10-01",))
    except ConfigError as exc:
        assert exc.problems == ["calendar.workdays: 2026-10-01 is also in calendar.holidays"]
    else:
        raise AssertionError("accepted a day listed as both off and worked")


def test_the_gap_ahead_names_the_first_day_without_the_schedule() -> None:
    cal = WorkCalendar(CST, official_years=frozenset({2026}), statutory_years=frozenset({2026, 2027}))
    assert cal.gap(D(2026, 10, 1)) is None  # 60 days: up to 11-30
    assert cal.gap(D(2026, 11, 15)) == Gap(D(2027, 1, 1), statutory=True)
    assert cal.gap(D(2027, 3, 1)) == Gap(D(2027, 3, 1), statutory=True)
    assert cal.gap(D(2028, 3, 1)) == Gap(D(2028, 3, 1), statutory=False)
    assert CAL.gap(D(2090, 6, 1)) == Gap(D(2090, 6, 1), statutory=True)  # the law, no notice
    assert WorkCalendar(CST).gap(D(2026, 6, 1)) == Gap(D(2026, 6, 1), statutory=False)


def test_the_pinned_holidays_package_covers_this_year_and_the_next() -> None:
    """The reminder to raise the `holidays` pin: it reads the real date on purpose, and fails
    from 1 January of a year the pinned package has no 调休 schedule for. (Ahead of that,
    `check-config` and the Monday digest warn 60 days before a day without official data: the
    State Council publishes the schedule in November or December, a release follows, and a
    check that failed before a release exists would block every change for nothing.)"""
    today = dt.date.today()
    national = national_days()
    bump = (f"{national.source} lacks the State Council's 调休 schedule for %d: upgrade holidays, "
            f"raise its pin in pyproject.toml and check `python -m bot calendar --year %d`")
    assert today.year in national.official, bump % (today.year, today.year)
    assert today.year + 1 in national.statutory, bump % (today.year + 1, today.year + 1)


def _slow_between(cal: WorkCalendar, start: dt.datetime, end: dt.datetime) -> int:
    """The definition, day by day."""
    if end <= start:
        return 0
    count, day = 0, start.astimezone(CST).date()
    clock = start.astimezone(CST).time()
    while True:
        day += dt.timedelta(days=1)
        if day > end.astimezone(CST).date():
            return count
        if cal.is_workday(day) and dt.datetime.combine(day, clock, tzinfo=CST) <= end:
            count += 1


moments = st.datetimes(min_value=dt.datetime(2025, 12, 1), max_value=dt.datetime(2028, 3, 1),
                       timezones=st.just(dt.UTC))
county_days = st.lists(st.dates(D(2026, 1, 1), D(2027, 12, 31)), max_size=6)


@given(moments, moments, county_days, county_days)
def test_fast_count_matches_the_definition(start: dt.datetime, end: dt.datetime,
                                           off: list[dt.date], worked: list[dt.date]) -> None:
    cal = county(tuple(d.isoformat() for d in off),
                 tuple(d.isoformat() for d in worked if d not in off))
    assert cal.working_days_between(start, end) == _slow_between(cal, start, end)


@given(moments, st.integers(min_value=0, max_value=40))
def test_adding_n_working_days_is_n_working_days_later(start: dt.datetime, days: int) -> None:
    due = CAL.add_working_days(start, days)
    assert CAL.working_days_between(start, due) == days
    assert CAL.latest_start(due, days) >= start
