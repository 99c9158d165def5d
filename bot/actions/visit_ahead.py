"""A positive 回访 answer typed before the 回访 was asked (解决了，谢谢 / 挺好的，满意 right after the
办结 notice): what the citizen typed is their answer. It is kept on the ticket when typed (市民提前
回答回访); when the visit falls due, an answer to both 问题是否解决 and 满意度 closes it with those
answers and the citizen is told their earlier answer was recorded, and 已解决 alone leaves only
the 满意度 to ask. A negative one is bot/actions/visit_typed.keep_unsolved's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.actions import visit
from bot.actions.desk import Desk, Incoming, RouterLike
from bot.config import FALLBACK_UNIT
from bot.domain import reading, visit_late_matter
from bot.domain.delivery import Priority
from bot.domain.tickets import Ticket, iso
from bot.domain.visit import ANSWERS, COLUMN, Rating, negative
from bot.domain.visit_ahead import said_ahead
from bot.domain.visit_clauses import matter_named
from bot.store import people, tickets, visits
from bot.texts import common, visit_ahead
from nlp.router import RouteResult


def _finished(db: Database, citizen_id: int) -> list[Ticket]:
    """The writer's tickets just finished: 办结, their 回访 not asked yet (not self-handled)."""
    return [t for t in tickets.resolved_of_citizen(db, citizen_id)
            if tickets.visit_answers(db, t.id) is None
            and not tickets.resolved_by_reporter(db, t.id)]


def _named(db: Database, done: list[Ticket], text: str, router: RouterLike) -> list[Ticket]:
    """Of several tickets just finished, the one whose matter the answer names (路灯那个修好了,
    水来了: by its own words, else its unit); all of them when it names none or several."""
    matter = matter_named(text, router)
    unit = router.route("，".join(sorted(matter.words))).unit if matter.words else None
    closest = visit_late_matter.meant(
        [reading.Open.of(t, tickets.units_passed(db, t)) for t in done], matter, unit)
    return [t for t in done if t.id == closest[0].id] if len(closest) == 1 else done


def unnamed(db: Database, msg: Incoming, route: RouteResult | None, router: RouterLike
            ) -> list[str]:
    """The numbers of the writer's tickets just finished when a positive answer typed ahead
    (修好了，谢谢，挺满意的) names none of them: whose it is is asked, nothing recorded."""
    if not said_ahead(msg.text) or (route is not None and route.urgent):
        return []
    done = _finished(db, msg.user_id)
    return [t.number for t in done] if len(_named(db, done, msg.text, router)) > 1 else []


def finished_one(db: Database, msg: Incoming, route: RouteResult | None,
                 router: RouterLike | None = None) -> tuple[Ticket, dict[str, str]] | None:
    """The writer's one just-finished ticket (办结, its 回访 not asked yet) a message answers
    ahead with 已解决 and maybe a 满意度, and those answers — of several, the one whose matter
    it names (`router` reads it); None when it says anything negative, tells a matter of
    another unit, or the writer has no such ticket or several it does not choose from."""
    said = said_ahead(msg.text)
    if not said or (route is not None and route.urgent):
        return None
    done = _finished(db, msg.user_id)
    if len(done) > 1 and router is not None:
        done = _named(db, done, msg.text, router)
    if len(done) != 1:
        return None
    ticket = done[0]
    if route is not None and route.kind == "report" and route.keywords \
            and route.unit not in {*tickets.units_passed(db, ticket), FALLBACK_UNIT}:
        return None  # 路灯修好了，谢谢 at a water ticket: not this one's answer
    return ticket, said


def keep(desk: Desk, db: Database, ticket: Ticket, said: dict[str, str], msg: Incoming,
         now: dt.datetime) -> None:
    """Keep the answers typed ahead for the 回访 (bot/store/visits.kept_ahead) and tell the
    citizen they were kept."""
    tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "visit_ahead", None,
                      ",".join(f"{q}:{c}" for q, c in said.items()), msg.text.strip())
    desk.say(db, msg, "visit-ahead", visit_ahead.kept(
        ticket.number, [common.visit_answer(q, c) for q, c in said.items()]), now, ticket.id)


def answered_ahead(desk: Desk, db: Database, ticket: Ticket, resolved_at: str,
                   now: dt.datetime) -> bool:
    """Start a visit whose 已解决 the citizen typed ahead: closed with the 满意度 typed too, or
    the 满意度 alone asked. False (nothing done) when no such answer was typed, a negative one
    was, or the visit is not the citizen's to answer (a phone visit)."""
    kept = visits.kept_ahead(db, ticket.id)
    if kept.get("s") != "1" or negative(kept) or not ticket.citizen_id \
            or not people.reachable(db, ticket.chat_id) or visit.by_supervisors(db, ticket):
        return False
    tickets.log_event(db, ticket.id, now, 0, "system", "visit", None, None, resolved_at)
    answers = {q: kept[q] for q in ("s", "r") if q in kept}
    for question, code in answers.items():
        value = ANSWERS[question][code]
        changes: dict[str, Any] = {COLUMN[question]: str(value)
                                   if isinstance(value, Rating) else value}
        if question == "r":
            changes["rated_at"] = iso(now)
        ticket = tickets.update(db, ticket, now, ticket.citizen_id, "citizen", "rate", changes,
                                f"{question}:{code}")
    labels = [common.visit_answer(q, c) for q, c in answers.items()]
    if "r" in answers:
        ticket = tickets.transition(db, ticket, "close", now, ticket.citizen_id, "citizen",
                                    {"closed_at": iso(now)}, common.rating_name(ticket.rating))
        desk.tell_citizen(db, ticket, f"closed:{resolved_at}",
                          visit_ahead.closed(ticket.number, labels), now)
        return True
    desk.tell_citizen(db, ticket, f"visit:{resolved_at}:r",
                      visit_ahead.rating_asked(ticket.number, common.dated_result(
                          ticket.result or "", ticket.resolved_at, desk.config.county.tz), labels),
                      now, visit.buttons(ticket, "r"), Priority.BULK)
    return True
