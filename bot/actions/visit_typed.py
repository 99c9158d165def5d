"""A 回访 answered by typing instead of pressing: the answers a message clearly gives, in the
order asked, as if each had been typed alone (bot/domain/visit.py reads them), recorded as a
press records them (bot/actions/visit.py); which of several waiting visits they belong to is
bot/actions/visit_waiting.py's to say. What follows the answers is a new matter (a ticket of its
own), a chase, more of the matter being sent back (joining its ticket), or a remark kept on the
visit (市民回访留言).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from bot.actions import chase, visit
from bot.actions.desk import Desk, Incoming, masked
from bot.actions.visit_waiting import named, pending, visits, whose
from bot.config import FALLBACK_UNIT
from bot.domain.tickets import State, Ticket
from bot.domain.visit import (
    COLUMN,
    QUESTIONS,
    Rating,
    Reading,
    is_short,
    negative,
    read_answers,
    read_typed,
    still_unsolved,
)
from bot.store import tickets
from bot.texts import common, for_citizen, for_staff, visit_remarks
from nlp.addition import opens_addition
from nlp.handling import without_handling
from nlp.router import RouteResult

_WORDS = re.compile(r"[\W_]+")


def typed(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
          now: dt.datetime, replied: Ticket | None = None) -> str | None:
    """A message typed while a visit question waits, read as the answers it clearly gives, in
    the order asked, as if each had been typed alone (联系过了，但是还没解决，很不满意). A clear
    未解决 or 不满意 typed ahead of its question is kept on the ticket, told to the unit, and the
    visit can no longer close as 默认满意; so is whatever a reply to the visit's own message
    (`replied`) says. Returns what is left to read as a new message — a new matter or a chase
    after the answers (另外我家门口路灯坏了); "" when nothing, a remark kept on the visit
    (不过下次能不能快一点) or more of the matter being sent back (还是没水) included — or None
    when the message answers nothing, or is an emergency or another unit's matter told at
    length (a new report)."""
    waiting = pending(db, msg.user_id, replied)
    if waiting is None or (route is not None and route.urgent):
        return None  # an emergency is never taken for an answer
    ticket, question = waiting
    text = msg.text  # what the answers are read from: without the ticket number it names
    if replied is None and (by_number := named(db, msg.user_id, text, desk.router)):
        ticket, question, text = by_number
    elif replied is None:
        chosen = whose(db, msg.user_id, text, desk.router)
        if chosen is None:  # answers from a question no waiting visit is at: ask which
            waiting_all = [t for t, _ in visits(db, msg.user_id)]
            if _elsewhere(route, text, {t.unit for t in waiting_all}):
                return None
            desk.say(db, msg, "visit", for_citizen.visit_which(
                [t.number for t in waiting_all]), now)
            return ""
        ticket, question = chosen or (ticket, question)
    reading = read_answers(text, question)
    if question in reading.said:  # it opens with the answer to the question waiting
        more = bool(reading.rest) and bool(negative(reading.said)) \
            and _more_said(desk, db, ticket, msg, reading.rest)
        if more:  # kept before the answers, so that a 重办 they bring tells the unit of it
            tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "visit_said", None,
                              "", msg.text.strip())
        _in_order(desk, db, ticket, question, reading.said, msg, now)
        ticket = tickets.by_id(db, ticket.id) or ticket
        if more:
            _more_told(desk, db, ticket, msg, now)
            return ""
        return _after_answers(desk, db, ticket, msg, reading, now)
    if _elsewhere(route, text, {ticket.unit}):
        return None
    said = read_typed(text, question)
    if question not in said:
        ahead = negative(said)
        if not ahead and _more_of_reopened(desk, ticket, text):
            ahead = {"s": "0"}  # 没解决 said, then 还是没水: more of it, kept with the 未解决
        if not ahead and replied is None:
            return None  # a reply to the visit's question is kept on its ticket, whatever it says
        ticket = _keep_said(desk, db, ticket, msg, ahead, now)
        visit.ask_again(desk, db, ticket, question, msg.update_id, now,
                        for_citizen.visit_said_kept(
                            ticket.number, [common.visit_answer(q, c) for q, c in ahead.items()],
                            question))
        return ""
    _in_order(desk, db, ticket, question, said, msg, now)
    return ""


def _elsewhere(route: RouteResult | None, text: str, units: set[str]) -> bool:
    """Another unit's matter told at length (家里又停电了，很不满意，麻烦赶紧派人来修一下): a new
    report, whatever answer words it holds."""
    return route is not None and route.kind == "report" and not is_short(text) \
        and route.unit not in units | {FALLBACK_UNIT}


def _in_order(desk: Desk, db: Database, ticket: Ticket, question: str, said: dict[str, str],
              msg: Incoming, now: dt.datetime) -> None:
    """Record the answers said, from the question waiting on, while each next one is said; a
    未解决 or 不满意 said further on (联系过了，很不满意) is kept for when its question comes."""
    said = dict(said)
    while question in said:
        following = QUESTIONS[min(QUESTIONS.index(question) + 1, len(QUESTIONS) - 1)]
        ticket = visit.record(desk, db, ticket, question, said.pop(question), msg.user_id,
                              now, then=said.get(following) if following != question else None)
        if ticket.state is not State.RESOLVED or question == QUESTIONS[-1]:
            return
        question = following
    if ahead := negative(said):
        _keep_said(desk, db, ticket, msg, ahead, now)


def _keep_said(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, ahead: dict[str, str],
               now: dt.datetime) -> Ticket:
    """Keep a 未解决 / 不满意 said before its question (and the words) on the ticket, and tell
    the unit what the citizen said."""
    changes: dict[str, Any] = {COLUMN[q]: 0 if q == "s" else Rating.UNSATISFIED.value
                               for q in ahead}
    # `new` names what was kept ("s", "r"): the 满意度 of this 回访, not one left from before a
    # 重办, is what closes or reopens it (tickets.rating_said).
    ticket = tickets.update(db, ticket, now, msg.user_id, "citizen", "visit_said", changes,
                            msg.text.strip(), new="".join(sorted(ahead)))
    desk.tell_unit(db, ticket, f"visit-said:{msg.update_id}",
                   for_staff.citizen_supplement_for_unit(ticket.number,
                                                         masked(ticket, msg.text)), now)
    return ticket


def _after_answers(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, reading: Reading,
                   now: dt.datetime) -> str:
    """What a message says after its answers: more of the matter being sent back (没解决，还是
    没水) joins its ticket; a new matter (a problem a unit's words name: 另外我家门口路灯坏了) or a
    chase is returned, to be read as a new message; anything else (不过下次能不能快一点) is a
    remark kept on the visit (市民回访留言), as a remark on the staff among the answers is."""
    rest, remark = reading.rest, reading.remark
    if rest and _more_of_reopened(desk, ticket, rest):
        _add_more(desk, db, ticket, msg, rest, now)
        rest = ""
    elif rest and not (_chase(desk, db, msg, rest) or _new_matter(desk, rest)):
        desk.say(db, msg, "visit-remark", visit_remarks.remark_kept(ticket.number), now,
                 ticket.id)
        rest, remark = "", True
    if remark:  # new="" names no answer kept: the words give no 满意度 (RATING_SAID_SQL)
        tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "visit_said", None, "",
                          msg.text.strip())
    return rest


def _more_of_reopened(desk: Desk, ticket: Ticket, text: str) -> bool:
    """Whether `text` tells more of the ticket's matter while it is being sent back (重办, or
    its 回访 said 未解决): still not put right (还是没水), or a few words its unit's own (水压
    还是很小) — not another matter (另外…, or another unit's: 还是没电) nor an emergency."""
    if not (ticket.state is State.REOPENED or ticket.solved is False) or opens_addition(text):
        return False
    route = desk.router.route(text)
    if route.urgent or (route.keywords and route.unit not in (ticket.unit, FALLBACK_UNIT)):
        return False  # 还是没电 with a water ticket reopened: another unit's matter
    return still_unsolved(text) or (is_short(text) and route.unit == ticket.unit
                                    and bool(route.keywords))


def _more_said(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, text: str) -> bool:
    """Whether `text`, said after a 未解决 or 不满意 in the same message, is more of the matter
    (没人联系我，也没解决，王德福家门口还是一股臭味 at a drain's 回访): anything but a clear new
    matter — one opening with 另外…, an emergency, a chase, or another unit's matter told with
    a word of that unit's own (还是没电, 停电: its configured keywords, not its wider remit list)."""
    if opens_addition(text) or _chase(desk, db, msg, text) \
            or not _WORDS.sub("", without_handling(text)):
        return False  # 另外…, a chase, or a remark on the handling (效率太低)
    route = desk.router.route(text)
    if route.urgent:
        return False
    if route.unit in (ticket.unit, FALLBACK_UNIT):
        return True
    own = {word.partition(":")[0] for unit in desk.config.units if unit.code == route.unit
           for word in unit.keywords}
    return not own.intersection(route.keywords)


def _more_told(desk: Desk, db: Database, ticket: Ticket, msg: Incoming,
               now: dt.datetime) -> None:
    """More of the matter said with a 未解决 or 不满意: with the ticket reopened by them, its
    重办 notice gave the unit the words, and the citizen is told they were added; while the
    满意度 waits, the unit is told them now."""
    if ticket.state is State.RESOLVED:
        desk.tell_unit(db, ticket, f"visit-said:{msg.update_id}",
                       for_staff.citizen_supplement_for_unit(ticket.number,
                                                             masked(ticket, msg.text)), now)
    elif ticket.state is State.REOPENED:
        desk.say(db, msg, "supplement", for_citizen.supplement_added(ticket.number), now,
                 ticket.id)


def _add_more(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, text: str,
              now: dt.datetime) -> None:
    """More of the matter: kept with the 未解决 while the visit waits (the unit reads the whole
    message), or a 补充 to the reopened ticket, told to its unit and to the citizen."""
    if ticket.state is State.RESOLVED:
        _keep_said(desk, db, ticket, msg, {"s": "0"}, now)
        return
    add_more(desk, db, ticket, msg, text, now)


def add_more(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, text: str,
             now: dt.datetime) -> None:
    """A 补充 to a reopened ticket: kept, told to its unit, and the citizen told so."""
    tickets.update(db, ticket, now, msg.user_id, "citizen", "supplement", {}, text.strip())
    desk.say(db, msg, "supplement", for_citizen.supplement_added(ticket.number), now, ticket.id)
    desk.tell_unit(db, ticket, f"supplement:{msg.update_id}",
                   for_staff.citizen_supplement_for_unit(ticket.number, masked(ticket, text)),
                   now)


def reopened_matter(desk: Desk, db: Database, msg: Incoming) -> Ticket | None:
    """The citizen's reopened ticket a message tells more of (还是没水 after a 重办), if any."""
    ticket = tickets.reopened_of_citizen(db, msg.user_id)
    return ticket if ticket is not None and _more_of_reopened(desk, ticket, msg.text) else None


def _chase(desk: Desk, db: Database, msg: Incoming, text: str) -> bool:
    """A chase (0018号怎么还没人管, or 3号的事有人管吗 by a bare number of the writer's ticket),
    read as a new message."""
    route = desk.router.route(text)
    return (route.kind == "noise" and desk.router.noise_topic(text) == "chase") \
        or chase.number_of(db, replace(msg, text=text), route) is not None


def _new_matter(desk: Desk, text: str) -> bool:
    """A new matter: an emergency, or a problem a unit's words name once what the text says of
    the handling is set aside (nlp.handling: 效率太低 names no unit's matter here)."""
    if desk.router.route(text).urgent:
        return True
    plain = without_handling(text)
    if not _WORDS.sub("", plain):
        return False
    route = desk.router.route(plain)
    return route.kind == "report" and route.unit != FALLBACK_UNIT and bool(route.keywords)
