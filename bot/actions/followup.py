"""Everything that is due at a given moment: the follow-up loop of the campaign.

`run_due(desk, now)` finds and queues, as of `now`:
- a reminder to the unit `remind_before_hours` before the deadline;
- at the deadline, the 催办 to the unit (the ticket is flagged overdue);
- `urge_after_working_days` working days overdue, the numbered 督办通知书 with a new deadline;
- `report_after_working_days` working days overdue, the 约谈/通报 listing to supervisors;
- the citizen of a ticket past its deadline told so, once, and once more of its 督办
  (bot.actions.notices.tell_late: at night, an urgent ticket's only);
- `visit_after_hours` after 办结, the satisfaction visit (回访) to the citizen;
- three days after an unanswered visit, closing as 默认满意;
  (both only from 08:00 to 21:00 county time: what falls due at night goes out at 08:00)
- once a day at `[digest] time` (county time), the digest to supervisors.

Each item is claimed by a key in `due_done` (keys carry the deadline or 办结 time they are about,
so an extension or a 重办 starts a fresh cycle) in the same transaction as the messages it
queues, and outbox dedupe keys back that up: a second run for the same `now`, a concurrent
`tick` from the command line, or a restart after downtime queues nothing twice. A bot that was
down simply runs it at start: everything overdue by then is found, nothing is lost.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter
from dataclasses import replace
from pathlib import Path

from sqlite_utils import Database

from bot.actions import media, notices, retention, visit
from bot.actions.desk import Desk
from bot.domain.calendar import calendar_of
from bot.domain.delivery import Priority
from bot.domain.figures import Digest
from bot.domain.tickets import iso, overdue_steps, remind_at
from bot.domain.visit import VISIT_ANSWER_DAYS, citizen_hours
from bot.render import Outgoing
from bot.reports import digest
from bot.store import due, people, tickets
from bot.store.due import claim
from bot.texts import for_staff, for_supervisors
from bot.texts.common import unit_label

log = logging.getLogger(__name__)

CATCH_UP_DAYS = 7  # missed digests are sent for up to a week back


# What one run does, step by step (`dispatched`: photos whose words never came, handed to
# manual dispatch), in the order `tick` reports them.
STEPS = ("reminders", "overdue", "cleared", "urged", "reported", "told", "visits", "closed", "digests",
         "dispatched", "released")


class Summary(Counter[str]):
    """How many items each step of one run queued; `summary.visits` reads a step."""

    def __getattr__(self, step: str) -> int:
        if step not in STEPS:
            raise AttributeError(step)
        return self[step]

    def __str__(self) -> str:
        return ", ".join(f"{step} {self[step]}" for step in STEPS)


def _reminders(desk: Desk, db: Database, now: dt.datetime) -> int:
    ahead = dt.timedelta(hours=desk.config.deadlines.remind_before_hours)
    if ahead <= dt.timedelta(0):
        return 0
    calendar = calendar_of(desk.config)
    # A reminder moved back over days off, and to a working morning, is due at most two
    # working days early.
    latest = calendar.add_working_days(now, 2) + ahead
    count = 0
    for deadline, ticket in due.open_due(db, "remind", latest, now):
        moment = remind_at(ticket, ahead, calendar, desk.config.deadlines.workday_end)
        if moment is not None and moment <= now and claim(db, f"remind:{ticket.id}:{deadline}",
                                                           now):
            desk.tell_unit(db, ticket, f"remind:{deadline}", for_staff.reminder(
                ticket.number, desk.when(ticket.deadline), unit_label(desk.config, ticket.unit)),
                now)
            count += 1
    return count


def _overdue(desk: Desk, db: Database, now: dt.datetime) -> int:
    count = 0
    for deadline, ticket in due.open_due(db, "overdue", now):
        if claim(db, f"overdue:{ticket.id}:{deadline}", now):
            ticket = tickets.update(db, ticket, now, 0, "system", "overdue", {"overdue": 1},
                                    deadline, "0", "1")
            desk.tell_unit(db, ticket, f"overdue:{deadline}", for_staff.overdue_notice(
                ticket.number, desk.when(ticket.deadline), unit_label(desk.config, ticket.unit)),
                now)
            count += 1
    return count


def _clear_moved(db: Database, now: dt.datetime) -> int:
    """An extension moved the deadline of an overdue ticket back into the future."""
    moved = due.overdue_moved(db, now)
    for ticket in moved:
        tickets.update(db, ticket, now, 0, "system", "overdue_cleared", {"overdue": 0},
                       iso(ticket.deadline) if ticket.deadline else None, "1", "0")
    return len(moved)


def _escalate(desk: Desk, db: Database, now: dt.datetime, step: str, days: int) -> int:
    """督办 (`urge`) or 约谈/通报 (`report`) for tickets `days` working days overdue."""
    calendar, deadlines = calendar_of(desk.config), desk.config.deadlines
    count = 0
    # Every overdue ticket is a candidate: an urgent one counts hours (tickets.urgent_step).
    for deadline, ticket in due.open_due(db, step, now):
        if overdue_steps(ticket, now, deadlines, calendar) < days \
                or not claim(db, f"{step}:{ticket.id}:{deadline}", now):
            continue
        if step == "urge":
            notices.issue_urge(desk, db, ticket, now)
        else:
            notices.list_for_report(desk, db, ticket, deadline, now)
        count += 1
    return count


def _visits(desk: Desk, db: Database, now: dt.datetime) -> int:
    if not citizen_hours(now, desk.config.county.tz):
        return 0  # nobody is asked at night: the visit waits for 08:00
    before = now - dt.timedelta(hours=desk.config.deadlines.visit_after_hours)
    count = 0
    for resolved_at, ticket in due.visits_due(db, before):
        if claim(db, f"visit:{ticket.id}:{resolved_at}", now):
            visit.ask(desk, db, ticket, resolved_at, now)
            count += 1
    return count


def _unanswered(desk: Desk, db: Database, now: dt.datetime) -> int:
    if not citizen_hours(now, desk.config.county.tz):
        return 0  # closing tells the citizen: that too waits for 08:00
    unanswered = due.visits_unanswered(db, now - dt.timedelta(days=VISIT_ANSWER_DAYS))
    return sum(visit.close_unanswered(desk, db, ticket, now) for ticket in unanswered)


def _digest(desk: Desk, now: dt.datetime, folder: Path) -> int:
    """The digest of every county day not yet reported, once each, at or after `[digest] time`:
    today's, and those of days the bot was down or simulated time jumped over (up to a week
    back, marked as sent late)."""
    tz, at = desk.config.county.tz, desk.config.digest.time
    local = now.astimezone(tz)
    today = local.date() - dt.timedelta(days=0 if local.time() >= at else 1)
    last = due.last_done(desk.db, "digest:")
    if last is None and today < local.date():
        return 0  # a new county starts with today's digest, at its time, and no backlog
    first = today
    if last is not None and last < today.isoformat():
        first = max(dt.date.fromisoformat(last) + dt.timedelta(days=1),
                    today - dt.timedelta(days=CATCH_UP_DAYS - 1))
    sent = 0
    for offset in range((today - first).days + 1):
        date = first + dt.timedelta(days=offset)
        key = f"digest:{date.isoformat()}"
        if due.is_done(desk.db, key):
            continue
        day = date - dt.timedelta(days=1)
        due_at = dt.datetime.combine(date, at, tz).astimezone(dt.UTC)
        report = replace(digest.issued(desk.store, desk.config, day, min(due_at, now)),
                         late=date < today)
        chart = digest.chart_file(report, folder)  # rendered outside the transaction
        with desk.store.atomic() as db:
            if claim(db, key, now):
                send_digest(desk, db, report, chart, f"digest:{day.isoformat()}", now)
                sent += 1
    return sent


def send_digest(desk: Desk, db: Database, report: Digest, chart: Path | None, key: str,
                now: dt.datetime, chats: list[int] | None = None) -> None:
    """Queue the digest (and its chart) to `chats`, by default every supervisor."""
    text = for_supervisors.digest(report)
    for chat in chats if chats is not None else people.supervisors(db, desk.config):
        desk.send(db, Outgoing(f"{key}:{chat}", chat, text, priority=Priority.STAFF), now)
        if chart is not None:
            desk.send(db, Outgoing(f"{key}:chart:{chat}", chat,
                                   for_supervisors.digest_chart_caption(report.day, report.preview),
                                   document=str(chart), priority=Priority.STAFF), now)


def reports_folder(desk: Desk) -> Path:
    return desk.config.storage.database.parent / "reports"


def run_due(desk: Desk, now: dt.datetime) -> Summary:
    """Queue everything due as of `now`; idempotent for the same `now`."""
    deadlines = desk.config.deadlines
    counts: dict[str, int] = {}
    with desk.store.atomic() as db:
        counts["reminders"] = _reminders(desk, db, now)
        counts["overdue"] = _overdue(desk, db, now)
        counts["cleared"] = _clear_moved(db, now)
    with desk.store.atomic() as db:
        counts["urged"] = _escalate(desk, db, now, "urge", deadlines.urge_after_working_days)
        counts["reported"] = _escalate(desk, db, now, "report",
                                       deadlines.report_after_working_days)
        counts["told"] = notices.tell_late(desk, db, now)
    with desk.store.atomic() as db:
        counts["visits"] = _visits(desk, db, now)
        counts["closed"] = _unanswered(desk, db, now)
    counts["digests"] = _digest(desk, now, reports_folder(desk))
    with desk.store.atomic() as db:
        counts["dispatched"] = media.expire_waiting(desk, db, now)
        counts["released"] = media.release_held(desk, db, now)
    retention.tidy(desk, reports_folder(desk), now)  # files sent, old raw updates: not kept
    summary = Summary(counts)
    if summary.total():
        log.info("follow-up at %s: %s", iso(now), summary)
    return summary

