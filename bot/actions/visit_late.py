"""A 回访 answer that arrives after the visit closed unanswered as 默认满意 (three days without
a 满意度): it still belongs to that ticket, for LATE_ANSWER_DAYS after the closure, typed or
pressed on the visit's old question. Every answer not given before is recorded on it (the
history says it came late); one that says 未解决 or 不满意 replaces the 默认满意 and follows the
visit's reopen rule — back to the unit (重办) the first time, recorded and told to the
supervisors after a 重办 — and the unit and the supervisors are told. The citizen is always
told that the visit had closed and what became of their answer.

A citizen whose own answers closed the visit may correct them for CORRECTION after the closure
(outside tester T27, finding 10: 不对，刚才说错了，排水沟又堵了，不满意 opened an unlinked ticket,
and a bare 不满意 was asked what the problem was): a message that says it corrects them
(说错了, 点错了) or is nothing but a 未解决 or 不满意 follows the same rule, the answers it
changes recorded as a change of mind.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.actions import publish_dispute
from bot.actions.desk import Desk, RouterLike
from bot.actions.visit_phone import buttons
from bot.config import FALLBACK_UNIT
from bot.domain import reading, visit_late_matter
from bot.domain.calendar import calendar_of
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import State, Ticket, deadline_for, iso
from bot.domain.visit import (
    ANSWERS,
    COLUMN,
    LATE_ANSWER_DAYS,
    QUESTIONS,
    Rating,
    clauses,
    is_short,
    negative,
    read_answers,
    read_typed,
    reasons,
    still_unsolved,
)
from bot.domain.visit_clauses import fits, matter_named, number_named
from bot.store import tickets, visits
from bot.texts import common, for_citizen, for_staff, for_supervisors, visit_late, visit_unit
from bot.texts.common import unit_label
from nlp.addition import opens_addition
from nlp.router import RouteResult

LATE = "late"  # a late answer's `old` in the audit log (bot/texts/history.py says so)
# The trouble told as come back, not as still there (又坏了, 又停水了, 再次, broken again).
_AGAIN = re.compile(r"又|再次|再一次|重新[^办]|\bagain\b", re.IGNORECASE)
CORRECTION = dt.timedelta(hours=24)  # how long the citizen's own closing answers may be corrected
# A message that takes back what was said (刚才说错了, 按错了, 不对不对, I pressed the wrong one).
_TAKEN_BACK = re.compile(r"[说点按选打写填弄搞]错了|不对不对|^\s*不对(?:[，,。！!\s]|$)|刚才的?不算|"
                         r"\b(wrong (button|one|answer)|I meant|correction)\b", re.IGNORECASE)


def ticket_of(db: Database, citizen_id: int, now: dt.datetime,
              replied: Ticket | None = None, text: str = "") -> Ticket | None:
    """The citizen's ticket a late answer (`text`) belongs to: the one replied to, or else the
    latest of `closed`."""
    found = closed(db, citizen_id, now, text)
    if replied is not None:
        return next((t for t in found if t.id == replied.id), None)
    return found[0] if found else None


def closed(db: Database, citizen_id: int, now: dt.datetime, text: str = "") -> list[Ticket]:
    """The tickets a late answer `text` may be for, the latest closed first: those closed as
    默认满意 within LATE_ANSWER_DAYS, and, when it corrects answers (`corrects`), those the
    citizen's own answers closed within CORRECTION."""
    found = visits.closed_by_default(db, citizen_id, now - dt.timedelta(days=LATE_ANSWER_DAYS))
    if text and corrects(text):
        found += visits.closed_answered(db, citizen_id, now - CORRECTION)
    return sorted(found, key=lambda t: (t.closed_at, t.id), reverse=True)


def corrects(text: str) -> bool:
    """Whether a message after a visit its answers closed corrects them: it says it takes back
    what was said (刚才说错了), or is nothing but a 未解决 or 不满意 (不满意, 其实没解决)."""
    return bool(_TAKEN_BACK.search(text)) or (
        is_short(text) and bool(negative(read_typed(text, QUESTIONS[0]))))


def taken_back(text: str) -> str:
    """`text` without the clauses that only take back what was said (不对，刚才说错了，不满意 →
    不满意)."""
    kept = [c.group() for c in clauses(text) if not _TAKEN_BACK.search(c.group())]
    return "，".join(kept) if kept else text


def by_answers(ticket: Ticket) -> bool:
    """Whether the ticket's 回访 closed on its citizen's own answers, not as 默认满意."""
    return ticket.rating not in (None, Rating.DEFAULT.value)


