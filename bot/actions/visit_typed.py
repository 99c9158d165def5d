"""A 回访 answered by typing instead of pressing: the message is read once, clause by clause,
each clause labelled (bot/domain/visit_clauses.py: an answer, thanks, more of the matter, a
remark, a chase, a new matter), and this module acts on the labels: the answers are recorded in
the order asked as a press records them (bot/actions/visit.py), more of the matter joins its
ticket, a remark is kept on the visit (市民回访留言), and a chase or a new matter is handed back
to be read as a new message; which of several waiting visits they belong to is
bot/actions/visit_waiting.py's to say.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.actions import visit, visit_late
from bot.actions.desk import Desk, Incoming, RouterLike
from bot.actions.visit_waiting import named, of_matter, pending, visits, whose
from bot.config import FALLBACK_UNIT
from bot.domain.ticket_words import masked
from bot.domain.tickets import State, Ticket
from bot.domain.visit import (
    ANSWERS,
    COLUMN,
    QUESTIONS,
    Rating,
    is_short,
    negative,
    read_typed,
    still_unsolved,
)
from bot.domain.visit_clauses import Heard, Label, Visited, fits, hear, matter_named
from bot.store import tickets
from bot.texts import common, for_citizen, visit_remarks, visit_unit
from nlp.addition import opens_addition
from nlp.router import RouteResult

_MARKS = "，,。.！!？?；;、~～… \n"  # what ends the words kept before a new matter


def typed(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
          now: dt.datetime, replied: Ticket | None = None, meant: Ticket | None = None,
          router: RouterLike | None = None) -> str | None:
    """A message typed while a visit question waits, read as the answers it clearly gives, in
    the order asked, as if each had been typed alone (联系过了，但是还没解决，很不满意). A clear
    未解决 or 不满意 typed ahead of its question is kept on the ticket, told to the unit, and the
    visit can no longer close as 默认满意; so is whatever a reply to the visit's own message
    (`replied`) says. Returns what is left to read as a new message — from the first clause the
    reader labels a chase or a new matter on (另外我家门口路灯坏了); "" when nothing is, a remark
    kept on the visit (不过下次能不能快一点) or more of the matter being sent back (还是没水)
    included — or None when the message answers nothing, or is an emergency or another unit's
    matter told at length (a new report). `meant`: the waiting visit whose matter the message
    names (bot/domain/reading.py), when no number or named start chooses one; `router`: the
    message's readers' one (bot/domain/reading.Memo: no text routed twice)."""
    router = router or desk.router
    waiting = pending(db, msg.user_id, replied)
    if route is not None and route.urgent:
        return None  # an emergency is never taken for an answer
    if waiting is None:
        return _late(desk, db, msg, route, now, replied)
    ticket, question = waiting
    text = msg.text  # what the answers are read from: without the ticket number it names
    if replied is None and (by_number := named(db, msg.user_id, text, router)):
        ticket, question, text = by_number
        text = matter_named(text, router).rest  # 1号停水那个：没人联系过 → 没人联系过
    elif replied is None and (by_matter := of_matter(db, msg.user_id, text, router)):
        if by_matter == "ask":  # a matter several waiting tickets are of, or none: ask which
            return _which(desk, db, msg, route, text, now)
        ticket, question, text = by_matter
    elif replied is None and meant is not None \
            and (chosen_visit := pending(db, msg.user_id, meant)) is not None:
        ticket, question = chosen_visit  # the street light is fixed: the lamp ticket's visit
    elif replied is None:
        chosen = whose(db, msg.user_id, text, router)
        if chosen is None:  # answers from a question no waiting visit is at: ask which
            return _which(desk, db, msg, route, text, now)
        ticket, question = chosen or (ticket, question)
    heard = hear(text, question, router, _visited(desk, db, ticket, msg),
                 route if text == msg.text else None)
    if question in heard.said:  # it opens with the answer to the question waiting
        return _answered(desk, db, ticket, question, heard, msg, now)
    units = set(tickets.units_passed(db, ticket))  # its matter: every unit it went to
    routed = route if text == msg.text else None  # the message is routed once, in receive
    if _elsewhere(route, text, units) and not _still_own(desk, ticket, units, text, routed,
                                                            router):
        return None
    said = read_typed(text, question)
    if "s" not in said and QUESTIONS.index(question) <= 1 and _still_own(desk, ticket, units,
                                                                         text, routed, router):
        said["s"] = "0"  # 垃圾还堆着呢，根本没人拉走: its own matter still not put right
    if question not in said:
        ahead = dict(said)  # 满意，问题解决了 at 是否联系过您: kept too, for when asked
        if not negative(ahead) and _more_of_reopened(desk, ticket, text, routed):
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


def _late(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
          now: dt.datetime, replied: Ticket | None) -> str | None:
    """An answer to a 回访 that closed unanswered as 默认满意 (bot/actions/visit_late.py): a
    message that is nothing but answers (没解决, 不满意, 解决了，满意), or says the ticket's own
    matter is still not put right (还是没水); "" when taken, None when it is no such answer."""
    ticket = visit_late.ticket_of(db, msg.user_id, now, replied)
    if ticket is None:
        return None
    units = set(tickets.units_passed(db, ticket))
    said, rest = visit_late.read(db, ticket, msg.text)
    if not said and _still_own(desk, ticket, units, msg.text, route):
        # 还是没水: its own matter still not put right; a 不满意 said with it is kept too
        said, rest = {"s": "0", **negative(read_typed(msg.text, QUESTIONS[0]))}, ""
    elif rest and said and _still_own(desk, ticket, units, rest):
        said |= {q: c for q, c in negative(read_typed(rest, QUESTIONS[0])).items()
                 if q not in said}
        rest = ""  # 没解决，还是没水(，很不满意): more of it
    if not said or (rest == msg.text.strip() and _elsewhere(route, msg.text, units)):
        return None
    visit_late.answer(desk, db, ticket, said, msg.user_id, now, str(msg.update_id))
    return rest  # a new matter told after the answers (另外…) is read as a new message


def _which(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None, text: str,
           now: dt.datetime) -> str | None:
    """Ask which waiting visit an answer is for (nothing recorded), unless it is another
    unit's matter told at length: a new report."""
    waiting_all = [t for t, _ in visits(db, msg.user_id)]
    if _elsewhere(route, text, {t.unit for t in waiting_all}):
        return None
    desk.say(db, msg, "visit", for_citizen.visit_which([t.number for t in waiting_all]), now)
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
    if said:  # 联系过了，很满意: the 满意度 kept for when its question comes
        _keep_said(desk, db, ticket, msg, said, now)


