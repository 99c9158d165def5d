"""Deadlines that move: 延期 (asked by the unit, approved by a supervisor) and 实事项目.

An extension is pending in the ticket's `extension_*` columns until `/approve`: a number of
working days (`/extend`) or a 实事项目's completion date later than the deadline (`/project`).
Only `/approve` moves the deadline; then the citizen hears the new one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from bot.actions.ctx import Ctx, Outcome, on_ticket
from bot.actions.staff import sign
from bot.domain.calendar import calendar_of
from bot.domain.privacy import mask
from bot.domain.ticket_words import masked
from bot.domain.tickets import (
    AWAITING_SIGNATURE,
    OPEN_STATES,
    Ticket,
    close_of_working_day,
    iso,
    working_days_ahead,
)
from bot.domain.typed_date import typed_day
from bot.domain.typed_same import same_typed
from bot.render import keyboard
from bot.store import outbox, people, tickets
from bot.texts import (
    citizen_deadlines,
    common,
    extension_refusals,
    for_staff,
    for_supervisors,
    projects,
)
from bot.texts.common import unit_label

MAX_EXTEND_DAYS = 30
PROJECT_MAX_DAYS = 365  # a 实事项目's completion date: within a year of the day it is set


@on_ticket("extend")
def extend(ctx: Ctx, ticket: Ticket, days: int, reason: str) -> Outcome:
    """/extend NUMBER DAYS REASON: ask the supervisors for more time (a new request replaces one
    still pending; the same one again changes nothing and is told so)."""
    if not ticket.is_open:
        return ctx.fail("extend", for_staff.cannot(ticket.number, for_staff.ACTION_EXTEND,
                                                   ticket.state.value))
    if not 1 <= days <= MAX_EXTEND_DAYS:
        return ctx.fail("extend", for_staff.bad_days(MAX_EXTEND_DAYS))
    if ticket.extension_days == days and same_typed(ticket.extension_reason, reason):
        return ctx.fail("extend", extension_refusals.extension_already_asked(
            ticket.number, days, ctx.when(_extended(ctx, ticket, days, _asked_at(ctx, ticket))[0])))
    replaced = pending(ctx, ticket)
    settle(ctx, ticket, extension_refusals.REPLACED_NOTE)  # a request replaced: its buttons go
    ticket = tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "staff", "extend",
                            {"extension_days": days, "extension_until": None,
                             "extension_reason": reason, "extension_by": ctx.actor.user_id},
                            reason, request_of(ticket), str(days))
    desk = ctx.desk
    extended = ctx.when(_extended(ctx, ticket, days, ctx.now)[0])
    desk.tell_supervisors(ctx.db, f"extend:{ticket.id}:{ctx.msg.update_id}",
                          for_supervisors.extension_for_supervisors(
                              ticket.number, unit_label(desk.config, ticket.unit), days,
                              masked(ticket, reason), ctx.when(ticket.deadline), replaced,
                              extended),
                          ctx.now, ticket.id, buttons=_decision(ctx, ticket))
    unread = not people.supervisors(ctx.db, desk.config)
    return ctx.answer("extend", for_staff.extension_requested(ticket.number, days, replaced,
                                                              extended, unread), ticket.id)


def _extended(ctx: Ctx, ticket: Ticket, days: int, asked_at: dt.datetime
              ) -> tuple[dt.datetime, bool]:
    """The deadline `days` working days of 延期 give: counted from the deadline in force when
    they were asked (from the request itself when that deadline had passed), whenever they are
    approved, as the request's confirmation says; from the approval only when it comes so late
    that this is over already (a deadline must not be past before anyone hears of it): then
    True with it."""
    config = ctx.desk.config
    calendar = calendar_of(config)
    start = max(ticket.deadline or asked_at, asked_at)
    deadline = working_days_ahead(start, days, config.deadlines, calendar)
    if deadline > ctx.now:
        return deadline, False
    return working_days_ahead(ctx.now, days, config.deadlines, calendar), True


def _asked_at(ctx: Ctx, ticket: Ticket) -> dt.datetime:
    """When the pending /extend was asked (now, if the log has none)."""
    asked = next((e for e in reversed(tickets.history(ctx.db, ticket.id))
                  if e["action"] == "extend"), None)
    return dt.datetime.fromisoformat(asked["at"]) if asked else ctx.now


def pending(ctx: Ctx, ticket: Ticket) -> str | None:
    """The extension request still pending on the ticket, as people read it; None when none."""
    if not (ticket.extension_days or ticket.extension_until):
        return None
    return common.extension_asked(ticket.extension_days, ctx.day(ticket.extension_until))


def request_id(ctx: Ctx, ticket: Ticket) -> int | None:
    """The audit event of the extension request pending on the ticket (its id names the request
    on its 批准 / 不批准 buttons, so that a stale button decides nothing), None when none is."""
    if not (ticket.extension_days or ticket.extension_until):
        return None
    return next((e["id"] for e in reversed(tickets.history(ctx.db, ticket.id))
                 if _raises(e)), None)


def _raises(event: dict[str, Any]) -> bool:
    """Whether an audit event asks for more time: an /extend, or a /project whose completion
    date is later than the deadline it had."""
    return event["action"] == "extend" or (event["action"] == "project" and (
        event["old"] is None or event["new"] > event["old"]))


def _decision(ctx: Ctx, ticket: Ticket) -> dict[str, Any] | None:
    """The 批准 / 不批准 buttons under the supervisors' copy of the request just made."""
    made = request_id(ctx, ticket)
    if made is None:
        return None
    return keyboard([[(extension_refusals.APPROVE_BUTTON, f"xt:{ticket.id}:{made}:1"),
                      (extension_refusals.REFUSE_BUTTON, f"xt:{ticket.id}:{made}:0")]])


