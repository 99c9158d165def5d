"""Staff and supervisors answering (Telegram's 回复) a bot message about a ticket in private
chat: a work comment on that ticket, never a report of their own.

Without this, their private chat is a citizen's chat and the comment became a new ticket in
their own unit. Staff text is kept as an internal note on the ticket (as /note), and they are
told how to answer the citizen or finish it; what cannot be a note (a supervisor's words, a
ticket no longer theirs, a photo) is answered with what to send instead, recording nothing.
Everything else — their own tickets' messages included — is a citizen's message as before.
"""

from __future__ import annotations

import datetime as dt

from bot.actions import citizen
from bot.actions.ctx import begin
from bot.actions.desk import Desk, Incoming
from bot.domain.permissions import Role, own_complaint
from bot.domain.tickets import Ticket
from bot.store import outbox, people, tickets
from bot.texts import ticket_replies


def receive(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """A private message: a comment on the ticket it answers, else a citizen's message."""
    ticket = _answered(desk, msg)
    if ticket is None:
        citizen.receive(desk, msg, now)
        return
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return
        if msg.edited:  # a note is kept as first sent, as a command is
            ctx.answer("edited", ticket_replies.edited_note(ticket.number), ticket.id)
            return
        found = ctx.find("note", ticket.id)
        if found is None or msg.kind != "text" or not msg.text.strip():
            ctx.answer("comment", ticket_replies.not_noted(
                ticket.number, ctx.actor.role is Role.SUPERVISOR), ticket.id)
            return
        tickets.update(db, found, now, msg.user_id, "staff", "note", {}, msg.text)
        ctx.answer("note", ticket_replies.noted(found.number), found.id)


def _answered(desk: Desk, msg: Incoming) -> Ticket | None:
    """The ticket whose bot message a staff member or supervisor answers in private chat (not
    their own complaint, which they follow as its citizen); None otherwise."""
    if not msg.private or msg.reply_to is None:
        return None
    actor = people.actor_of(desk.db, desk.config, msg.user_id)
    if actor.role is Role.CITIZEN:
        return None
    ticket_id = outbox.ticket_for_message(desk.db, msg.chat_id, msg.reply_to)
    ticket = tickets.by_id(desk.db, ticket_id) if ticket_id is not None else None
    if ticket is None or own_complaint(actor, ticket):
        return None
    return ticket