def _keep_said(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, ahead: dict[str, str],
               now: dt.datetime) -> Ticket:
    """Keep the answers said before their question on the ticket — a 未解决 / 不满意 at once
    (with the words: the visit can no longer close as 默认满意), any other (已解决, 满意) as a
    `visit_ahead` event recorded when its question comes (bot/store/visits.kept_ahead) — and
    tell the unit what the citizen said, as their 回访 answer."""
    # An answer given already and now said otherwise (已解决, then 没解决): a change, told.
    given = dict(a.partition(":")[::2] for a in tickets.visit_answers(db, ticket.id) or [])
    changed = {q: given[q] for q in sorted(ahead) if given.get(q, ahead[q]) != ahead[q]}
    unsaid = {q: c for q, c in ahead.items() if q not in negative(ahead) and q not in given}
    if unsaid:  # 满意，问题解决了 at 是否联系过您: recorded when their question comes
        tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "visit_ahead", None,
                          ",".join(f"{q}:{c}" for q, c in unsaid.items()), msg.text.strip())
    changes: dict[str, Any] = {COLUMN[q]: 0 if q == "s" else Rating.UNSATISFIED.value
                               for q in negative(ahead)}
    changes |= {COLUMN[q]: _stored(q, ahead[q]) for q in changed if q not in negative(ahead)}
    if changes:
        # `new` names the negatives kept ("s", "r"): the 满意度 of this 回访, not one left from
        # before a 重办, is what closes or reopens it (tickets.rating_said); `old` what it
        # changed.
        ticket = tickets.update(db, ticket, now, msg.user_id, "citizen", "visit_said", changes,
                                msg.text.strip(), ",".join(f"{q}:{c}" for q, c in
                                                           changed.items()) or None,
                                "".join(sorted(negative(ahead))))
    elif not unsaid:  # words replying to the visit that answer nothing: kept as said
        tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "visit_said", None, "",
                          msg.text.strip())
    for question, before in changed.items():
        desk.tell_citizen(db, ticket, f"visit-changed:{msg.update_id}:{question}",
                          visit_remarks.answer_changed(ticket.number, question, before,
                                                       ahead[question]), now)
    desk.tell_unit(db, ticket, f"visit-said:{msg.update_id}",
                   visit_unit.said_for_unit(ticket.number,
                                                         masked(ticket, msg.text)), now)
    return ticket


