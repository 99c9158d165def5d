"""The national working-day calendar, from the `holidays` package (vacanza/holidays).

Its China calendar carries the statutory holidays of any year, with the substitute day the law
gives for one that falls on a weekend (补假), and, from the General Office of the State Council's
yearly notice, the 调休 schedule: weekdays given off and the weekend days worked instead. The notice
for a year comes out in the autumn before it; until a release of the package carries it, that year
has its statutory holidays only. The package is pure data (no I/O); it is read once per process.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass

FIRST_YEAR = 2001  # the package checks China's days against the State Council's notices from 2001
LAST_YEAR = 2099
_MOVED = re.compile(r"\d{4}-\d{2}-\d{2}")  # the day a 调休 day off was moved from, in its name
_SUBSTITUTE = "调休"  # in the names of the days off the notice moved (休息日（由 … 调休）)
_PART_OF = {"农历除夕": "春节"}  # the notice lists New Year's Eve under 春节


@dataclass(frozen=True)
class NationalDays:
    source: str  # the package and version, e.g. "holidays 0.109"
    off: Mapping[dt.date, str]  # days off with their official names (weekend ones too)
    work: Mapping[dt.date, str]  # weekend days worked (调休), named after their holiday
    official: frozenset[int]  # years whose 调休 schedule the package carries
    statutory: frozenset[int]  # years whose statutory holidays it knows


@functools.cache
def national_days() -> NationalDays:
    """China's days off and weekend working days, 2001-2099, as the installed package has them."""
    import holidays  # about 70 ms: paid by the first process that needs a calendar, not at import

    china = holidays.China(years=range(FIRST_YEAR, LAST_YEAR + 1), language="zh_CN")
    off = {day: str(name) for day, name in sorted(china.items())}
    work = _named_workdays(
        sorted(d for d in china.weekend_workdays if FIRST_YEAR <= d.year <= LAST_YEAR), off)
    return NationalDays(
        source=f"holidays {holidays.__version__}",
        off=off,
        work=work,
        # Every notice since 2001 has moved at least one working day to a weekend, so a year with
        # such a day is a year whose notice the package carries.
        official=frozenset(day.year for day in work),
        statutory=frozenset(day.year for day in off),
    )


def _named_workdays(days: list[dt.date], off: Mapping[dt.date, str]) -> dict[dt.date, str]:
    """Name each weekend day worked after the holidays it makes up for, as the notice lists it:
    2026-09-20 pays for 10-06 off, inside the 国庆节 break, so it is 国庆节调休上班."""
    moved_to = {}
    for day, name in off.items():
        found = _MOVED.search(name) if _SUBSTITUTE in name else None
        if found:
            moved_to[found.group()] = day
    worked = set(days)
    return {day: _break_of(moved_to.get(day.isoformat()), off, worked) + "调休上班" for day in days}


def _break_of(day: dt.date | None, off: Mapping[dt.date, str], worked: set[dt.date]) -> str:
    """The holidays of the break that `day` (a day off) is part of, e.g. 国庆节、中秋节."""
    if day is None:
        return ""

    def resting(d: dt.date) -> bool:
        return d in off or (d.weekday() >= 5 and d not in worked)

    one = dt.timedelta(days=1)
    first = last = day
    while resting(first - one):
        first -= one
    while resting(last + one):
        last += one
    names = (off.get(first + one * i, "") for i in range((last - first).days + 1))
    bases = (n.split("（")[0] for n in names if n and _SUBSTITUTE not in n)  # 国庆节（补假）
    return "、".join(dict.fromkeys(_PART_OF.get(b, b) for b in bases))
