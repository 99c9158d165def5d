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
from dataclasses import replace
from typing import Any

from sqlite_utils import Database

from bot.actions import chase, unreachable, visit, visit_ahead, visit_late, visit_prompt
from bot.actions.desk import Desk, Incoming, RouterLike
from bot.actions.visit_latest import finished_last, in_language, names_other
from bot.actions.visit_matter import (
    configured,
    elsewhere,
    more_of_reopened,
    new_matter,
    said_to_visit,
    still_own,
    told_after,
)
from bot.actions.visit_named import CLOSED, LATE, Elsewhere, named_elsewhere
from bot.actions.visit_waiting import (
    by_sentence,
    for_every,
    named,
    of_matter,
    pending,
    phoned,
    visits,
    whose,
)
from bot.domain.ticket_words import masked, matter_of
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
from bot.store import visits as visits_store
from bot.texts import common, for_citizen, visit_remarks, visit_unit
from bot.texts import visit_late as visit_late_texts
from bot.texts.matter_line import with_matter
from nlp.addition import addition_starts
from nlp.router import RouteResult

ANSWERED_LATELY = dt.timedelta(minutes=10)  # bare answers this soon after another 回访: more of it
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
    if (route is not None and route.urgent) or (replied is None and chase.asks_after_all(desk, msg)):
        return None  # an emergency, or how are my cases going? (/my answers it): no answer
    if waiting is None and (called := _phone_answered(desk, db, msg, route, now, replied)):
        unreachable.answering(desk, db, called, now)  # a 回访 begun by phone: theirs again
        waiting = pending(db, msg.user_id, called)
    if waiting is None:
        return _late(desk, db, msg, route, now, replied)
    if visit_prompt.prompted(desk, db, msg, waiting, now,
                             visits(db, msg.user_id) if replied is None else ()):
        return ""  # 1, 好, ? at 满意度: the question asked again, nothing filed
    if replied is None and names_other(db, msg.user_id, msg.text):
        return None  # Please withdraw case N: about N only, never another's 回访
    if replied is None and (parts := by_sentence(db, msg.user_id, msg.text, router)):
        return _each(desk, db, msg, parts, now, router)  # 路灯那个修好了。停水那个没人联系俺
    if replied is None and meant is None and (every := for_every(db, msg.user_id, msg.text)):
        for each, plain in every:  # 都联系过了，两个都解决了，满意: each visit's answer
            typed(desk, db, replace(msg, text=plain), router.route(plain), now, meant=each,
                  router=router)
        return ""
    ticket, question = waiting
    text = msg.text  # what the answers are read from: without the ticket number it names
    by_number = named(db, msg.user_id, text, router) if replied is None else None
    if replied is None and by_number is None \
            and (other := named_elsewhere(db, msg.user_id, text, router, now)):
        return _named_elsewhere(desk, db, msg, route, other, now, router)  # 路灯那个，不满意
    if by_number:
        ticket, question, text = by_number
        text = matter_named(text, router).rest  # 1号停水那个：没人联系过 → 没人联系过
    elif replied is None and (by_matter := of_matter(db, msg.user_id, text, router)):
        if by_matter == "ask":  # a matter several waiting tickets are of, or none: ask which
            return _which(desk, db, msg, route, text, now)
        ticket, question, text = by_matter
    elif replied is None and meant is not None \
            and (chosen_visit := pending(db, msg.user_id, meant)) is not None:
        ticket, question = chosen_visit  # the street light is fixed: the lamp ticket's visit
    elif replied is None and (just := finished_last(db, msg, route, router)) is not None:
        visit_ahead.keep(desk, db, *just, msg, now)  # Thanks, it's fixed now: the one just 办结
        return ""
    elif replied is None:
        chosen = whose(db, msg.user_id, text, router)
        if chosen is None:  # of several at it, the one asked last in the answer's language
            chosen = in_language(db, msg)
        if chosen is None:  # answers from a question no waiting visit is at: ask which
            return _which(desk, db, msg, route, text, now)
        ticket, question = chosen or (ticket, question)
    if replied is None and text == msg.text and (start := matter_named(text, router)).topic \
            and fits(start, ticket.text, ticket.keyword_list, tickets.units_passed(db, ticket)):
        text = start.rest  # 下水道那个没人来，… to the one visit left: answers after its name
    heard = hear(text, question, router, _visited(desk, db, ticket, msg),
                 route if text == msg.text else None)
    if question in heard.said:  # it opens with the answer to the question waiting
        return _answered(desk, db, ticket, question, heard, msg, now)
    units = set(tickets.units_passed(db, ticket))  # its matter: every unit it went to
    routed = route if text == msg.text else None  # the message is routed once, in receive
    # Answers are read from the words before a new matter turned to (另外…灯坏了 answers
    # nothing), which is read as a new message after them, never dropped.
    after = told_after(desk, text)
    before = text[:min(addition_starts(text))] if after else text
    if elsewhere(route if before == text else router.route(before), before, units) \
            and not still_own(desk, ticket, units, text, routed, router):
        return None
    said = read_typed(before, question)
    if "r" in heard.said and "r" not in said:  # 4 stars, the worker left … though: 满意
        said["r"] = heard.said["r"]
    if said.get("s") == "1" and heard.said.get("s") == "0":  # 灯是亮了，就是天天十点就灭
        said["s"] = "0"
    if "s" not in said and still_own(desk, ticket, units, text, routed, router):
        said["s"] = "0"  # 垃圾还堆着呢，根本没人拉走 (at 满意度 too, after 已解决: a change, told)
    if question not in said:
        ahead = dict(said)  # 满意，问题解决了 at 是否联系过您: kept too, for when asked
        if not negative(ahead) and more_of_reopened(desk, ticket, text, routed):
            ahead = {"s": "0"}  # 没解决 said, then 还是没水: more of it, kept with the 未解决
        if not ahead and replied is None and not said_to_visit(desk, route, text):
            return None  # a reply to the visit's question is kept on its ticket, whatever it says
        if ahead and not negative(ahead) and heard.remark:  # …, though the worker left a mess
            tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "visit_said", None, "",
                              msg.text.strip())
        ticket = _keep_said(desk, db, ticket, msg, ahead, now)
        visit.ask_again(desk, db, ticket, question, msg.update_id, now,
                        for_citizen.visit_said_kept(
                            ticket.number, [common.visit_answer(q, c) for q, c in ahead.items()],
                            question), msg.written)
        return after
    _in_order(desk, db, ticket, question, said, msg, now)
    return after


