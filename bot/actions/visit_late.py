"""A 回访 answer that arrives after the visit closed unanswered as 默认满意 (three days without
a 满意度): it still belongs to that ticket, for LATE_ANSWER_DAYS after the closure, typed or
pressed on the visit's old question. Every answer not given before is recorded on it (the
history says it came late); one that says 未解决 or 不满意 replaces the 默认满意 and follows the
visit's reopen rule — back to the unit (重办) the first time, recorded and told to the
supervisors after a 重办 — and the unit and the supervisors are told. The citizen is always
told that the visit had closed and what became of their answer.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.actions.desk import Desk
from bot.domain.calendar import calendar_of
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import Ticket, deadline_for, iso
from bot.domain.visit import (
    ANSWERS,
    COLUMN,
    LATE_ANSWER_DAYS,
    QUESTIONS,
    Rating,
    read_answers,
    reasons,
)
from bot.store import tickets, visits
from bot.texts import common, for_staff, for_supervisors, visit_late
from bot.texts.common import unit_label

LATE = "late"  # a late answer's `old` in the audit log (bot/texts/history.py says so)


def ticket_of(db: Database, citizen_id: int, now: dt.datetime,
              replied: Ticket | None = None) -> Ticket | None:
    """The citizen's ticket a late answer belongs to: the one replied to, or else the latest
    closed as 默认满意 within LATE_ANSWER_DAYS."""
    found = visits.closed_by_default(db, citizen_id, now - dt.timedelta(days=LATE_ANSWER_DAYS))
    if replied is not None:
        return next((t for t in found if t.id == replied.id), None)
    return found[0] if found else None


def answered(db: Database, ticket: Ticket) -> set[str]:
    """The questions the ticket's last 回访 has an answer to."""
    return {a.partition(":")[0] for a in tickets.visit_answers(db, ticket.id) or []}


def read(db: Database, ticket: Ticket, text: str) -> tuple[dict[str, str], str]:
    """The answers a late message gives, read as if the question after those answered were
    waiting, and the rest of it that is no answer."""
    done = answered(db, ticket)
    waiting = next((q for q in QUESTIONS if q not in done), QUESTIONS[-1])
    reading = read_answers(text, waiting)
    return dict(reading.said), reading.rest


def answer(desk: Desk, db: Database, ticket: Ticket, said: dict[str, str], user_id: int,
           now: dt.datetime, key: str) -> bool:
    """Record a late answer (questions answered before are kept as they were) and act on it;
    `key` tells this answer's messages apart. True when it sent the ticket back or was
    recorded as 不满意 after a 重办."""
    done = answered(db, ticket)
    new = {q: said[q] for q in QUESTIONS if q in said and q not in done}
    for question, code in new.items():
        value = ANSWERS[question][code]
        changes: dict[str, Any] = {COLUMN[question]: str(value)
                                   if isinstance(value, Rating) else value}
        if question == "r":
            changes["rated_at"] = iso(now)
        elif (question, code) == ("s", "0") and "r" not in new:
            changes["rating"] = None  # 未解决: the 默认满意 was no answer of theirs
        ticket = tickets.update(db, ticket, now, user_id, "citizen", "rate", changes,
                                f"{question}:{code}", LATE)
    labels = [common.visit_answer(q, c) for q, c in new.items()]
    rating = ticket.rating if "r" in new else None
    why = reasons(rating, ticket.solved)
    if not why:
        desk.tell_citizen(db, ticket, f"late:{key}", visit_late.thanked(ticket.number, labels),
                          now)
        return False
    unit_name = unit_label(desk.config, ticket.unit)
    label = common.visit_outcome(why, rating) + visit_late.LATE_NOTE
    published = tickets.count_events(db, ticket.id, "publish") > 0
    text = masked_text(ticket)
    if ticket.reopen_count >= 1:  # sent back once already: recorded, the supervisors told
        desk.tell_citizen(db, ticket, f"late:{key}", visit_late.recorded(ticket.number, labels),
                          now)
        desk.tell_unit(db, ticket, f"late:{key}", visit_late.for_unit_second(
            ticket.number, unit_name, text, label), now)
        desk.tell_supervisors(db, f"unhappy2-late:{ticket.id}:{key}",
                              for_supervisors.second_unsatisfied(ticket.number, unit_name, text,
                                                                 label, published),
                              now, ticket.id)
        return True
    deadline = deadline_for(now, ticket.urgent, desk.config.deadlines, calendar_of(desk.config))
    if ticket.project and ticket.deadline is not None:
        deadline = max(deadline, ticket.deadline)  # a 实事项目 keeps its completion date
    ticket = tickets.transition(
        db, ticket, "reopen", now, user_id, "citizen",
        {"reopen_count": ticket.reopen_count + 1, "deadline": iso(deadline), "overdue": 0,
         "contacted": None, "solved": None, "urge_deadline": None, "closed_at": None}, label)
    shown = desk.when(deadline)
    desk.tell_citizen(db, ticket, f"late:{key}",
                      visit_late.reopened(ticket.number, labels, unit_name, shown), now)
    words = "；".join(masked(ticket, w) for w in tickets.visit_words(db, ticket.id))
    desk.tell_unit(db, ticket, f"reopened:{ticket.reopen_count}", for_staff.reopened_for_unit(
        ticket.number, unit_name, text, label, shown, words), now)
    desk.tell_supervisors(db, f"reopened:{ticket.id}:{ticket.reopen_count}",
                          for_supervisors.reopened_notice(ticket.number, unit_name, text, label,
                                                          shown, published), now, ticket.id)
    return True
