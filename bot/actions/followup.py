"""Everything that is due at a given moment: the follow-up loop of the campaign.

`run_due(desk, now)` finds and queues, as of `now`:
- a reminder to the unit `remind_before_hours` before the deadline;
- at the deadline, the 催办 to the unit (the ticket is flagged overdue);
- `urge_after_working_days` working days overdue, the numbered 督办通知书 with a new deadline;
  — not for a ticket a 督办 past its deadline (a supervisor's /urge) gave a 限期 already,
  which it would only move later;
- a 督办's 限期办结 passed with the ticket still open, told to the supervisors and the unit;
- `report_after_working_days` working days overdue, the 约谈/通报 listing to supervisors;
- the citizen of a ticket past its deadline told so, once, and once more of its 督办
  (bot.actions.notices.tell_late: by day only, an urgent ticket's too; the morning's as one message);
- `accept_hours` after receipt with no 签收, one reminder to the unit to sign — and to each unit
  the ticket is passed on to, `accept_hours` after it came (by day, from 08:00 to 21:00 county
  time, but an urgent ticket's at once); an urgent ticket's after an hour, the hotline's too,
  and after two the supervisors alerted (bot.domain.signing);
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

from bot.actions import media, notices, retention, visit, visit_ahead
from bot.actions.desk import Desk
from bot.config import FALLBACK_UNIT
from bot.domain import listing
from bot.domain.calendar import calendar_of
from bot.domain.delivery import Priority
from bot.domain.figures import Digest
from bot.domain.signing import alert_after, hours, sign_within
from bot.domain.ticket_words import masked_text
from bot.domain.tickets import iso, overdue_steps, remind_at, urged_past
from bot.domain.visit import VISIT_ANSWER_DAYS, citizen_hours
from bot.render import Outgoing, truncate
from bot.reports import digest
from bot.store import due, people, reach_log, tickets
from bot.store.due import claim
from bot.texts import for_staff, for_supervisors, signing
from bot.texts.common import unit_label

log = logging.getLogger(__name__)

CATCH_UP_DAYS = 7  # missed digests are sent for up to a week back


# What one run does, step by step (`dispatched`: photos whose words never came, handed to
# manual dispatch), in the order `tick` reports them.
STEPS = ("unsigned", "alerted", "reminders", "overdue", "cleared", "urged", "missed", "reported", "told",
         "visits", "closed", "digests", "dispatched", "released")


class Summary(Counter[str]):
    """How many items each step of one run queued; `summary.visits` reads a step."""

    def __getattr__(self, step: str) -> int:
        if step not in STEPS:
            raise AttributeError(step)
        return self[step]

    def __str__(self) -> str:
        return ", ".join(f"{step} {self[step]}" for step in STEPS)


def _unsigned(desk: Desk, db: Database, now: dt.datetime) -> int:
    """Remind a unit, once per ticket it holds, to sign for one it has held `accept_hours`
    unsigned — an urgent one (the hotline's too) an hour (bot.domain.signing) —, counted from
    the transfer for one passed on to it; not one already past its deadline (its 催办 says
    more), nor at night but for an urgent one."""
    accept = desk.config.deadlines.accept_hours
    wait = min(sign_within(False, accept), sign_within(True, accept))
    by_day = citizen_hours(now, desk.config.county.tz)
    count = 0
    # A ticket left unsigned over a week before the bot first looks is not reminded late.
    for moved, ticket in due.unsigned(db, now - wait, now - wait - notices.LATE_TOLD_WITHIN,
                                      FALLBACK_UNIT):
        since = f":{moved}" if moved else ""  # a unit the ticket was passed on to: its own
        within = sign_within(ticket.urgent, accept)
        if (dt.datetime.fromisoformat(moved) if moved else ticket.received_at) > now - within \
                or (ticket.deadline is not None and ticket.deadline <= now) \
                or not (by_day or ticket.urgent) or not claim(db, f"unsigned:{ticket.id}{since}",
                                                              now):
            continue
        desk.tell_unit(db, ticket, f"unsigned{since}", signing.unsigned_for_unit(
            ticket.number, unit_label(desk.config, ticket.unit), truncate(masked_text(ticket), 40),
            hours(within), desk.when(ticket.deadline), bool(moved)), now)
        count += 1
    return count


def _alerted(desk: Desk, db: Database, now: dt.datetime) -> int:
    """Alert the supervisors, once per ticket and unit, to an urgent ticket its unit (the
    hotline too) has left unsigned past bot.domain.signing.alert_after — night or day, and
    past its deadline too: an emergency nobody took on is the first thing they should see."""
    wait = alert_after(desk.config.deadlines.accept_hours)
    count = 0
    for moved, ticket in due.unsigned(db, now - wait, now - wait - notices.LATE_TOLD_WITHIN,
                                      FALLBACK_UNIT, "unsigned_alert", urgent_only=True):
        since = f":{moved}" if moved else ""
        if not claim(db, f"unsigned_alert:{ticket.id}{since}", now):
            continue
        desk.tell_supervisors(db, f"unsigned_alert:{ticket.id}{since}",
                              signing.unsigned_urgent_for_supervisors(
                                  ticket.number, unit_label(desk.config, ticket.unit),
                                  truncate(masked_text(ticket), 40), hours(wait),
                                  bool(desk.handlers_of(db, ticket))), now, ticket.id)
        count += 1
    return count


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
                ticket.number, desk.when(ticket.deadline), unit_label(desk.config, ticket.unit),
                ticket.urge_count), now)
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
    # Listing for 约谈/通报 is bot.domain.listing's rule, which the digest, ledger and /show read.
    for deadline, ticket in due.open_due(db, step, now):
        due_now = overdue_steps(ticket, now, deadlines, calendar) >= days if step == "urge" \
            else listing.listed(ticket.deadline, ticket.urgent, now, deadlines, calendar)
        if not due_now or not claim(db, f"{step}:{ticket.id}:{deadline}", now):
            continue
        if step == "urge" and urged_past(ticket):
            continue  # a supervisor's 督办 set its 限期 already: a second would only move it later
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
            if not visit_ahead.answered_ahead(desk, db, ticket, resolved_at, now):
                visit.ask(desk, db, ticket, resolved_at, now)  # 解决了，谢谢 typed ahead: not asked
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
        # Built as of its issue time; one issued late reads who could be reached then from
        # the audit log (bot/store/reach_log.py), as it does the rest.
        report = replace(digest.issued(desk.store, desk.config, day, now), late=date < today)
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
        # Who could be reached, as it changes: a digest rebuilt later shows it as it was then.
        reach_log.note(db, reach_log.unreachable(db, desk.config), now)
        counts["unsigned"] = _unsigned(desk, db, now)
        counts["alerted"] = _alerted(desk, db, now)
        counts["reminders"] = _reminders(desk, db, now)
        counts["overdue"] = _overdue(desk, db, now)
        counts["cleared"] = _clear_moved(db, now)
    with desk.store.atomic() as db:
        counts["urged"] = _escalate(desk, db, now, "urge", deadlines.urge_after_working_days)
        counts["missed"] = notices.tell_missed(desk, db, now)
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