def _stored(question: str, code: str) -> Any:
    """The column value of an answer code (满意 → 'satisfied', 已解决 → 1)."""
    value = ANSWERS[question][code]
    return str(value) if isinstance(value, Rating) else value


def _visited(desk: Desk, db: Database, ticket: Ticket, msg: Incoming) -> Visited:
    """What the clause reader is told of the visited ticket (bot/domain/visit_clauses.py)."""
    own = {unit.code: frozenset(word.partition(":")[0] for word in unit.keywords)
           for unit in desk.config.units}
    mine = frozenset(t.number for t in tickets.of_citizen(db, msg.user_id,
                                                          tickets.SQL_INT_MAX))
    return Visited(ticket.unit, own, ticket.solved is False, mine,
                   frozenset(tickets.units_passed(db, ticket)), ticket.text)


def _answered(desk: Desk, db: Database, ticket: Ticket, question: str, heard: Heard,
              msg: Incoming, now: dt.datetime) -> str:
    """Act on a message opening with the answer to the question waiting: record the answers in
    order; more of the matter (没解决，还是没水) is kept on the ticket — before the answers, so
    that a 重办 they bring tells the unit of it — and told; a remark (不过下次能不能快一点) is kept
    on the visit (市民回访留言); a chase or a new matter (另外我家门口路灯坏了) is returned, to be
    read as a new message."""
    turn = heard.turn
    said = (msg.text if turn is None else heard.text[:turn].rstrip(_MARKS)).strip()
    if heard.more:
        tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "visit_said", None, "",
                          said)
    _in_order(desk, db, ticket, question, heard.said, msg, now)
    ticket = tickets.by_id(db, ticket.id) or ticket
    if heard.more:
        _more_told(desk, db, ticket, msg, said, now,
                   "，".join(c.text for c in heard.before_turn(Label.MORE)))
        return heard.rest
    if heard.before_turn(Label.REMARK):
        desk.say(db, msg, "visit-remark", visit_remarks.remark_kept(ticket.number), now,
                 ticket.id)
    if heard.remark:  # new="" names no answer kept: the words give no 满意度 (RATING_SAID_SQL)
        tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "visit_said", None, "",
                          said)
    return heard.rest