def settle(ctx: Ctx, ticket: Ticket, note: str) -> None:
    """Take the 批准 / 不批准 buttons off every supervisor's copy of the ticket's requests (one
    decided, replaced or withdrawn), and their call to /approve with them, adding `note` (who
    decided, how; or that it was replaced or withdrawn) to their text."""
    for kind in ("extend", "project"):
        for chat, message_id in outbox.take_buttons(ctx.db, f"sup:{kind}:{ticket.id}:%"):
            ctx.desk.drop_buttons(ctx.db, chat, message_id, ticket.id, ctx.now, note,
                                  cut=extension_refusals.without_approve_call)


def request_of(ticket: Ticket) -> str | None:
    """The pending request as the audit log keeps it (the `old` of the event that replaces it):
    working days, or a completion date."""
    if ticket.extension_days:
        return str(ticket.extension_days)
    return iso(ticket.extension_until) if ticket.extension_until else None


def grant(ctx: Ctx, ticket: Ticket) -> Outcome:
    """/approve NUMBER (supervisors), or 批准 under the request: the pending extension takes
    effect."""
    days, until, now = ticket.extension_days, ticket.extension_until, ctx.now
    if not (days or until) or not ticket.is_open:
        return ctx.fail("approve", for_supervisors.no_pending_extension(ticket.number))
    urged = _urged_since_request(ctx, ticket)
    if urged is not None and urged["actor_role"] != "system":
        # a supervisor's 督办 ordered after the request, knowing of it: its limit stands
        return _refuse_after_urge(ctx, ticket, dt.datetime.fromisoformat(urged["at"]))
    if until is not None:  # a 实事项目's completion date
        deadline, from_now = until, False
    else:
        deadline, from_now = _extended(ctx, ticket, days, _asked_at(ctx, ticket))
    limit = ticket.urge_deadline  # the 督办's 限期 the approval replaces, if any
    changes: dict[str, object] = {"deadline": iso(deadline), "extension_days": 0,
                                  "extension_until": None}
    if deadline > now:
        changes["overdue"] = 0
    ticket = tickets.update(ctx.db, ticket, now, ctx.actor.user_id, "supervisor", "approve",
                            changes, str(days) if days else None,
                            iso(ticket.deadline) if ticket.deadline else None, iso(deadline))
    settle(ctx, ticket, extension_refusals.decided_note(ctx.who, True))
    shown = ctx.day(deadline) if until else ctx.when(deadline)
    granted = common.extension_asked(days, shown)
    # A 实事项目's date was announced to the citizen as awaiting approval: its approval says so.
    told = citizen_deadlines.project_approved_for_citizen if until \
        else citizen_deadlines.extension_for_citizen
    ctx.tell_citizen(ticket, "extended", told(ticket.number, unit_label(ctx.desk.config,
                                                                        ticket.unit), shown))
    counted = shown + ("" if until else common.extension_counted(from_now))
    ctx.tell_unit(ticket, "extended", for_staff.extension_for_unit(ticket.number, granted, counted))
    answer = for_supervisors.extension_approved(ticket.number, granted, counted)
    if urged is not None and limit is not None and deadline > limit:  # the rules' 督办, replaced
        answer += extension_refusals.replaces_auto_urge(
            ctx.when(dt.datetime.fromisoformat(urged["at"])), ctx.when(limit))
    return ctx.answer("approve", answer, ticket.id)