def _each(desk: Desk, db: Database, msg: Incoming, parts: list[tuple[Ticket, str]],
          now: dt.datetime, router: RouterLike) -> str:
    """Read each part of a message answering several waiting visits as a message of its own
    (bot/actions/visit_waiting.by_sentence): each visit records its answers and tells the
    citizen what it kept; what a part leaves to read anew (or all of it, answering nothing) is
    read as a new message after them."""
    rests = [(part, typed(desk, db, replace(msg, text=part), router.route(part), now,
                          router=router)) for _, part in parts]
    return "".join(part if rest is None else rest for part, rest in rests)


def _phone_answered(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
                    now: dt.datetime, replied: Ticket | None) -> Ticket | None:
    """The 回访 a supervisor began recording by phone while the citizen was out of reach that
    the message, the citizen being back, replies to, tells the matter of still not put right
    (水还是没来) or answers (解决了, 不满意) — bare answers not right after they answered another
    回访 (more of that one's), nor another unit's matter told at length."""
    called = phoned(db, msg.user_id)
    lately = bool(called) and visits_store.answered_since(db, msg.user_id, now - ANSWERED_LATELY)
    for ticket, _ in called:
        if replied is not None:  # a reply to the bot's message about one: that one's, or none
            if replied.id == ticket.id:
                return ticket
            continue
        units = set(tickets.units_passed(db, ticket))
        if not elsewhere(route, msg.text, units) and (
                still_own(desk, ticket, units, msg.text, route)
                or (not lately and any(read_typed(msg.text, q) for q in QUESTIONS))):
            return ticket
    return None