@dataclass(frozen=True)
class Chosen:
    """The ticket a late answer is for and the message left to read it from (without the
    number or the named start that chose it: 路灯那个，不满意 → 不满意); `ask`, when none could
    be chosen among several closed, their numbers — `ticket` is then the latest, only to read
    the answer with, and nothing is recorded."""

    ticket: Ticket
    text: str
    ask: tuple[str, ...] = ()


def choose(db: Database, citizen_id: int, now: dt.datetime, text: str, router: RouterLike,
           replied: Ticket | None = None) -> Chosen | None:
    """Which ticket closed as 默认满意 (or by answers it corrects) a late answer is for: the one
    replied to, the only one (unless it names another matter by name, 物业那个事: then none),
    the one whose number it names, else the one whose matter it names (还是没水: the water cut,
    not the pothole closed after it); several and none named: ask."""
    if replied is not None:
        ticket = ticket_of(db, citizen_id, now, replied, text)
        return Chosen(ticket, text) if ticket is not None else None
    found = closed(db, citizen_id, now, text)
    if not found:
        return None
    if (by_number := number_named(text, [t.number for t in found], router)) is not None:
        return Chosen(next(t for t in found if t.number == by_number[0]), by_number[1])
    matter = matter_named(text, router)
    unit = router.route("，".join(sorted(matter.words))).unit if matter.words else None
    opened = {t.id: t for t in found}
    closest = visit_late_matter.meant(
        [reading.Open.of(t, tickets.units_passed(db, t)) for t in found], matter, unit)
    if len(found) == 1:  # the only one, unless the words name another matter by name (物业那个事:
        # T27 finding 2 — sent again after its own ticket was sent back, it reopened a drain's)
        return Chosen(found[0], text) if closest or matter.unit is None else None
    if len(closest) == 1:
        return Chosen(opened[closest[0].id], matter.rest)
    return Chosen(found[0], text, tuple(t.number for t in reversed(found)))


def retold(route: RouteResult | None, text: str) -> bool:
    """Whether a message after a 默认满意 closure tells a matter in full, as a report, rather
    than answers the visit late: it routes to a unit by its own words, and says the trouble
    came back (路灯又坏了，晚上黑咕隆咚的) or tells it without saying it is still not put right
    (家门口下水道堵了) and is no bare answer (不满意 reads as a unit's word, 没解决, 还是不行,
    还是没水 and 水到现在还是没来 are answers)."""
    if route is None or route.urgent or route.kind != "report" or not route.keywords \
            or route.unit == FALLBACK_UNIT:
        return False
    if _AGAIN.search(text):
        return True
    bare = is_short(text) and any(read_typed(text, q) for q in QUESTIONS)
    first = next((c.group() for c in clauses(text)), "")
    # 不满意，晚上出门还是得打手电: a late answer with the words why, not a report
    answering = bool(negative(read_typed(first, QUESTIONS[0])))
    return not still_unsolved(text) and not bare and not answering


def disputed(db: Database, ticket: Ticket, text: str, router: RouterLike) -> dict[str, str]:
    """The answers a message gives that says, in words of its own, that the ticket's matter is
    not put right: a clause tells it still there in the ticket's own words (垃圾还在那堆着: 未解决,
    with what else it answers — 没人联系我: 否, 不满意), or it says 未解决 or 不满意 naming the
    ticket's matter (垃圾的事没人管，不满意); {} when it says neither, or that the trouble came
    back (路灯又坏了: a report), or turns to another matter (另外…)."""
    if _AGAIN.search(text) or opens_addition(text):
        return {}
    done = answered(db, ticket)
    said = read_typed(text, next((q for q in QUESTIONS if q not in done), QUESTIONS[-1]))
    still = False
    for clause in clauses(text):
        route = router.route(clause.group())
        if route.urgent:
            return {}
        still = still or reading.persists(clause.group(), ticket.text, route)
    if still or still_unsolved(text):
        return {**said, "s": "0"}
    named = fits(matter_named(text, router), ticket.text, ticket.keyword_list,
                 tickets.units_passed(db, ticket))
    return said if negative(said) and named >= 2 else {}


def answered(db: Database, ticket: Ticket) -> set[str]:
    """The questions the ticket's last 回访 has an answer to."""
    return {a.partition(":")[0] for a in tickets.visit_answers(db, ticket.id) or []}


def read(db: Database, ticket: Ticket, text: str) -> tuple[dict[str, str], str]:
    """The answers a late message gives, read as if the question after those answered were
    waiting, and the rest of it that is no answer; of a correction (`by_answers`), the 未解决
    and 不满意 it says anywhere, the words that take back what was said left out (不对，刚才说错了，
    排水沟又堵了，不满意 → 不满意)."""
    done = answered(db, ticket)
    if by_answers(ticket):
        text = taken_back(text)
        reading = read_answers(text, QUESTIONS[-1])
        if negative(reading.said):
            return negative(reading.said), reading.rest
        return negative(read_typed(text, QUESTIONS[0])), ""
    waiting = next((q for q in QUESTIONS if q not in done), QUESTIONS[-1])
    reading = read_answers(text, waiting)
    return dict(reading.said), reading.rest


