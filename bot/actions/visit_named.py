"""An answer typed while a 回访 waits that names the matter of another of the citizen's tickets
(refs #10): with the rubbish ticket's 回访 waiting, `路灯那个，不满意` is about the street light —
its ticket closed as 默认满意 within the late-answer window (a late answer, bot/actions/visit_late)
or just finished with its 回访 not asked yet (kept for that 回访, as typed ahead) — and never
recorded on the rubbish ticket's waiting 回访, which stays waiting. Nor is a message naming the
matter of a ticket its citizen's own answers closed lately (自来水的事根本没解决，…今天又没水了 with
a drain's 回访 waiting, outside tester T28, finding 4): it is a correction of those answers, when
it reads as one (bot/actions/visit_late.py), or a report of its own.

The other ticket must fit the matter named more closely than every waiting one (路灯 is in the
street light's own words; the rubbish ticket is only of the same unit), and the message must
answer something (不满意, 没解决, 修好了) or say that matter is still there.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from bot.actions.desk import RouterLike
from bot.actions.visit_waiting import visits
from bot.domain.tickets import Ticket
from bot.domain.visit import LATE_ANSWER_DAYS, QUESTIONS, read_typed, still_unsolved
from bot.domain.visit_clauses import fits, matter_named
from bot.store import tickets
from bot.store import visits as store_visits

LATE = "late"  # closed as 默认满意 within LATE_ANSWER_DAYS: a late answer
FINISHED = "finished"  # 办结, its 回访 not asked yet: kept for it
CLOSED = "closed"  # closed by its citizen's answers within LATE_ANSWER_DAYS: no other's answer


@dataclass(frozen=True)
class Elsewhere:
    """The ticket a typed answer names, which is not one whose 回访 waits, and how it stands."""

    ticket: Ticket
    kind: str


def _rank(db: Database, ticket: Ticket, text: str, router: RouterLike) -> int:
    return fits(matter_named(text, router), ticket.text, ticket.keyword_list,
                tickets.units_passed(db, ticket))


def _finished(db: Database, citizen_id: int) -> list[Ticket]:
    """The citizen's tickets 办结 whose 回访 was not asked yet (nor is the supervisors')."""
    return [t for t in tickets.resolved_of_citizen(db, citizen_id)
            if tickets.visit_answers(db, t.id) is None
            and not tickets.resolved_by_reporter(db, t.id)]


def named_elsewhere(db: Database, citizen_id: int, text: str, router: RouterLike,
                    now: dt.datetime) -> Elsewhere | None:
    """The one ticket of the citizen's, closed lately or just finished, whose matter
    the answer names more closely than any ticket whose 回访 waits; None when there is none,
    several fit as closely, or the message answers nothing."""
    matter = matter_named(text, router)
    if not matter.words:
        return None
    if not any(read_typed(matter.rest, q) for q in QUESTIONS) and not still_unsolved(text):
        return None
    waiting = max((_rank(db, t, text, router) for t, _ in visits(db, citizen_id)), default=0)
    since = now - dt.timedelta(days=LATE_ANSWER_DAYS)
    ranked = [(_rank(db, t, text, router), Elsewhere(t, kind))
              for kind, found in ((LATE, store_visits.closed_by_default(db, citizen_id, since)),
                                  (CLOSED, store_visits.closed_answered(db, citizen_id, since)),
                                  (FINISHED, _finished(db, citizen_id)))
              for t in found]
    best = max((rank for rank, _ in ranked), default=0)
    top = [other for rank, other in ranked if rank == best]
    return top[0] if best > waiting and len(top) == 1 else None