def _late(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
          now: dt.datetime, replied: Ticket | None) -> str | None:
    """An answer to a 回访 that closed unanswered as 默认满意 (bot/actions/visit_late.py): a
    message that is nothing but answers (没解决, 不满意, 解决了，满意), or says the ticket's own
    matter is still not put right (还是没水); "" when taken, None when it is no such answer."""
    if replied is None and chase.names_open(db, msg, route):
        return None  # 3号那个咋还没人管: a chase of an open No. 3, whatever closed lately
    chosen = visit_late.choose(db, msg.user_id, now, msg.text, desk.router, replied)
    if chosen is None:
        return None
    disputed = {} if chosen.ask else visit_late.disputed(db, chosen.ticket, chosen.text,
                                                          desk.router)
    corrected = visit_late.by_answers(chosen.ticket)  # 刚才说错了，…又堵了，不满意: theirs
    if not disputed and not corrected and visit_late.retold(route, msg.text):
        return None  # 路灯又坏了，晚上黑咕隆咚的: a report, linked to it (earlier.retold_of)
    if replied is None and visit_ahead.finished_one(db, msg, route) is not None:
        return None  # 修好了，谢谢 right after another ticket's 办结: that one's, typed ahead
    ticket, text = chosen.ticket, chosen.text
    units = set(tickets.units_passed(db, ticket))
    said, rest = visit_late.read(db, ticket, text)
    if not said and (still_own(desk, ticket, units, text, route if text == msg.text else None)
                     or (is_short(text) and still_unsolved(text)
                         and not configured(desk, route, units))):
        # 还是没水: its own matter still not put right; a 不满意 said with it is kept too
        said, rest = {"s": "0", **negative(read_typed(text, QUESTIONS[0]))}, ""
    elif not said and disputed:  # 垃圾还在那堆着，没人联系我，不满意: the verdict, with its words
        said, rest = disputed, ""
    elif rest and said and still_own(desk, ticket, units, rest):
        said |= {q: c for q, c in negative(read_typed(rest, QUESTIONS[0])).items()
                 if q not in said}
        rest = ""  # 没解决，还是没水(，很不满意): more of it
    if not said or (rest == msg.text.strip() and elsewhere(route, msg.text, units)) \
            or (corrected and not negative(said)):
        return None
    if chosen.ask:  # 不满意 with two closed as 默认满意: whose? nothing recorded
        desk.say(db, msg, "visit", visit_late_texts.which(list(chosen.ask)), now)
        return told_after(desk, msg.text)
    new = told_after(desk, msg.text) or (rest if new_matter(desk, rest, units) else "")
    # not solved, the dogs are still there: the words are the citizen's 回访 words on it,
    # told to the unit with the 重办, not a ticket of their own; bare answers (没解决，不满意)
    # are words enough in the answer itself
    words = not new and bool(rest or not is_short(text) or matter_named(text, desk.router).words)
    visit_late.answer(desk, db, ticket, said, msg.user_id, now, str(msg.update_id),
                      msg.text.strip() if words else "", answering=msg.written or "")
    return new  # a new matter told after the answers (另外…) is read as a new message


def _named_elsewhere(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
                     other: Elsewhere, now: dt.datetime, router: RouterLike) -> str | None:
    """An answer naming the matter of a ticket whose 回访 does not wait (路灯那个，不满意 with
    the rubbish 回访 waiting): a late answer to the one closed as 默认满意, or kept for the
    回访 of the one just finished; the waiting 回访 stays as it was."""
    if other.kind == LATE or (other.kind == CLOSED and visit_late.corrects(msg.text)):
        return _late(desk, db, msg, route, now, other.ticket)
    if other.kind == CLOSED:
        return None  # 自来水的事…今天又没水了: a report of its own, linked to that ticket
    said = read_typed(matter_named(msg.text, router).rest, QUESTIONS[0])
    if negative(said) or still_unsolved(msg.text):
        keep_unsolved(desk, db, other.ticket, msg, now)
    elif ahead := {q: c for q, c in said.items() if q != "c"}:
        visit_ahead.keep(desk, db, other.ticket, ahead, msg, now)  # 路灯那个修好了，满意
    else:
        return None
    return ""