def _still_own(desk: Desk, ticket: Ticket, units: set[str], text: str,
               route: RouteResult | None = None, router: RouterLike | None = None) -> bool:
    """Whether `text` says the ticket's own matter is still not put right (还在闹呢，一点没改;
    楼上那家还是天天晚上闹腾 at a noise ticket's 回访; 路灯还是不亮 at one passed on from the
    lamps' unit): no matter named but it, nor another (另外…, an emergency, 还是没电 at a
    water ticket's)."""
    if opens_addition(text) or not still_unsolved(text):
        return False
    router = router or desk.router
    route = route or router.route(text)  # `route`: the text's, when already routed
    matter = matter_named(text, router)
    if route.urgent:
        return False
    if not matter.words and not (route.kind == "report" and route.keywords):
        return True
    return fits(matter, ticket.text, ticket.keyword_list, list(units)) >= 2 \
        or (route.unit in units and bool(route.keywords))


def _more_of_reopened(desk: Desk, ticket: Ticket, text: str,
                      route: RouteResult | None = None) -> bool:
    """Whether `text` tells more of the ticket's matter while it is being sent back (重办, or
    its 回访 said 未解决): still not put right (还是没水), or a few words its unit's own (水压
    还是很小) — not another matter (另外…, or another unit's: 还是没电) nor an emergency."""
    if not (ticket.state is State.REOPENED or ticket.solved is False) or opens_addition(text):
        return False
    route = route or desk.router.route(text)  # `route`: the text's, when already routed
    if route.urgent or (route.keywords and route.unit not in (ticket.unit, FALLBACK_UNIT)):
        return False  # 还是没电 with a water ticket reopened: another unit's matter
    return still_unsolved(text) or (is_short(text) and route.unit == ticket.unit
                                    and bool(route.keywords))


def _more_told(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, said: str,
               now: dt.datetime, more: str) -> None:
    """More of the matter said with a 未解决 or 不满意: with the ticket reopened by them, its
    重办 notice gave the unit the words, `more` is kept on it as the citizen's 补充 (what
    /status shows) and the citizen is told it was added; while the 满意度 waits, the unit is
    told them now."""
    if ticket.state is State.RESOLVED:
        desk.tell_unit(db, ticket, f"visit-said:{msg.update_id}",
                       visit_unit.said_for_unit(ticket.number,
                                                             masked(ticket, said)), now)
    elif ticket.state is State.REOPENED and more.strip():
        tickets.update(db, ticket, now, msg.user_id, "citizen", "supplement", {}, more.strip())
        desk.say(db, msg, "supplement", for_citizen.supplement_added(ticket.number), now,
                 ticket.id)


def finished_matter(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None = None,
                    router: RouterLike | None = None) -> Ticket | None:
    """The citizen's just-finished ticket (办结, its 回访 not asked yet) whose own matter `msg`
    says is still not put right (胡说，俺家到现在还是没水 right after the 办结 notice), if any."""
    for ticket in tickets.resolved_of_citizen(db, msg.user_id):
        if tickets.visit_answers(db, ticket.id) is None \
                and not tickets.resolved_by_reporter(db, ticket.id) \
                and _still_own(desk, ticket, set(tickets.units_passed(db, ticket)), msg.text,
                               route, router):
            return ticket
    return None


def keep_unsolved(desk: Desk, db: Database, ticket: Ticket, msg: Incoming,
                  now: dt.datetime) -> None:
    """Keep what was said against a just-finished ticket (and the words) on it and tell its unit,
    so that its 回访 reopens it; the citizen is told so. A 未解决 unless the words say only 不满意
    (很不满意, 太差劲了: kept as that 满意度, not as a 未解决 nobody said)."""
    said = negative(read_typed(msg.text, "s"))
    ahead = said if said.keys() == {"r"} else {"s": "0"}
    _keep_said(desk, db, ticket, msg, ahead, now)
    desk.say(db, msg, "visit-said", visit_remarks.unsolved_kept(ticket.number, "s" in ahead), now,
             ticket.id)


def reopened_matter(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None = None
                    ) -> Ticket | None:
    """The citizen's reopened ticket a message tells more of (还是没水 after a 重办), if any."""
    ticket = tickets.reopened_of_citizen(db, msg.user_id)
    return ticket if ticket is not None and _more_of_reopened(desk, ticket, msg.text, route) \
        else None