approve = on_ticket("approve")(grant)


def _refuse_after_urge(ctx: Ctx, ticket: Ticket, urged_at: dt.datetime) -> Outcome:
    """Refuse a request made before a supervisor's 督办 whose limit stands: the request is
    closed (on the record, so /approve has nothing left) and the unit hears why and how to ask
    again; the citizen, told a 实事项目's later date awaited approval, hears it was not given."""
    asked, at = pending(ctx, ticket) or "", ctx.when(urged_at)
    limit = ctx.when(ticket.urge_deadline or ticket.deadline)
    if ticket.extension_until is not None and ticket.project:
        ctx.tell_citizen(ticket, "project_refused", citizen_deadlines.project_refused_for_citizen(
            ticket.number, unit_label(ctx.desk.config, ticket.unit), limit))
    ticket = tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "supervisor",
                            "extension_refused", {"extension_days": 0, "extension_until": None},
                            at, request_of(ticket), None)
    ctx.tell_unit(ticket, "extension_refused", extension_refusals.predates_urge_for_unit(
        ticket.number, asked, at, limit))
    settle(ctx, ticket, extension_refusals.decided_note(ctx.who, False))
    return ctx.fail("approve", extension_refusals.predates_urge_for_supervisor(
        ticket.number, asked, at, limit))