def _which(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None, text: str,
           now: dt.datetime) -> str | None:
    """Ask which waiting visit an answer is for (nothing recorded), unless it is another
    unit's matter told at length: a new report."""
    waiting_all = [t for t, _ in visits(db, msg.user_id)]
    if elsewhere(route, text, {t.unit for t in waiting_all}):
        return None
    desk.say(db, msg, "visit", for_citizen.visit_which([t.number for t in waiting_all]), now)
    return told_after(desk, text)  # 另外楼道灯坏了 after it is a report all the same


def _in_order(desk: Desk, db: Database, ticket: Ticket, question: str, said: dict[str, str],
              msg: Incoming, now: dt.datetime) -> None:
    """Record the answers said, from the question waiting on, while each next one is said; a
    未解决 or 不满意 said further on (联系过了，很不满意) is kept for when its question comes."""
    said = dict(said)
    while question in said:
        following = QUESTIONS[min(QUESTIONS.index(question) + 1, len(QUESTIONS) - 1)]
        ticket = visit.record(desk, db, ticket, question, said.pop(question), msg.user_id,
                              now, then=said.get(following) if following != question else None,
                              answers=msg.written)
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
                                                       ahead[question]), now, answers=msg.written)
    told = visit_unit.said_for_unit if visits_store.asked(db, ticket.id) \
        else visit_unit.said_ahead_for_unit  # no 回访 under way yet: not 回访中
    desk.tell_unit(db, ticket, f"visit-said:{msg.update_id}",
                   told(ticket.number, masked(ticket, msg.text)), now)
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
    if heard.more or heard.remark:  # before the answers: a 重办 or a second 不满意 they
        # bring tells the unit the words (new="" names no answer kept: RATING_SAID_SQL)
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
    return heard.rest


def _more_told(desk: Desk, db: Database, ticket: Ticket, msg: Incoming, said: str,
               now: dt.datetime, more: str) -> None:
    """More of the matter said with a 未解决 or 不满意: with the ticket reopened by them, its
    重办 notice gave the unit the words, `more` is kept on it as the citizen's 补充 (what
    /status shows) and the citizen is told the notice carried them (not that a 补充 was passed
    on: none was pushed); while the 满意度 waits, the unit is
    told them now."""
    if ticket.state is State.RESOLVED:
        desk.tell_unit(db, ticket, f"visit-said:{msg.update_id}",
                       visit_unit.said_for_unit(ticket.number,
                                                             masked(ticket, said)), now)
    elif ticket.state is State.REOPENED and more.strip():
        tickets.update(db, ticket, now, msg.user_id, "citizen", "supplement", {}, more.strip())
        desk.say(db, msg, "supplement", visit_remarks.more_sent_back(
            ticket.number, common.unit_label(desk.config, ticket.unit)), now, ticket.id)


def keep_unsolved(desk: Desk, db: Database, ticket: Ticket, msg: Incoming,
                  now: dt.datetime) -> None:
    """Keep what was said against a just-finished ticket (and the words) on it and tell its unit,
    so that its 回访 reopens it; the citizen is told so. A 未解决 unless the words say only 不满意
    (很不满意, 太差劲了: kept as that 满意度, not as a 未解决 nobody said)."""
    said = negative(read_typed(msg.text, "s"))
    ahead = said if said.keys() == {"r"} else {"s": "0"}
    _keep_said(desk, db, ticket, msg, ahead, now)
    desk.say(db, msg, "visit-said", with_matter(visit_remarks.unsolved_kept(  # 事项：which one
        ticket.number, "s" in ahead), matter_of(ticket)), now, ticket.id)
