"""Working-day arithmetic: weekends and holidays are off, make-up workdays (调休) are on.

Days are the county's local dates; a moment keeps its local clock time when it is moved by
working days. `working_days_between` counts in O(holidays) rather than day by day, so the digest
and the ledger can ask it for a million tickets.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.config import Config


@dataclass(frozen=True)
class WorkCalendar:
    tz: ZoneInfo
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()  # 调休: weekend days that are worked

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
        count -= sum(1 for d in self.holidays
                     if first <= d <= last and d.weekday() < 5 and d not in self.workdays)
        count += sum(1 for d in self.workdays if first <= d <= last and d.weekday() >= 5)
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


def calendar_of(config: Config) -> WorkCalendar:
    """The county's working-day calendar."""
    return WorkCalendar(config.county.tz, config.calendar.holidays, config.calendar.workdays)
