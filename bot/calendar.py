"""Working-day arithmetic: weekends and holidays are off, make-up workdays (调休) are on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class WorkCalendar:
    tz: ZoneInfo
    holidays: frozenset[dt.date] = frozenset()
    workdays: frozenset[dt.date] = frozenset()

    def is_workday(self, day: dt.date) -> bool:
        if day in self.workdays:
            return True
        return day.weekday() < 5 and day not in self.holidays

    def local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self.tz)

    def add_working_days(self, start: dt.datetime, days: int) -> dt.datetime:
        """The same local clock time on the `days`-th working day after `start`'s date.

        A report sent on Saturday with 5 working days is due the next Friday at the same time:
        the days off in between do not count, the day of receipt does not either.
        """
        local = self.local(start)
        day = local.date()
        remaining = days
        while remaining > 0:
            day += dt.timedelta(days=1)
            if self.is_workday(day):
                remaining -= 1
        return dt.datetime.combine(day, local.timetz()).astimezone(dt.UTC)

    def working_days_between(self, start: dt.datetime, end: dt.datetime) -> int:
        """Whole working days from `start` to `end` (0 when end is not past start's next workday)."""
        if end <= start:
            return 0
        count = 0
        day = self.local(start).date()
        end_local = self.local(end)
        while True:
            day += dt.timedelta(days=1)
            if day > end_local.date():
                return count
            at = dt.datetime.combine(day, self.local(start).timetz())
            if self.is_workday(day) and at <= end_local:
                count += 1
