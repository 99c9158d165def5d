"""CLI subcommand `calendar [--year YYYY]`: the working-day calendar in force, to check by eye.

One line a day that breaks the week (a weekday off, a weekend day worked) or that the county set,
`YYYY-MM-DD off|work NAME (SOURCE)`, so an operator can hold it against the State Council's notice.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import Any

from bot.cli.common import CliError, config_from, county_now
from bot.domain.calendar import calendar_of
from bot.texts import for_operators


def _year(value: str) -> int:
    try:
        year = int(value)
    except ValueError:
        year = 0
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise CliError(f"--year {value!r}: expected a year like 2027")
    return year


def _calendar(args: argparse.Namespace) -> int:
    """Print the days off and the days worked of --year (default: this year, county time)."""
    config = config_from(args)
    tz = config.county.tz
    year = _year(args.year) if args.year is not None else county_now(config).astimezone(tz).year
    calendar = calendar_of(config)
    for day in calendar.specials(year):
        print(for_operators.calendar_day(day))
    if year not in calendar.official_years:
        print(for_operators.calendar_year_gap(year, year in calendar.statutory_years,
                                              calendar.national_source), file=sys.stderr)
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    calendar = sub.add_parser("calendar", parents=[common],
                              help="print the working-day calendar in force")
    calendar.add_argument("--year", metavar="YYYY", help="the year (default: this year)")
    calendar.set_defaults(func=_calendar)