def ask_next(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> None:
    """After a late press that sent nothing back (否 at 是否联系过您): the next question not
    answered yet, with its buttons, so that a citizen who answers with buttons can still say
    未解决 or 不满意; nothing when all are answered or the ticket went back."""
    ticket = tickets.by_id(db, ticket.id) or ticket
    following = next((q for q in QUESTIONS if q not in answered(db, ticket)), None)
    if following is None or ticket.state is not State.CLOSED:
        return
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    desk.tell_citizen(db, ticket, f"visit:{resolved_at}:{following}:late",
                      for_citizen.visit_question(ticket.number, following, ""), now,
                      buttons(ticket, following))


def answer(desk: Desk, db: Database, ticket: Ticket, said: dict[str, str], user_id: int,
           now: dt.datetime, key: str, words: str = "", *, answering: str) -> bool:
    """Record a late answer (questions answered before are kept as they were) and act on it;
    `key` tells this answer's messages apart; `words`: what the citizen said with it (not
    solved, the dogs are still there), kept as their 回访 words and told to the unit with a
    重办; `answering`: the words of the message it came in ("" for a press), whose language
    the citizen is told in. True when it sent the ticket back or was recorded as 不满意 after
    a 重办."""
    done = answered(db, ticket)
    corrected = by_answers(ticket)
    before = dict(a.partition(":")[::2] for a in tickets.visit_answers(db, ticket.id) or [])
    new = ({q: c for q, c in negative(said).items() if before.get(q) != c} if corrected
           else {q: said[q] for q in QUESTIONS if q in said and q not in done})
    for question, code in new.items():
        value = ANSWERS[question][code]
        changes: dict[str, Any] = {COLUMN[question]: str(value)
                                   if isinstance(value, Rating) else value}
        if question == "r":
            changes["rated_at"] = iso(now)
        elif (question, code) == ("s", "0") and "r" not in new and not corrected:
            changes["rating"] = None  # 未解决: the 默认满意 was no answer of theirs
        ticket = tickets.update(db, ticket, now, user_id, "citizen", "rate", changes,
                                f"{question}:{code}", f"{question}:{before[question]}"
                                if question in before else LATE)  # a correction: what it was
    labels = [common.visit_answer(q, c) for q, c in new.items()]
    rating = ticket.rating if "r" in new else None
    why = reasons(rating, ticket.solved)
    if not why:
        desk.tell_citizen(db, ticket, f"late:{key}", visit_late.thanked(ticket.number, labels),
                          now, answers=answering)
        return False
    if words:
        tickets.log_event(db, ticket.id, now, user_id, "citizen", "visit_said", None, "", words)
    told = "；".join(masked(ticket, w) for w in tickets.visit_words(db, ticket.id))
    unit_name = unit_label(desk.config, ticket.unit)
    label = common.visit_outcome(why, rating) + (visit_late.CORRECTED_NOTE if corrected
                                                  else visit_late.LATE_NOTE)
    published = publish_dispute.mark(desk, db, ticket, now)  # a post must not stand
    text = masked_text(ticket)
    if ticket.reopen_count >= 1:  # sent back once already: recorded, the supervisors told
        recorded = visit_late.corrected_recorded if corrected else visit_late.recorded
        desk.tell_citizen(db, ticket, f"late:{key}", recorded(ticket.number, labels), now,
                          answers=answering)
        desk.tell_unit(db, ticket, f"late:{key}", visit_unit.second_for_unit(
            ticket.number, unit_name, text, label, told), now)
        desk.tell_supervisors(db, f"unhappy2-late:{ticket.id}:{key}",
                              for_supervisors.second_unsatisfied(ticket.number, unit_name, text,
                                                                 label, published, told),
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
                      (visit_late.corrected_reopened if corrected else visit_late.reopened)(
                          ticket.number, labels, unit_name, shown), now,
                      answers=answering)
    desk.tell_unit(db, ticket, f"reopened:{ticket.reopen_count}", for_staff.reopened_for_unit(
        ticket.number, unit_name, text, label, shown, told), now)
    desk.tell_supervisors(db, f"reopened:{ticket.id}:{ticket.reopen_count}",
                          for_supervisors.reopened_notice(ticket.number, unit_name, text, label,
                                                          shown, published), now, ticket.id)
    return True