@on_ticket("project")
def project(ctx: Ctx, ticket: Ticket, measures: str, plan: str, due: str) -> Outcome:
    """/project NUMBER MEASURES | PLAN | DATE: make the ticket a 实事项目. The date is read as
    every typed day is (bot.domain.typed_date: 2027-03-01, 2027年3月1日, 3月1日, 下周五), within
    PROJECT_MAX_DAYS of today. A completion date
    later than the deadline is an extension request that takes effect on
    a supervisor's /approve; an earlier one is the unit's plan and leaves the deadline as it is
    (a unit may finish early), and withdraws any request pending (/extend's or /project's).
    A day off moves to the next working day's close of business.
    The citizen is told of the 实事项目 once; a later /project only of a new date, in a line."""
    if ticket.state not in OPEN_STATES:
        return ctx.fail("project", for_staff.cannot(ticket.number, for_staff.ACTION_PROJECT,
                                                    ticket.state.value))
    config = ctx.desk.config
    tz, calendar = config.county.tz, calendar_of(config)
    today = ctx.now.astimezone(tz).date()
    typed = typed_day(due, today, ahead=True)  # 2027-03-01, 2027年3月1日, 3月1日, 下周五
    if typed is None:
        return ctx.fail("project", projects.bad_project_date(due))
    # By the end of that working day (or the next one), like every deadline; a day whose
    # close is already over (today after hours) has passed like an earlier one.
    completion = close_of_working_day(typed, config.deadlines, calendar)
    if typed < today or completion <= ctx.now:
        return ctx.fail("project", projects.project_date_passed(due))
    # A works project takes months, not /extend's 30 working days (T25 finding 14); SPEC sets
    # no cap, and a county plans its 实事项目 a year ahead at most.
    latest = today + dt.timedelta(days=PROJECT_MAX_DAYS)
    if typed > latest:
        return ctx.fail("project", projects.too_late(due, latest))
    later = ticket.deadline is None or completion > ticket.deadline
    old = iso(ticket.deadline) if ticket.deadline else None
    last = _last_project(ctx, ticket)
    if _same_as_last(ticket, last, f"{measures} | {plan}", iso(completion)):
        return ctx.fail("project", projects.already_set(ticket.number))
    announced = ticket.project
    if ticket.state in AWAITING_SIGNATURE:  # the unit took it on (响应率), on the record
        ticket = sign(ctx, ticket, quiet=True)
    replaced = pending(ctx, ticket) if later else None
    # An earlier date withdraws the request still pending — a completion date an earlier
    # /project asked for, or days an /extend asked for alike: the unit plans to finish within
    # the deadline, and /approve must have nothing left to grant.
    withdrawn = pending(ctx, ticket) if not later else None
    changes: dict[str, object] = {"project": 1, "measures": measures, "plan": plan}
    if later:
        changes.update(extension_until=iso(completion), extension_days=0,
                       extension_reason=measures, extension_by=ctx.actor.user_id)
    elif withdrawn:
        changes.update(extension_until=None, extension_days=0)
    if replaced or withdrawn:  # the request pending before: its buttons go, saying why
        settle(ctx, ticket, extension_refusals.REPLACED_NOTE if replaced
               else extension_refusals.WITHDRAWN_NOTE)
    # The event names the date asked for (later) or planned (not later); the deadline stays.
    ticket = tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "staff", "project",
                            changes, f"{measures} | {plan}", old, iso(completion))
    shown, desk = ctx.day(completion), ctx.desk
    if later:
        desk.tell_supervisors(ctx.db, f"project:{ticket.id}:{ctx.msg.update_id}",
                              for_supervisors.project_extension_for_supervisors(
                                  ticket.number, unit_label(desk.config, ticket.unit), shown,
                                  ctx.when(ticket.deadline), mask(measures, ticket.names),
                                  replaced),
                              ctx.now, ticket.id, buttons=_decision(ctx, ticket))
    elif withdrawn:
        desk.tell_supervisors(ctx.db, f"project:{ticket.id}:{ctx.msg.update_id}",
                              for_supervisors.project_request_withdrawn(
                                  ticket.number, unit_label(desk.config, ticket.unit), withdrawn,
                                  shown, ctx.when(ticket.deadline)),
                              ctx.now, ticket.id)
    # The citizen hears of the 实事项目 once; later, only of a new completion date, in a line.
    if not announced:
        ctx.tell_citizen(ticket, "project", citizen_deadlines.project_for_citizen(
            ticket.number, unit_label(desk.config, ticket.unit), measures, plan, shown, later))
    elif last is None or last["new"] != iso(completion):
        ctx.tell_citizen(ticket, "project", citizen_deadlines.project_date_for_citizen(
            ticket.number, shown, later))
    rolled = str(typed) if completion.astimezone(tz).date() != typed else ""
    unread = later and not people.supervisors(ctx.db, desk.config)
    return ctx.answer("project", projects.project_set(
        ticket.number, shown, later, replaced, ctx.when(ticket.deadline), rolled, withdrawn)
        + (projects.NOBODY_TO_APPROVE if unread else ""), ticket.id)


def _urged_since_request(ctx: Ctx, ticket: Ticket) -> dict[str, Any] | None:
    """The last 督办 issued after the pending extension request was made, or None. One a
    supervisor ordered (/urge) stands: approving would quietly undo its 限期办结. One the rules
    issued (`actor_role` system, the tick's) leaves the request to the supervisors: a unit that
    asked in time is not refused by a clock that fired while they had not yet decided, and an
    approval then replaces the 督办's limit (bot.store.due.urge_missed)."""
    urged = None
    for event in tickets.history(ctx.db, ticket.id):
        if _raises(event):  # a request raised
            urged = None
        elif event["action"] == "urge":
            urged = event
    return urged


def _last_project(ctx: Ctx, ticket: Ticket) -> dict[str, Any] | None:
    """The ticket's last /project event (its `new`: the completion date), or None."""
    return next((e for e in reversed(tickets.history(ctx.db, ticket.id))
                 if e["action"] == "project"), None)


def _same_as_last(ticket: Ticket, last: dict[str, Any] | None, detail: str,
                  completion: str) -> bool:
    """The ticket's `last` /project had these measures, plan and completion date (and its
    request, if it was one, is still pending): sending it again records nothing new."""
    if last is None or last["detail"] != detail or last["new"] != completion:
        return False
    moment = dt.datetime.fromisoformat(completion)
    asked = ticket.deadline is None or moment > ticket.deadline
    return not asked or ticket.extension_until == moment
