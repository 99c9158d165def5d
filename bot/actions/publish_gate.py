"""Whether a ticket's result may go to the public column 《金来办、今天办》 now, and if not, why.

The column tells what was put right, in the people's eyes: a result is published only once its
citizen confirmed it at the 回访 — 已解决 and 满意 or 基本满意 — or it was closed with no answer in
VISIT_ANSWER_DAYS (默认满意: confirmed by nobody, and its draft says so, T24 finding 12) — never
while the 回访 is awaited and never after a 未解决 or 不满意 (refs #10: an outside tester
published a result still at 已办结待回访).
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.desk import Desk
from bot.actions.visit import by_supervisors
from bot.domain.tickets import FINISHED, State, Ticket, iso
from bot.domain.visit import CITIZEN_HOURS, VISIT_ANSWER_DAYS, reasons
from bot.store import due, outbox, tickets, visits
from bot.store import posts as posts_store
from bot.texts import common, publishing
from bot.texts import for_supervisors as texts


def refusal(desk: Desk, db: Database, ticket: Ticket, posts: int) -> str | None:
    """Why this ticket, with `posts` attempts to publish it so far, cannot be posted now, or None."""
    if not desk.config.publish.channel_id:
        return texts.PUBLISH_OFF
    if ticket.state == State.WITHDRAWN:
        return publishing.withdrawn(ticket.number)
    if ticket.state not in FINISHED:
        return texts.publish_not_ready(ticket.number)
    if posts and not outbox.given_up(db, post_key(ticket, posts)) \
            and not posts_store.corrected_since(db, ticket.id):
        return texts.already_published(ticket.number)
    unhappy = _unhappy(db, ticket)
    if unhappy or ticket.state == State.CLOSED:
        return unhappy
    # 办结, its 回访 not concluded: the citizen has not confirmed the result yet.
    if by_supervisors(db, ticket):
        return publishing.awaiting_phone_visit(ticket.number)
    return publishing.awaiting_visit(ticket.number,
                                     common.day(_closes_by(desk, db, ticket), desk.config.county.tz))


def post_key(ticket: Ticket, post: int) -> str:
    """The outbox key of the ticket's `post`-th attempt to publish (a refused one may be retried)."""
    return f"publish:{ticket.id}:{post}"


def _closes_by(desk: Desk, db: Database, ticket: Ticket) -> dt.datetime:
    """When an unanswered 回访 of this resolved ticket is closed as 默认满意 at the latest: its
    answer time after it was asked, or after it is due to be asked (in citizens' hours)."""
    resolved = ticket.resolved_at or ticket.received_at
    asked = due.done_at(db, f"visit:{ticket.id}:{iso(resolved)}")
    if asked is None:
        asked = _in_hours(desk, resolved + dt.timedelta(hours=desk.config.deadlines.visit_after_hours))
    return _in_hours(desk, asked + dt.timedelta(days=VISIT_ANSWER_DAYS))


def _in_hours(desk: Desk, moment: dt.datetime) -> dt.datetime:
    """`moment`, or the next start of citizens' hours when it falls at night (nobody is asked,
    and no 回访 is closed, at night)."""
    tz = desk.config.county.tz
    local = moment.astimezone(tz)
    start, end = CITIZEN_HOURS
    if local.time() < start:
        return dt.datetime.combine(local.date(), start, tz)
    if local.time() >= end:
        return dt.datetime.combine(local.date() + dt.timedelta(days=1), start, tz)
    return moment


def _unhappy(db: Database, ticket: Ticket) -> str | None:
    """Why a ticket its citizen called unsolved or unsatisfying at its last 回访 is no story for
    the column, or None. The rating column keeps a 重办's 不满意 until the new 回访 rates it, and a
    ticket finished again waits for that 回访 (its reopen event names what was said)."""
    rating = ticket.rating if ticket.state == State.CLOSED \
        or tickets.rating_said(db, ticket.id) else None
    why = reasons(rating, ticket.solved)
    if why:
        return texts.publish_unhappy(ticket.number, common.visit_outcome(why, rating), False,
                                     ticket.state is not State.RESOLVED
                                     or visits.asked(db, ticket.id))
    if ticket.state == State.RESOLVED and ticket.reopen_count:
        said = [e["detail"] for e in tickets.history(db, ticket.id) if e["action"] == "reopen"]
        return texts.publish_unhappy(ticket.number, said[-1] or "", True) if said else None
    return None
