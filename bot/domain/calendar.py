"""Working-day arithmetic: weekends and holidays are off, make-up workdays (调休) are on.

The national days come from the `holidays` package (bot/domain/national.py); the county's
`[calendar] holidays` and `workdays` add to them and win where they disagree. Days are the county's
local dates; a moment keeps its local clock time when it is moved by working days.
`working_days_between` counts by bisecting the sorted exceptions to the week (O(log holidays)),
not day by day, so the digest and the ledger can ask it for a million tickets.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from bot.config import Config
from bot.domain.national import national_days

COUNTY_HOLIDAYS = "calendar.holidays"  # the source of a county day: its config key
COUNTY_WORKDAYS = "calendar.workdays"
LOOKAHEAD_DAYS = 60  # check-config and the digest warn when these lack the 调休 schedule


@dataclass(frozen=True)
class Special:
    """A day that breaks the week: a weekday off, a weekend day worked, or a day the county set."""

    day: dt.date
    off: bool
    name: str  # the national name ("" for a county day that replaces no national one)
    source: str  # the package ("holidays 0.109") or the config key (COUNTY_HOLIDAYS, …)

    @property
    def county(self) -> bool:
        return self.source in (COUNTY_HOLIDAYS, COUNTY_WORKDAYS)


@dataclass(frozen=True)
class Gap:
    """From `start` on, the State Council's 调休 schedule is missing: only the statutory
    holidays are known (`statutory`), or no national day at all."""

    start: dt.date
    statutory: bool


@dataclass(frozen=True)
class WorkCalendar:
    tz: ZoneInfo
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()  # 调休: weekend days that are worked; they win
    # For `specials` and `gap` only: day → (name, source); the years the national data covers.
    names: Mapping[dt.date, tuple[str, str]] = field(default_factory=dict, compare=False, repr=False)
    official_years: frozenset[int] = frozenset()
    statutory_years: frozenset[int] = frozenset()
    national_source: str = ""  # the package and its version, e.g. "holidays 0.109"
    # The exceptions to the week, sorted for bisection: weekdays off, weekend days worked.
    _off: tuple[dt.date, ...] = field(init=False, compare=False, repr=False)
    _worked: tuple[dt.date, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        off = sorted(d for d in self.holidays if d.weekday() < 5 and d not in self.workdays)
        object.__setattr__(self, "_off", tuple(off))
        object.__setattr__(self, "_worked", tuple(sorted(d for d in self.workdays if d.weekday() >= 5)))

    def is_workday(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.tz)

    def _at(self, day: dt.date, clock: dt.time) -> dt.datetime:
        """`day` at local `clock` (a naive time), in UTC; zoneinfo resolves DST gaps and folds."""
        return dt.datetime.combine(day, clock, tzinfo=self.tz).astimezone(dt.UTC)

    def add_working_days(self, start: dt.datetime, days: int) -> dt.datetime:
        """The same local clock time on the `days`-th working day after `start`'s date.

        A report sent on Saturday with 5 working days is due the next Friday at the same time:
        the days off in between do not count, the day of receipt does not either. Negative
        `days` count backwards the same way.
        """
        local = self.local(start)
        day = local.date()
        step = dt.timedelta(days=1 if days >= 0 else -1)
        remaining = abs(days)
        while remaining > 0:
            day += step
            if self.is_workday(day):
                remaining -= 1
        return self._at(day, local.time())

    def workdays_in(self, first: dt.date, last: dt.date) -> int:
        """Working days in the closed range [first, last] (0 when last < first)."""
        if last < first:
            return 0
        total = (last - first).days + 1
        weeks, rest = divmod(total, 7)
        count = weeks * 5 + sum(
            1 for i in range(rest) if (first.weekday() + i) % 7 < 5
        )
        count -= bisect.bisect_right(self._off, last) - bisect.bisect_left(self._off, first)
        count += bisect.bisect_right(self._worked, last) - bisect.bisect_left(self._worked, first)
        return count

    def working_days_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Whole working days from `start` to `end`.

        A working day counts once `end` has reached `start`'s local clock time on it; the day of
        `start` itself never counts. So a deadline of Friday 10:00 is one working day overdue on
        Monday at 10:00, not before, and never because of the weekend in between.
        """
        if end <= start:
            return 0
        begin = self.local(start)
        finish = self.local(end)
        first = begin.date() + dt.timedelta(days=1)
        last = finish.date()
        if last < first:
            return 0
        count = self.workdays_in(first, last - dt.timedelta(days=1))
        if self.is_workday(last) and self._at(last, begin.time()) <= end:
            count += 1
        return count

    def latest_start(self, end: dt.datetime, days: int) -> dt.datetime:
        """An upper bound on the starts with at least `days` working days before `end`.

        `working_days_between(s, end) >= days` implies `s <= latest_start(end, days)`; queries use
        it to narrow the candidates before checking each exactly.
        """
        return end - dt.timedelta(days=days)

    def specials(self, year: int) -> list[Special]:
        """The days of `year` that break the week (weekdays off, weekend days worked) and every
        day the county set, in date order."""
        out = []
        for day in sorted(d for d in self.holidays | self.workdays if d.year == year):
            off = not self.is_workday(day)
            name, source = self.names.get(day, ("", ""))
            special = Special(day, off, name, source)
            if special.county or off == (day.weekday() < 5):
                out.append(special)
        return out

    def gap(self, today: dt.date, days: int = LOOKAHEAD_DAYS) -> Gap | None:
        """The first day of the next `days` whose year lacks the State Council's 调休 schedule."""
        last = today + dt.timedelta(days=days)
        for year in range(today.year, last.year + 1):
            if year not in self.official_years:
                return Gap(max(today, dt.date(year, 1, 1)), year in self.statutory_years)
        return None


def calendar_of(config: Config) -> WorkCalendar:
    """The county's working-day calendar: the national one with the county's days over it."""
    return _merged(config.county.timezone, config.calendar.holidays, config.calendar.workdays)


def national_repeats(config: Config) -> dict[str, list[dt.date]]:
    """County days the national calendar already has (a config that still types the national
    days, as the example once did), by config key."""
    national = national_days()
    return {key: sorted(days & same.keys()) for key, days, same in (
        (COUNTY_HOLIDAYS, config.calendar.holidays, national.off),
        (COUNTY_WORKDAYS, config.calendar.workdays, national.work)) if days & same.keys()}


@functools.lru_cache(maxsize=8)
def _merged(timezone: str, holidays: frozenset[dt.date], workdays: frozenset[dt.date]) -> WorkCalendar:
    """A county day wins over the national one (config validation keeps the two lists apart)."""
    national = national_days()
    names = {day: (name, national.source) for day, name in national.off.items()}
    names |= {day: (name, national.source) for day, name in national.work.items()}
    names |= {day: (national.work.get(day, ""), COUNTY_HOLIDAYS) for day in holidays}
    names |= {day: (national.off.get(day, ""), COUNTY_WORKDAYS) for day in workdays}
    return WorkCalendar(
        ZoneInfo(timezone),
        frozenset((national.off.keys() - workdays) | holidays),
        frozenset((national.work.keys() - holidays) | workdays),
        names, national.official, national.statutory, national.source,
    )
