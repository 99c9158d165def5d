"""约谈/通报: when an open ticket is listed, and how late it is said to be — one rule for every
place that says so: the tick's 拟约谈/通报 push to supervisors (bot.actions.followup), the
digest's 约谈/通报名单 (bot.reports.digest), the ledger's 约谈/通报 column (bot.reports.ledger),
and /show and /list (bot.actions.views). Pure: `now` is a parameter.

A ticket is listed once it is past its deadline by `report_after_working_days` steps (at least
just past it, when that is 0): working days, or for an urgent ticket `urgent_step`s — hours, as
its 督办 counts them (bot.domain.tickets.urgent_step).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.config import DeadlinesConfig
from bot.domain.calendar import WorkCalendar
from bot.domain.tickets import steps_late


@dataclass(frozen=True)
class Late:
    """How late a ticket is: `steps` as escalation counts them (working days, or urgent steps),
    `days` whole working days, and `hours` whole hours for an urgent ticket (None otherwise)."""

    steps: int
    days: int
    hours: int | None


def late(deadline: dt.datetime | None, urgent: bool, now: dt.datetime,
         deadlines: DeadlinesConfig, calendar: WorkCalendar) -> Late | None:
    """How late a ticket with this deadline is at `now`; None when it is not past it."""
    if deadline is None or now <= deadline:
        return None
    steps = steps_late(deadline, urgent, now, deadlines, calendar)
    days = calendar.working_days_between(deadline, now)
    return Late(steps, days, int((now - deadline).total_seconds() // 3600) if urgent else None)


def listed(deadline: dt.datetime | None, urgent: bool, now: dt.datetime,
           deadlines: DeadlinesConfig, calendar: WorkCalendar) -> Late | None:
    """How late an open ticket is when it is listed for 约谈/通报 at `now`; None when it is not."""
    found = late(deadline, urgent, now, deadlines, calendar)
    return found if found is not None and found.steps >= deadlines.report_after_working_days \
        else None
