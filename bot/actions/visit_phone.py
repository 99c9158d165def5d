"""A 回访 the supervisors record by phone instead of the citizen answering in Telegram: whose
visit that is (an offline demand's, a self-handled one's, one whose citizen the bot could not
reach since its 办结), how its questions are put to the supervisors, and how its end is told.
The buttons of every visit question are built here too (bot.actions.visit records the answers).
"""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions import phones
from bot.actions.desk import Desk
from bot.domain.delivery import Priority
from bot.domain.excerpt import excerpt, from_matter
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import State, Ticket, iso
from bot.domain.visit import ANSWERS
from bot.domain.visit_ahead import next_question
from bot.render import Outgoing, keyboard
from bot.store import outbox, people, reach, tickets
from bot.texts import (
    common,
    for_citizen,
    for_staff,
    for_supervisors,
    no_channel,
    phone_visit,
    reachable_again,
    sole_staff,
    undelivered,
)
from bot.texts.common import dated_result, unit_label

SAID_CHARS = 80  # of the citizen's words in a phone 回访's question: the rest is in /show


def buttons(ticket: Ticket, question: str) -> dict[str, object]:
    row = [(common.visit_answer(question, code),
            f"v:{ticket.id}:{ticket.reopen_count}:{question}:{code}")
           for code in ANSWERS[question]]
    return keyboard([row])


def self_handled(db: Database, ticket: Ticket) -> bool:
    """The citizen who reported it also finished it (the unit's only staff member): the
    supervisors record its visit, the reporter does not rate their own work."""
    return bool(ticket.citizen_id) and tickets.resolved_by_reporter(db, ticket.id)


def by_supervisors(db: Database, ticket: Ticket) -> bool:
    """The supervisors record this visit's answers: an offline demand's, a self-handled one's,
    or one whose citizen the bot could no longer write to since its 办结."""
    return not ticket.citizen_id or self_handled(db, ticket) or unreached(db, ticket)


def unreached(db: Database, ticket: Ticket) -> bool:
    """The bot could not write to the ticket's citizen since its latest 办结: a phone visit."""
    return bool(ticket.citizen_id) and reach.unreached_since_resolve(db, ticket.id)


def by_phone_now(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> bool:
    """The citizen of a ticket whose 回访 was already asked can no longer be written to: the
    supervisors get the question waiting, to ask by phone. True when they were asked."""
    answered = tickets.visit_answers(db, ticket.id)
    waiting = next_question(answered) if answered is not None else None
    if ticket.state is not State.RESOLVED or waiting is None:
        return False
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    ask_by_phone(desk, db, ticket, resolved_at, now, waiting)
    return True


def back_to_citizen(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime,
                    told: str | None = None) -> None:
    """The citizen of a ticket whose 回访 went to the supervisors only because they were out of
    reach is back: the supervisors' question is withdrawn (its buttons off, noted) and they are
    told (`told`, else that the citizen is back); the citizen is asked the question waiting,
    with its buttons. A visit not asked yet asks the citizen when it is due
    (bot.actions.visit.ask)."""
    answered = tickets.visit_answers(db, ticket.id)
    question = next_question(answered) if answered is not None else None
    if question is None or self_handled(db, ticket):
        return
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    for message in outbox.take_buttons(db, f"visit:{ticket.id}:{resolved_at}:%"):
        desk.drop_buttons(db, *message, ticket.id, now, reachable_again.WITHDRAWN_NOTE)
    for message in outbox.take_buttons(  # asked before they went: asked anew below
            db, f"push:{ticket.id}:visit:{resolved_at}:{question}%"):
        desk.drop_buttons(db, *message, ticket.id, now)
    told = told or reachable_again.for_supervisors(ticket.number,
                                                   unit_label(desk.config, ticket.unit))
    desk.tell_supervisors(db, f"visit-back:{ticket.id}:{iso(now)}", told, now, ticket.id)
    desk.tell_citizen(db, ticket, f"visit:{resolved_at}:{question}:back:{iso(now)}",
                      for_citizen.visit_question(ticket.number, question, dated_result(
                          ticket.result or "", ticket.resolved_at, desk.config.county.tz)),
                      now, buttons(ticket, question))


def ask_by_phone(desk: Desk, db: Database, ticket: Ticket, resolved_at: str,
                  now: dt.datetime, question: str = "c") -> None:
    """An offline demand's visit: the supervisors call the citizen back and record the answers;
    the staff member who logged it (who has the contact) is told."""
    config = desk.config
    logger = people.first_name(db, ticket.logged_by)
    logged_unit = unit_label(config, ticket.logged_unit) if ticket.logged_unit else ""
    result = dated_result(masked(ticket, ticket.result), ticket.resolved_at, config.county.tz)
    whole = masked_text(ticket)
    said = phone_visit.said(ticket.number, excerpt(
        from_matter(whole) if len(whole) > SAID_CHARS else whole, SAID_CHARS), whole)
    if ticket.citizen_id and unreached(db, ticket):  # nobody can write to them here
        text = undelivered.phone_visit(ticket.number, unit_label(config, ticket.unit),
                                       said, result,
                                       question, "" if phones.call_back(db, ticket) is not None
                                       else no_channel.phone_visit_line())
    elif ticket.citizen_id:  # the reporter finished it: told nothing, they rate nothing
        text = sole_staff.visit_for_supervisors(ticket.number, unit_label(config, ticket.unit),
                                                said, result)
    else:
        text = for_supervisors.phone_visit(ticket.number, unit_label(config, ticket.unit),
                                           said, result, logger,
                                           logged_unit)
    for chat in people.supervisors(db, config):
        desk.send(db, Outgoing(f"visit:{ticket.id}:{resolved_at}:{question}:{chat}", chat, text,
                               buttons(ticket, question), ticket.id, priority=Priority.STAFF),
                  now)
    if ticket.citizen_id:
        return
    desk.send(db, Outgoing(f"visit:{ticket.id}:{resolved_at}:logger", ticket.chat_id,
                           for_staff.phone_visit_for_logger(ticket.number), None, ticket.id,
                           priority=Priority.STAFF), now)


def phone_outcome(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime, recorder: int,
                   said: str, result: str) -> None:
    """The end of a phone visit, told in each reader's words (no citizen is there to thank):
    the supervisor who recorded it reads what was recorded and what became of the ticket, and
    so does the staff member who logged the demand, with nothing to pass on."""
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    if recorder:
        desk.send(db, Outgoing(f"visit:{ticket.id}:{resolved_at}:done:{recorder}", recorder,
                               phone_visit.recorded(ticket.number, said, result), None,
                               ticket.id, priority=Priority.STAFF), now)
    if ticket.logged_by and ticket.logged_by != recorder:
        desk.send(db, Outgoing(f"push:{ticket.id}:visit-done:{resolved_at}", ticket.chat_id,
                               phone_visit.for_logger(ticket.number, said, result), None,
                               ticket.id, priority=Priority.STAFF), now)
