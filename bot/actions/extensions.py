"""Deadlines that move: 延期 (asked by the unit, approved by a supervisor) and 实事项目.

An extension is pending in the ticket's `extension_*` columns until `/approve`; only then does the
deadline move (by working days from the current deadline) and the citizen hear the new one.
"""

from __future__ import annotations

import datetime as dt

from bot.actions.ctx import Ctx, Outcome, on_ticket
from bot.domain.calendar import calendar_of
from bot.domain.tickets import OPEN_STATES, Ticket, iso
from bot.store import tickets
from bot.texts import for_citizen, for_staff, for_supervisors

MAX_EXTEND_DAYS = 30


@on_ticket("extend")
def extend(ctx: Ctx, ticket: Ticket, days: int, reason: str) -> Outcome:
    """/extend NUMBER DAYS REASON: ask the supervisors for more time (a new request replaces one
    still pending)."""
    if not ticket.is_open:
        return ctx.fail("extend", for_staff.cannot(ticket.number, for_staff.ACTION_EXTEND,
                                                   ticket.state.value))
    if not 1 <= days <= MAX_EXTEND_DAYS:
        return ctx.fail("extend", for_staff.bad_days(MAX_EXTEND_DAYS))
    ticket = tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "staff", "extend",
                            {"extension_days": days, "extension_reason": reason,
                             "extension_by": ctx.actor.user_id}, reason, None, str(days))
    desk = ctx.desk
    desk.tell_supervisors(ctx.db, f"extend:{ticket.id}:{ctx.msg.update_id}",
                          for_supervisors.extension_for_supervisors(
                              ticket.number, desk.config.unit_name(ticket.unit), days, reason,
                              ctx.when(ticket.deadline)), ctx.now, ticket.id)
    return ctx.answer("extend", for_staff.extension_requested(ticket.number, days), ticket.id)


@on_ticket("approve")
def approve(ctx: Ctx, ticket: Ticket) -> Outcome:
    """/approve NUMBER (supervisors): the pending extension takes effect."""
    days, now = ticket.extension_days, ctx.now
    if not days or not ticket.is_open:
        return ctx.fail("approve", for_supervisors.no_pending_extension(ticket.number))
    # From the current deadline; one already past counts from now (a late approval or a
    # late request must not yield a deadline that is over before anyone hears of it).
    start = max(ticket.deadline or now, now)
    deadline = calendar_of(ctx.desk.config).add_working_days(start, days)
    changes: dict[str, object] = {"deadline": iso(deadline), "extension_days": 0}
    if deadline > now:
        changes["overdue"] = 0
    ticket = tickets.update(ctx.db, ticket, now, ctx.actor.user_id, "supervisor", "approve",
                            changes, str(days),
                            iso(ticket.deadline) if ticket.deadline else None, iso(deadline))
    shown = ctx.when(deadline)
    ctx.tell_citizen(ticket, "extended", for_citizen.extension_for_citizen(
        ticket.number, ctx.desk.config.unit_name(ticket.unit), shown))
    ctx.tell_unit(ticket, "extended", for_staff.extension_for_unit(ticket.number, shown))
    return ctx.answer("approve", for_supervisors.extension_approved(ticket.number, shown),
                      ticket.id)


@on_ticket("project")
def project(ctx: Ctx, ticket: Ticket, measures: str, plan: str, due: str) -> Outcome:
    """/project NUMBER MEASURES | PLAN | YYYY-MM-DD: make the ticket a 实事项目."""
    if ticket.state not in OPEN_STATES:
        return ctx.fail("project", for_staff.cannot(ticket.number, for_staff.ACTION_PROJECT,
                                                    ticket.state.value))
    tz = ctx.desk.config.county.tz
    try:
        day = dt.date.fromisoformat(due)
    except ValueError:
        day = None
    if day is None or day < ctx.now.astimezone(tz).date():
        return ctx.fail("project", for_staff.bad_project_date(due))
    deadline = dt.datetime.combine(day, dt.time(23, 59), tz)  # by the end of that day
    changes: dict[str, object] = {"project": 1, "measures": measures, "plan": plan,
                                  "deadline": iso(deadline)}
    if deadline > ctx.now:
        changes["overdue"] = 0
    ticket = tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "staff", "project",
                            changes, f"{measures} | {plan}",
                            iso(ticket.deadline) if ticket.deadline else None, iso(deadline))
    shown = ctx.when(deadline)
    ctx.tell_citizen(ticket, "project", for_citizen.project_for_citizen(
        ticket.number, ctx.desk.config.unit_name(ticket.unit), measures, plan, shown))
    return ctx.answer("project", for_staff.project_set(ticket.number, shown), ticket.id)
