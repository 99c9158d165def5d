"""The satisfaction visit (回访) after 办结, and what the answers lead to.

Three questions, one after the other, each with buttons: 是否联系过您 (是/否), 问题是否解决
(已解决/未解决), 满意度 (满意/基本满意/不满意). The last answer decides: 未解决 or 不满意 reopens the
ticket once (重办, with a fresh deadline) and tells the unit and the supervisors; after a 重办 it
is closed and recorded as a second dissatisfaction, which the digest lists. Otherwise the ticket
is closed (销号). A visit unanswered for three days closes as 默认满意 (or, if the citizen had
said 未解决, counts as dissatisfied; a 满意度 given with 是否联系 left open closes with it).

An offline demand (/log) has no citizen in Telegram: its visit is a phone call. The supervisors
(the 督查 office, not the unit that handled it) are asked to call the citizen back and record the
three answers with the same buttons; the staff member who logged it, who holds the contact, is
told. Unrecorded after three days it is not 默认满意 — nobody was asked — but stays 办结待回访
and the supervisors are reminded once. So goes the visit of a ticket its reporter finished
themselves (a unit's only staff member and their own complaint): nobody rates their own work,
and the reporter is asked nothing.

Callback data: `v:TICKET:ROUND:QUESTION:ANSWER`, where ROUND is the ticket's reopen count, so a
button from an earlier round is refused. The questions are answered in order, each once: a
button of a question already answered, or of one further on, is refused and changes nothing; a
question answered by typing before it came (很不满意 at 是否联系过您) is shown answered, not asked.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlite_utils import Database

from bot.actions import phones, publish_dispute, visit_late
from bot.actions.desk import Desk
from bot.actions.visit_phone import (
    ask_by_phone,
    buttons,
    by_supervisors,
    phone_outcome,
    self_handled,
    unreached,
)
from bot.domain.calendar import calendar_of
from bot.domain.delivery import Priority
from bot.domain.permissions import PHONE_VISIT, authorize, offline
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import State, Ticket, deadline_for, iso
from bot.domain.visit import (
    ANSWERS,
    COLUMN,
    LATE_ANSWER_DAYS,
    QUESTIONS,
    VISIT_ANSWER_DAYS,
    Rating,
    reasons,
)
from bot.domain.visit_ahead import next_question
from bot.render import Outgoing
from bot.store import due, inbox, outbox, people, reach, tickets, visits
from bot.texts import (
    common,
    for_citizen,
    for_staff,
    for_supervisors,
    phone_visit,
    sole_staff,
    undelivered,
    visit_remarks,
    visit_unit,
)
from bot.texts import visit_late as visit_late_texts
from bot.texts.common import dated_result, unit_label
from bot.texts.twins import joined


def ask(desk: Desk, db: Database, ticket: Ticket, resolved_at: str, now: dt.datetime) -> None:
    """Start the visit: the first question to the citizen (offline demands have nobody to ask,
    and a reporter who finished it themselves is not asked)."""
    tickets.log_event(db, ticket.id, now, 0, "system", "visit", None, None, resolved_at)
    if ticket.citizen_id and not people.reachable(db, ticket.chat_id):
        tickets.log_event(db, ticket.id, now, 0, "system", "unreachable",
                          new=None if phones.call_back(db, ticket) is not None else reach.NO_PHONE)
    if self_handled(db, ticket) or unreached(db, ticket):
        ask_by_phone(desk, db, ticket, resolved_at, now)
    elif ticket.citizen_id:
        result = dated_result(ticket.result or "", ticket.resolved_at, desk.config.county.tz)
        desk.tell_citizen(db, ticket, f"visit:{resolved_at}:c", for_citizen.visit_question(
            ticket.number, "c", result), now, buttons(ticket, "c"), Priority.BULK)
    elif offline(ticket):
        ask_by_phone(desk, db, ticket, resolved_at, now)


def answer(desk: Desk, update_id: int, user_id: int, data: str, now: dt.datetime,
           pressed: tuple[int, int] | None = None) -> str:
    """A visit button press on the message `pressed` (chat, message id); returns the toast text.
    An answered question loses its buttons (every copy of it: a phone visit asks all the
    supervisors); a press on a question answered, or on a visit over, changes nothing but
    takes the buttons off the message pressed."""
    parts = data.split(":")
    # ASCII and at most 18 digits: "³" is a digit to str.isdigit but int() refuses it, and a
    # longer number overflows SQLite's INTEGER.
    if len(parts) != 5 or not (parts[1].isascii() and parts[1].isdecimal()) \
            or len(parts[1]) > 18 or parts[3] not in ANSWERS:
        return common.BUTTON_REFUSED
    _, ticket_id, round_, question, code = parts
    value = ANSWERS[question].get(code)
    with desk.store.atomic() as db:
        ticket = tickets.by_id(db, int(ticket_id))
        actor = people.actor_of(db, desk.config, user_id)
        if value is None or ticket is None:
            return common.BUTTON_REFUSED
        by_phone = by_supervisors(db, ticket)  # a supervisor records a phone visit
        if not authorize(actor, PHONE_VISIT if by_phone else "rate", ticket):
            return common.BUTTON_REFUSED
        if ticket.state is not State.RESOLVED or round_ != str(ticket.reopen_count):
            if ticket.resolved_at is None:  # never 办结: no visit was asked
                return common.BUTTON_REFUSED
            if round_ == str(ticket.reopen_count) \
                    and visit_late.ticket_of(db, user_id, now, ticket) is not None:
                return _late(desk, db, ticket, question, code, update_id, user_id, now, pressed)
            _drop(desk, db, ticket, [pressed], now)  # closed, reopened or withdrawn since
            return _over(db, ticket, round_)
        answered = tickets.visit_answers(db, ticket.id)
        if answered is None:
            return common.BUTTON_REFUSED
        if not inbox.claim(db, update_id, now):
            return for_citizen.VISIT_THANKS_TOAST
        # A strict sequence: each question answers once, none is skipped (one answered before
        # its 回访 was asked is none to ask: bot/actions/visit_ahead.py).
        waiting = next_question(answered)
        if waiting is None or question in {a.partition(":")[0] for a in answered}:
            _drop(desk, db, ticket, [pressed], now)
            return for_supervisors.PHONE_VISIT_ALREADY_RECORDED if by_phone \
                else for_citizen.VISIT_ALREADY_ANSWERED
        if question != waiting:
            return for_citizen.VISIT_ANSWER_FIRST
        record(desk, db, ticket, question, code, user_id, now, pressed)
        return for_supervisors.PHONE_VISIT_RECORDED if by_phone \
            else for_citizen.VISIT_THANKS_TOAST


def _late(desk: Desk, db: Database, ticket: Ticket, question: str, code: str, update_id: int,
          user_id: int, now: dt.datetime, pressed: tuple[int, int] | None) -> str:
    """A button of a visit closed as 默认满意, pressed within LATE_ANSWER_DAYS: a late answer
    (bot/actions/visit_late.py), unless its question was answered before the closure."""
    if not inbox.claim(db, update_id, now):
        return for_citizen.VISIT_THANKS_TOAST
    if question in visit_late.answered(db, ticket):
        _drop(desk, db, ticket, [pressed], now)
        return for_citizen.VISIT_ALREADY_ANSWERED
    _drop(desk, db, ticket, [pressed], now, common.visit_answered(question, code, False))
    sent_back = visit_late.answer(desk, db, ticket, {question: code}, user_id, now,
                                  str(update_id), answering="")  # a press has no words
    if not sent_back:
        visit_late.ask_next(desk, db, ticket, now)
    return visit_late_texts.BUTTON_SENT_BACK if sent_back else visit_late_texts.BUTTON_THANKS


def _over(db: Database, ticket: Ticket, round_: str) -> str:
    """The toast for a button of a visit that is over: what became of it, truthfully — a
    visit closed as 默认满意 had no answer (or not all of them)."""
    if ticket.state is State.CLOSED and ticket.rating == Rating.DEFAULT.value \
            and round_ == str(ticket.reopen_count):
        return for_citizen.visit_over_default(len(tickets.visit_answers(db, ticket.id) or []))
    if round_.isascii() and round_.isdecimal() and int(round_) < ticket.reopen_count \
            and ticket.state is not State.CLOSED:
        # sent back (重办) since and not finished with: its answers were not "all recorded"
        return common.VISIT_OVER_REOPENED
    return common.VISIT_OVER


def ask_again(desk: Desk, db: Database, ticket: Ticket, question: str, update_id: int,
              now: dt.datetime, text: str, answers: str | None = None) -> None:
    """Ask the waiting question again (`text` names it), with its buttons, under the key the
    question's own message has, so that answering it takes the buttons off both. The copies
    asked before lose their buttons: one question, one live set of buttons. `answers`: the
    words typed it answers (read in their language)."""
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    _drop(desk, db, ticket, [*outbox.take_buttons(
        db, f"push:{ticket.id}:visit:{resolved_at}:{question}%")], now)
    desk.tell_citizen(db, ticket, f"visit:{resolved_at}:{question}:again:{update_id}", text,
                      now, buttons(ticket, question), answers=answers)


def record(desk: Desk, db: Database, ticket: Ticket, question: str, code: str, user_id: int,
            now: dt.datetime, pressed: tuple[int, int] | None = None,
            then: str | None = None, answers: str | None = None) -> Ticket:
    """Record the answer to the question next in line (pressed or typed): its buttons go, the
    following question is asked, or the last answer decides. `then`: the following question's
    answer, typed in the same message — it is asked showing that answer, without buttons;
    `answers`: the words typed (what follows is in their language: solved, thanks)."""
    by_phone = by_supervisors(db, ticket)
    if not authorize(people.actor_of(db, desk.config, user_id),
                     PHONE_VISIT if by_phone else "rate", ticket):
        return ticket  # a phone visit's answers are a supervisor's to record, nobody else's
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    _drop(desk, db, ticket, [pressed, *outbox.take_buttons(
        db, f"visit:{ticket.id}:{resolved_at}:{question}:%" if by_phone
        else f"push:{ticket.id}:visit:{resolved_at}:{question}%")], now,
          common.visit_answered(question, code, by_phone))
    changes = _answer_changes(question, code, now)
    role = "supervisor" if by_phone else "citizen"
    kept = {} if by_phone else visits.kept_ahead(db, ticket.id)
    before = kept.get(question) if kept.get(question) != code else None
    # A change of mind is said, never silent: `old` keeps what was said before (history).
    ticket = tickets.update(db, ticket, now, user_id, role, "rate", changes,
                            f"{question}:{code}", f"{question}:{before}" if before else None)
    if before is not None:
        desk.tell_citizen(db, ticket, f"visit:{resolved_at}:{question}:changed",
                          visit_remarks.answer_changed(ticket.number, question, before, code), now,
                          answers=answers)
    if question == "r":
        _conclude(desk, db, ticket, now, user_id, role, answers)
        return ticket
    following = QUESTIONS[QUESTIONS.index(question) + 1]
    if by_phone:
        desk.send(db, Outgoing(
            f"visit:{ticket.id}:{resolved_at}:{following}:{user_id}", user_id,
            for_supervisors.phone_visit_question(ticket.number, following),
            buttons(ticket, following), ticket.id, priority=Priority.STAFF), now)
    elif then is not None:  # answered in the same message: shown as a press leaves it
        desk.tell_citizen(db, ticket, f"visit:{resolved_at}:{following}",
                          joined("\n\n", (for_citizen.visit_question(ticket.number, following, ""),
                                            common.visit_answered(following, then, False))), now,
                          answers=answers)
    elif following in kept:  # said before it was asked (很不满意 at 是否联系过您): not asked again
        desk.tell_citizen(db, ticket, f"visit:{resolved_at}:{following}",
                          joined("\n\n", (for_citizen.visit_question(ticket.number, following, ""),
                                            visit_remarks.answered_before(following,
                                                                          kept[following]))), now,
                          answers=answers)
        return record(desk, db, ticket, following, kept[following], user_id, now,
                      answers=answers)
    else:
        desk.tell_citizen(db, ticket, f"visit:{resolved_at}:{following}",
                          for_citizen.visit_question(ticket.number, following, ""), now,
                          buttons(ticket, following), answers=answers)
    return ticket


def _drop(desk: Desk, db: Database, ticket: Ticket, messages: list[tuple[int, int] | None],
          now: dt.datetime, note: str = "") -> None:
    """Take the buttons off these messages (None: a press whose message Telegram left out),
    adding `note` (the answer given) to their text."""
    for message in dict.fromkeys(m for m in messages if m is not None):
        desk.drop_buttons(db, *message, ticket.id, now, note)


def close_unanswered(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> bool:
    """Three days without an answer to every question: 默认满意, unless the citizen had already
    given a 满意度 (it stands: T27 finding 3) or said 未解决 — a
    回访 handed back to a citizen back from out of reach counts them from when its question
    reached them (bot.store.visits.handed_back). A phone visit nobody recorded closes nothing
    (nobody was asked): the supervisors are reminded, once. True when the ticket was closed or
    reopened."""
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    if by_supervisors(db, ticket):
        key = f"visit-late:{ticket.id}:{resolved_at}"
        unit_name = unit_label(desk.config, ticket.unit)
        if unreached(db, ticket) and due.claim(db, key, now):
            desk.tell_supervisors(db, key, undelivered.phone_visit_late(ticket.number, unit_name),
                                  now, ticket.id)
        elif ticket.citizen_id and due.claim(db, key, now):
            desk.tell_supervisors(db, key, sole_staff.visit_late(ticket.number, unit_name), now,
                                  ticket.id)
        elif offline(ticket) and due.claim(db, key, now):
            desk.tell_supervisors(db, key, for_supervisors.phone_visit_late(
                ticket.number, unit_name), now, ticket.id)
        return False
    back = visits.handed_back(db, ticket)  # asked again when they came back: 3 days from then
    if back is not None and now < back + dt.timedelta(days=VISIT_ANSWER_DAYS):
        return False
    ticket = _kept_answers(db, ticket, now)
    rating = _said_rating(db, ticket)
    if rating is not None or reasons(rating, ticket.solved):  # a 满意度 or 未解决 said stands:
        _conclude(desk, db, ticket, now, 0, "system")  # only 是否联系 was left unanswered
        return True
    ticket = tickets.transition(db, ticket, "close", now, 0, "system",
                                {"closed_at": iso(now), "rating": Rating.DEFAULT.value},
                                common.rating_name(Rating.DEFAULT))
    desk.tell_citizen(db, ticket, f"closed:{resolved_at}",
                      for_citizen.visit_default_closed(ticket.number, LATE_ANSWER_DAYS), now)
    return True


def _kept_answers(db: Database, ticket: Ticket, now: dt.datetime) -> Ticket:
    """Record the answers typed before their question came and kept for it (已解决、满意 said at
    是否联系过您), the visit closing with 是否联系 unanswered: what the citizen said stands."""
    for question, code in visits.kept_ahead(db, ticket.id).items():
        if (question == "s" and ticket.solved is None) \
                or (question == "r" and _said_rating(db, ticket) is None):
            ticket = tickets.update(db, ticket, now, 0, "system", "rate",
                                    _answer_changes(question, code, now), f"{question}:{code}")
    return ticket


def _answer_changes(question: str, code: str, now: dt.datetime) -> dict[str, Any]:
    """The ticket's columns an answer sets (a 满意度 with when it was given)."""
    value = ANSWERS[question][code]
    changes: dict[str, Any] = {COLUMN[question]: str(value) if isinstance(value, Rating) else value}
    return changes | ({"rated_at": iso(now)} if question == "r" else {})


