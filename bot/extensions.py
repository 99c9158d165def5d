"""Deadlines that move: 延期 (asked by the unit, approved by a supervisor) and 实事项目.

An extension is pending in the ticket's `extension_*` columns until `/approve`; only then does the
deadline move (by working days from the current deadline) and the citizen hear the new one.
"""

from __future__ import annotations

import datetime as dt

from bot import repo, texts
from bot.desk import Desk, Incoming
from bot.staff import REPLAYED, Outcome, begin, when
from bot.tickets import OPEN_STATES, iso

MAX_EXTEND_DAYS = 30


def extend(desk: Desk, msg: Incoming, number: str, days: int, reason: str, now: dt.datetime
           ) -> Outcome:
    """/extend NUMBER DAYS REASON: ask the supervisors for more time (a new request replaces one
    still pending)."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("extend", number)
        if ticket is None:
            return ctx.refuse(number, "extend")
        if not ticket.is_open:
            return ctx.fail("extend", texts.cannot(number, texts.ACTION_EXTEND, ticket.state.value))
        if not 1 <= days <= MAX_EXTEND_DAYS:
            return ctx.fail("extend", texts.bad_days(MAX_EXTEND_DAYS))
        ticket = repo.update(db, ticket, now, ctx.actor.user_id, "staff", "extend",
                             {"extension_days": days, "extension_reason": reason,
                              "extension_by": ctx.actor.user_id}, reason, None, str(days))
        desk.tell_supervisors(db, f"extend:{ticket.id}:{msg.update_id}",
                              texts.extension_for_supervisors(
                                  number, desk.config.unit_name(ticket.unit), days, reason,
                                  when(desk, ticket.deadline)), now, ticket.id)
        return ctx.answer("extend", texts.extension_requested(number, days), ticket.id)


def approve(desk: Desk, msg: Incoming, number: str, now: dt.datetime) -> Outcome:
    """/approve NUMBER (supervisors): the pending extension takes effect."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("approve", number)
        if ticket is None:
            return ctx.refuse(number, "approve")
        row = next(iter(db.query("SELECT extension_days FROM tickets WHERE id = ?", [ticket.id])))
        days = int(row["extension_days"] or 0)
        if not days or not ticket.is_open:
            return ctx.fail("approve", texts.no_pending_extension(number))
        # From the current deadline; one already past counts from now (a late approval or a
        # late request must not yield a deadline that is over before anyone hears of it).
        start = max(ticket.deadline or now, now)
        deadline = repo.calendar_of(desk.config).add_working_days(start, days)
        changes: dict[str, object] = {"deadline": iso(deadline), "extension_days": 0}
        if deadline > now:
            changes["overdue"] = 0
        ticket = repo.update(db, ticket, now, ctx.actor.user_id, "supervisor", "approve", changes,
                             str(days), iso(ticket.deadline) if ticket.deadline else None,
                             iso(deadline))
        shown = when(desk, deadline)
        ctx.tell_citizen(ticket, "extended", texts.extension_for_citizen(
            number, desk.config.unit_name(ticket.unit), shown))
        ctx.tell_unit(ticket, "extended", texts.extension_for_unit(number, shown))
        return ctx.answer("approve", texts.extension_approved(number, shown), ticket.id)


def parse_plan(text: str) -> tuple[str, str, str] | None:
    """`MEASURES | PLAN | YYYY-MM-DD` → its three parts, or None when one is missing."""
    parts = [p.strip() for p in text.replace("｜", "|").split("|")]
    if len(parts) != 3 or not all(parts):
        return None
    return parts[0], parts[1], parts[2]


def project(desk: Desk, msg: Incoming, number: str, measures: str, plan: str, due: str,
            now: dt.datetime) -> Outcome:
    """/project NUMBER MEASURES | PLAN | YYYY-MM-DD: make the ticket a 实事项目."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("project", number)
        if ticket is None:
            return ctx.refuse(number, "project")
        if ticket.state not in OPEN_STATES:
            return ctx.fail("project", texts.cannot(number, texts.ACTION_PROJECT, ticket.state.value))
        tz = desk.config.county.tz
        try:
            day = dt.date.fromisoformat(due)
        except ValueError:
            day = None
        if day is None or day < now.astimezone(tz).date():
            return ctx.fail("project", texts.bad_project_date(due))
        deadline = dt.datetime.combine(day, dt.time(23, 59), tz)  # by the end of that day
        changes: dict[str, object] = {"project": 1, "measures": measures, "plan": plan,
                                      "deadline": iso(deadline)}
        if deadline > now:
            changes["overdue"] = 0
        ticket = repo.update(db, ticket, now, ctx.actor.user_id, "staff", "project", changes,
                             f"{measures} | {plan}",
                             iso(ticket.deadline) if ticket.deadline else None, iso(deadline))
        shown = when(desk, deadline)
        ctx.tell_citizen(ticket, "project", texts.project_for_citizen(
            number, desk.config.unit_name(ticket.unit), measures, plan, shown))
        return ctx.answer("project", texts.project_set(number, shown), ticket.id)
