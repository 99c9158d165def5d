"""Written supervision: the numbered 督办通知书 (限期办结) and the 约谈/通报 listing, and what
the citizen is told of a late ticket.

Both the tick (after `urge_after_working_days` overdue) and a supervisor's `/urge` issue notices
through `issue_urge`; numbers run per calendar year in the county's time zone. `tell_late`
tells each citizen, once per deadline, that their ticket went overdue, once more when a
督办 then gave its unit a 限期办结, and once per such 限期 passed unmet that the unit was
pressed again and by when they will have an answer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from sqlite_utils import Database

from bot.actions.desk import Desk
from bot.config import DeadlinesConfig
from bot.domain.calendar import WorkCalendar, calendar_of
from bot.domain.delivery import Priority, for_ticket
from bot.domain.ticket_words import masked, masked_text, matter_of
from bot.domain.tickets import Ticket, iso, overdue_steps, urge_due, urge_limit, urged_past
from bot.domain.visit import citizen_hours
from bot.render import Outgoing
from bot.store import due, tickets
from bot.store.due import claim
from bot.texts import citizen_deadlines, citizen_overdue, urging
from bot.texts import for_supervisors as texts
from bot.texts.common import unit_label
from bot.texts.matter_line import with_matter


def issue_urge(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime, *, actor_id: int = 0,
               note: str = "", asked: dt.datetime | None = None,
               moved_from: dt.date | None = None) -> tuple[str, Ticket, bool]:
    """A numbered 督办通知书 with a 限期办结, to the unit and the supervisors; returns the
    notice's number, the ticket, and whether any chat of the unit could be told.

    Past the deadline (or without one), the 限期办结 is `urge_after_working_days` working days
    from now (at least one); for an urgent ticket, as many `urgent_step`s (hours: it could not
    wait a day); the deadline itself stays (the on-time rate and the 约谈/通报 clock are not
    reset) and the notice names both. Before the deadline, the 督办 does not shorten it (an
    approved 延期 stands): the limit is the deadline in force, and the notice asks for it alone.
    A limit the supervisor `asked` for in the note (bot.domain.urge: 2小时内) sets it when sooner:
    before the deadline it becomes the deadline — the one the notice states, the citizen is
    told, and /overdue, 催办 and the 按时办结率 follow. `moved_from`: the day off that limit
    named, when it moved to the next working day — the notice says so, not to contradict the note.
    """
    config = desk.config
    calendar = calendar_of(config)
    local = now.astimezone(config.county.tz)
    seq = tickets.next_in_sequence(db, f"urge_seq:{local.year}")
    notice = urging.urge_notice_number(config.county.name, local.year, seq)
    in_time = ticket.deadline is not None and now < ticket.deadline
    limit = ticket.deadline if ticket.deadline is not None and in_time else urge_limit(
        ticket, now, config.deadlines, calendar)
    if asked is not None and now < asked < limit:
        limit = asked
    overdue = _overdue(ticket, now, config.deadlines, calendar)
    changes = {"urge_count": ticket.urge_count + 1, "urge_deadline": iso(limit), "overdue":
               int(ticket.overdue or (ticket.deadline is not None and ticket.deadline <= now))}
    sooner = ticket.deadline is None or limit < ticket.deadline
    if sooner:
        changes["deadline"] = iso(limit)
    original, earlier = ticket.deadline, ticket.urge_count > 0 and ticket.urge_deadline == limit
    kind = ("sooner" if sooner else "kept") if in_time else ""
    if asked is not None and asked > limit:  # the note's later limit is not the one in force
        kind = ("kept_earlier" if earlier else "kept_later") if in_time else "later"
    ticket = tickets.update(db, ticket, now, actor_id, "supervisor" if actor_id else "system",
                            "urge", changes, f"{notice} 限期 {iso(limit)} {note}".strip())
    text = urging.urge_notice(
        notice, config.county.name, unit_label(config, ticket.unit), ticket.number,
        masked_text(ticket), desk.when(original), desk.when(limit), overdue,
        masked(ticket, note), kind, moved_from if limit == asked else None,
    )
    reached = desk.tell_unit(db, ticket, f"urge:{seq}:{local.year}", text, now)
    desk.tell_supervisors(db, f"urge:{local.year}:{seq}", text, now, ticket.id)
    if in_time and sooner:
        desk.tell_citizen(db, ticket, f"urge:{local.year}:{seq}",
                          citizen_deadlines.urged_sooner_for_citizen(
                              ticket.number, unit_label(config, ticket.unit), desk.when(limit)),
                          now)
    return notice, ticket, reached > 0


# A deadline passed longer ago than this is not announced late (a database from before the
# citizen was told, a bot down for weeks): its citizen would read of a 督办 long over.
LATE_TOLD_WITHIN = dt.timedelta(days=7)


def tell_late(desk: Desk, db: Database, now: dt.datetime) -> int:
    """Tell citizens of their late tickets, once per deadline each: that it went overdue and
    its unit was sent a 催办 (and when a 督办 follows), then that a 督办 gave the unit a
    限期办结 — both in one notice when the 督办 came first (a bot that was down). The county's
    quiet hours hold them as they hold the 回访 (bot.domain.visit.citizen_hours): one due at
    night goes out at 08:00 — an urgent ticket's too: these notices tell of the office's
    clock, not of the emergency (its advice, its unit's replies go at once), and woke a
    citizen at 04:42 to read of a 督办 (T24). Several due for one citizen at once (the
    morning's) go as one message. A deadline passed over LATE_TOLD_WITHIN ago is not
    announced. Returns how many tickets' citizens were told."""
    if not citizen_hours(now, desk.config.county.tz):
        return 0
    config = desk.config
    calendar = calendar_of(config)
    told: list[tuple[Ticket, str, Callable[[bool], str]]] = []
    for deadline, ticket in due.open_due(db, "told", now, now - LATE_TOLD_WITHIN):
        if not claim(db, f"told:{ticket.id}:{deadline}", now):
            continue
        urged = urged_past(ticket)
        if urged:  # the 督办 is told in this notice: not again
            claim(db, f"told_urge:{ticket.id}:{deadline}", now)
        told.append((ticket, f"overdue:{deadline}", partial(
            citizen_overdue.overdue_for_citizen, ticket.number, unit_label(config, ticket.unit),
            desk.when(ticket.deadline), bool(desk.handlers_of(db, ticket)),
            desk.when(urge_due(ticket, config.deadlines, calendar)),
            desk.when(ticket.urge_deadline) if urged else "", urged=ticket.urge_count)))
    for deadline, ticket in due.urged_late(db, "told_urge", now):
        if not due.is_done(db, f"told:{ticket.id}:{deadline}") \
                or not claim(db, f"told_urge:{ticket.id}:{deadline}", now):
            continue
        told.append((ticket, f"urged:{deadline}", partial(
            citizen_overdue.urged_for_citizen, ticket.number, unit_label(config, ticket.unit),
            bool(desk.handlers_of(db, ticket)), desk.when(ticket.urge_deadline))))
    # A 督办's 限期 passed unmet (the supervisors and the unit told by tell_missed): once each.
    for limit, ticket in due.urge_missed_untold(db, now):
        if not claim(db, f"told_missed:{ticket.id}:{limit}", now):
            continue
        told.append((ticket, f"missed:{limit}", partial(
            citizen_overdue.limit_missed_for_citizen, ticket.number,
            unit_label(config, ticket.unit), desk.when(ticket.urge_deadline),
            desk.when(_answer_by(desk, db, ticket, limit)))))
    _send_late(desk, db, told, now)
    return len({ticket.id for ticket, _, _ in told})


def _send_late(desk: Desk, db: Database, told: list[tuple[Ticket, str, Callable[[bool], str]]],
               now: dt.datetime) -> None:
    """Queue the late notices of one run: one message per citizen, each ticket's notice (with
    its 事项 line) under one head when there are several; a demand logged offline goes to its
    logger on its own, as every push about it does."""
    chats: dict[int, list[tuple[Ticket, str, Callable[[bool], str]]]] = {}
    for item in told:
        ticket = item[0]
        chats.setdefault(-ticket.id if ticket.logged_by else ticket.chat_id, []).append(item)
    for chat, items in chats.items():
        if len(items) == 1:
            ticket, key, text = items[0]
            desk.tell_citizen(db, ticket, key, text(True), now,
                              priority=for_ticket(ticket.urgent, Priority.REPLY))
            continue
        message = citizen_overdue.several_for_citizen(len({t.id for t, _, _ in items}))
        for ticket, _, text in items:
            message = message + "\n\n" + with_matter(text(False), matter_of(ticket))
        message = message + "\n\n" + citizen_overdue.SEVERAL_CLOSING
        keys = ",".join(f"{ticket.id}:{key}" for ticket, key, _ in items)
        desk.send(db, Outgoing(f"push:late:{chat}:{keys}", chat, message,
                               priority=for_ticket(any(t.urgent for t, _, _ in items),
                                                   Priority.REPLY),
                               label=citizen_overdue.several_part, between="\n\n"), now)


def tell_missed(desk: Desk, db: Database, now: dt.datetime) -> int:
    """Tell the supervisors, once per limit, that a 督办's 限期办结 passed with the ticket still
    open, and its unit — unless the limit was the deadline itself (a 督办 before it), whose
    催办 the unit got that moment. A limit passed over LATE_TOLD_WITHIN ago is not announced.
    Returns how many were told."""
    config = desk.config
    missed = due.urge_missed(db, now, now - LATE_TOLD_WITHIN)
    for limit, ticket in missed:
        claim(db, f"missed:{ticket.id}:{limit}", now)
        unit_name, what = unit_label(config, ticket.unit), masked_text(ticket)
        answer_by = ""  # the citizen's, told by tell_late (by day) when the limit was the 督办's own
        if urged_past(ticket):
            answer_by = desk.when(_answer_by(desk, db, ticket, limit))
            reached = desk.tell_unit(db, ticket, f"missed:{limit}", urging.limit_missed_for_unit(
                ticket.number, unit_name, what, desk.when(ticket.urge_deadline), answer_by),
                now) > 0
        else:  # its 催办 went where the unit can be reached, if anywhere
            reached = bool(desk.handlers_of(db, ticket))
        desk.tell_supervisors(db, f"missed:{ticket.id}:{limit}", urging.limit_missed_for_supervisors(
            ticket.number, unit_name, what, desk.when(ticket.urge_deadline), ticket.state.value,
            reached, answer_by), now, ticket.id)
    return len(missed)


def _answer_by(desk: Desk, db: Database, ticket: Ticket, limit: str) -> dt.datetime | None:
    """When the citizen of a ticket whose 督办 限期 `limit` (as stored) passed unmet is to have
    an answer: as long as a 督办 gives (`urge_after_working_days`) after that limit — or, when
    that was already over as the miss was seen (tell_missed; no tick looked for a while), after
    that: never a moment already past —, the same whenever it is read."""
    if ticket.urge_deadline is None:
        return None
    deadlines, calendar = desk.config.deadlines, calendar_of(desk.config)
    answer_by = urge_limit(ticket, ticket.urge_deadline, deadlines, calendar)
    seen = due.done_at(db, f"missed:{ticket.id}:{limit}")
    return urge_limit(ticket, seen, deadlines, calendar) if seen and seen >= answer_by \
        else answer_by


def list_for_report(desk: Desk, db: Database, ticket: Ticket, deadline: str,
                    now: dt.datetime) -> None:
    """Record that a unit is listed for 约谈/通报 over this ticket and tell the supervisors."""
    deadlines, calendar = desk.config.deadlines, calendar_of(desk.config)
    late = _late_hours(ticket, now)
    # Working days late, or hours for an urgent ticket ("7h"; bot/texts/history.py).
    tickets.log_event(db, ticket.id, now, 0, "system", "report", None, ticket.unit,
                      f"{late}h" if late is not None
                      else str(overdue_steps(ticket, now, deadlines, calendar)))
    text = texts.report_listing(
        unit_label(desk.config, ticket.unit), ticket.number, masked_text(ticket),
        _overdue(ticket, now, deadlines, calendar), ticket.urge_count,
    )
    desk.tell_supervisors(db, f"report:{ticket.id}:{deadline}", text, now,
                          ticket.id)


def _late_hours(ticket: Ticket, now: dt.datetime) -> int | None:
    """Whole hours an urgent ticket is past its deadline; None for a normal one."""
    if not ticket.urgent or ticket.deadline is None:
        return None
    return max(0, int((now - ticket.deadline).total_seconds() // 3600))


def _overdue(ticket: Ticket, now: dt.datetime, deadlines: DeadlinesConfig,
             calendar: WorkCalendar) -> str:
    """How long the ticket is overdue, as the notices say it (empty when it is not)."""
    if ticket.deadline is None or ticket.deadline >= now:
        return ""
    if ticket.urgent:  # hours, as an urgent ticket's escalation counts them
        return urging.overdue_span(0, int((now - ticket.deadline).total_seconds() // 3600))
    return urging.overdue_span(overdue_steps(ticket, now, deadlines, calendar))