def _said_rating(db: Database, ticket: Ticket) -> str | None:
    """The 满意度 given in this 回访: after a 重办 the `rating` column still holds the one before
    it (an unanswered second visit is no second 不满意) until the citizen gives another."""
    if not ticket.reopen_count or tickets.rating_said(db, ticket.id):
        return ticket.rating
    return None


def _conclude(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime, actor_id: int,
              role: str, answers: str | None = None) -> None:
    """The visit's answers decide: closed, or back to the unit with the reason (未解决 and/or
    不满意, whichever the citizen said — not merely the last answer given); the citizen is
    told in the language of the words typed (`answers`), if any."""
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    rating = _said_rating(db, ticket)
    why = reasons(rating, ticket.solved)
    by_phone = by_supervisors(db, ticket)
    recorder = actor_id if by_phone else None  # told directly, not among the supervisors
    said = phone_visit.answers(ticket.contacted, ticket.solved, rating)  # a 重办 clears them
    if not why:
        ticket = tickets.transition(db, ticket, "close", now, actor_id, role,
                                    {"closed_at": iso(now)}, common.rating_name(ticket.rating))
        if by_phone:
            phone_outcome(desk, db, ticket, now, actor_id, said, phone_visit.outcome("closed"))
        else:
            desk.tell_citizen(db, ticket, f"closed:{resolved_at}",
                              for_citizen.visit_closed(ticket.number), now, answers=answers)
        return
    unit_name = unit_label(desk.config, ticket.unit)
    answer_label = common.visit_outcome(why, rating)
    published = publish_dispute.mark(desk, db, ticket, now)  # a post must not stand
    if ticket.reopen_count >= 1:  # reopened once already: record, close, list in the digest
        ticket = tickets.transition(db, ticket, "close", now, actor_id, role,
                                    {"closed_at": iso(now)},
                                    f"{for_supervisors.SECOND_UNSATISFIED}：{answer_label}")
        if by_phone:
            phone_outcome(desk, db, ticket, now, actor_id, said, phone_visit.outcome("second"))
        else:
            desk.tell_citizen(db, ticket, f"closed:{resolved_at}",
                              for_citizen.visit_recorded(ticket.number), now, answers=answers)
        words = "；".join(masked(ticket, w) for w in tickets.visit_words(db, ticket.id))
        desk.tell_unit(db, ticket, f"unhappy2:{ticket.id}", visit_unit.second_for_unit(
            ticket.number, unit_name, masked_text(ticket), answer_label, words), now)
        desk.tell_supervisors(db, f"unhappy2:{ticket.id}", for_supervisors.second_unsatisfied(
            ticket.number, unit_name, masked_text(ticket), answer_label, published, words),
                              now, ticket.id, exclude=recorder)
        return
    deadline = deadline_for(now, ticket.urgent, desk.config.deadlines, calendar_of(desk.config))
    if ticket.project and ticket.deadline is not None:
        # A 实事项目 keeps its approved completion date: a 重办 gives more time, never less.
        deadline = max(deadline, ticket.deadline)
    ticket = tickets.transition(
        db, ticket, "reopen", now, actor_id, role,
        {"reopen_count": ticket.reopen_count + 1, "deadline": iso(deadline), "overdue": 0,
         "contacted": None, "solved": None, "urge_deadline": None}, answer_label)
    text, shown = masked_text(ticket), desk.when(deadline)
    if by_phone:
        phone_outcome(desk, db, ticket, now, actor_id, said,
                       phone_visit.outcome("reopened", unit_name, shown))
    else:
        desk.tell_citizen(db, ticket, f"reopened:{resolved_at}",
                          for_citizen.reopened_for_citizen(ticket.number, unit_name, shown), now,
                          answers=answers)
    words = "；".join(masked(ticket, w) for w in tickets.visit_words(db, ticket.id))
    desk.tell_unit(db, ticket, f"reopened:{ticket.reopen_count}", for_staff.reopened_for_unit(
        ticket.number, unit_name, text, answer_label, shown, words), now)
    desk.tell_supervisors(db, f"reopened:{ticket.id}:{ticket.reopen_count}",
                          for_supervisors.reopened_notice(
                              ticket.number, unit_name, text, answer_label, shown, published),
                          now, ticket.id, exclude=recorder)
