"""Rules between config keys, each value valid alone (bot.config checks those): a county
day both off and worked, two units people could not tell apart, a reminder that would go
out as the ticket arrives, 约谈/通报 before the 书面督办 it follows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any


def between(sections: Mapping[str, Mapping[str, Any]], raw_units: Any, defaults: Any
            ) -> list[str]:
    """Problems between keys, each with its key path; `defaults`: the DeadlinesConfig the
    keys not given keep."""
    deadlines = sections.get("deadlines", {})
    normal_days = deadlines.get("normal_working_days", defaults.normal_working_days)
    remind_hours = deadlines.get("remind_before_hours", defaults.remind_before_hours)
    calendar = sections.get("calendar", {})
    both: frozenset[dt.date] = calendar.get("holidays", frozenset()) \
        & calendar.get("workdays", frozenset())
    problems = [f"calendar.workdays: {day} is also in calendar.holidays" for day in sorted(both)]
    if remind_hours >= normal_days * 24:
        problems.append(
            f"deadlines.remind_before_hours: {remind_hours:g} hours is not shorter than the"
            f" normal time limit ({normal_days} working days, at least {normal_days * 24}"
            " hours): every reminder would go out as the ticket arrives")
    urge_days = deadlines.get("urge_after_working_days", defaults.urge_after_working_days)
    report_days = deadlines.get("report_after_working_days", defaults.report_after_working_days)
    if report_days < urge_days:
        problems.append(
            f"deadlines.report_after_working_days: {report_days} is before"
            f" deadlines.urge_after_working_days ({urge_days}): a unit would be listed for"
            f" 约谈/通报 before its 书面督办; set it between {urge_days} and 60")
    return problems + _same_names(raw_units)


def _same_names(raw_units: Any) -> list[str]:
    """Units sharing a name: staff, supervisors, citizens and the ledger tell units by name."""
    first: dict[str, int] = {}
    problems = []
    for index, item in enumerate(raw_units if isinstance(raw_units, list) else []):
        name = item.get("name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name.strip():
            continue
        key = "".join(name.split())
        if key in first:
            problems.append(f"units[{index}].name: {name.strip()!r} is already the name of"
                            f" units[{first[key]}]; each unit needs a name of its own")
        else:
            first[key] = index
    return problems
