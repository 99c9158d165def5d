"""A phone 回访's result typed by a supervisor instead of pressed (refs #10): a supervisor's
private message saying 回访 while one waits for them, or giving answers with the number of a
ticket whose phone 回访 waits, is no citizen's message — never thanked, never a ticket. They get the question
waiting with its buttons: what a supervisor types of a call is not guessed at, the buttons
record it as a press always has (bot/actions/visit.py)."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.actions.visit_phone import buttons, by_supervisors
from bot.domain.delivery import Priority
from bot.domain.permissions import Role
from bot.domain.tickets import Ticket, iso
from bot.domain.visit import QUESTIONS, read_answers
from bot.domain.visit_ahead import next_question
from bot.render import Outgoing
from bot.store import due, people, tickets
from bot.texts import phone_typed
from nlp.chase import NUMBER, ticket_number
from nlp.tokenizer import normalize


def waiting(db: Database, supervisor: int) -> list[tuple[Ticket, str]]:
    """Every phone 回访 waiting for the supervisors to record, with its next question (not one
    of the supervisor's own tickets: nobody records their own)."""
    found = []
    for ticket in due.awaiting_visit(db):
        answered = tickets.visit_answers(db, ticket.id)
        question = next_question(answered) if answered is not None else None
        if question is not None and ticket.citizen_id != supervisor \
                and by_supervisors(db, ticket):
            found.append((ticket, question))
    return found


def pointed(desk: Desk, db: Database, msg: Incoming, now: dt.datetime) -> bool:
    """Answer a supervisor's typed phone 回访 result with the question waiting and its
    buttons; False when the message is no such thing (read on as any other)."""
    if msg.kind != "text" or msg.edited or not msg.text.strip() \
            or people.actor_of(db, desk.config, msg.user_id).role is not Role.SUPERVISOR:
        return False
    phone = waiting(db, msg.user_id)
    if not phone:
        return False
    number = ticket_number(normalize(msg.text))
    named = [(t, q) for t, q in phone if number is not None and (
        t.number == number or (number.isdecimal() and int(t.number.rpartition("-")[2])
                               == int(number)))]
    # 回访 said, or answers with the ticket's number: a supervisor's own report (我家停水了，
    # 一直没解决) reads as answers too, and is theirs to make
    said = NUMBER.sub("", normalize(msg.text)).strip(" ：:，,")
    if "回访" not in msg.text and not (named and any(read_answers(said, q).said
                                                      for q in QUESTIONS)):
        return False
    if len(named) != 1 and len(phone) > 1:
        desk.say(db, msg, "phone-typed", phone_typed.which([t.number for t, _ in phone]), now)
        return True
    ticket, question = named[0] if named else phone[0]
    resolved_at = iso(ticket.resolved_at) if ticket.resolved_at else ""
    # Under the phone visit's own key: a press anywhere takes these buttons off too.
    desk.send(db, Outgoing(
        f"visit:{ticket.id}:{resolved_at}:{question}:{msg.user_id}:typed:{msg.update_id}",
        msg.user_id, phone_typed.use_buttons(ticket.number, question), buttons(ticket, question),
        ticket.id, priority=Priority.STAFF), now)
    return True
