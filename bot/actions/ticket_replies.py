"""Staff and supervisors answering (Telegram's 回复) a bot message about a ticket, in private
chat or in a unit's group: a work comment on that ticket, never a report of their own.

Without this, their private chat is a citizen's chat and the comment became a new ticket in
their own unit. Staff text is kept as an internal note on the ticket (as /note), and they are
told how to answer the citizen or finish it; what cannot be a note (a supervisor's words, a
ticket no longer theirs, a photo) is answered with what to send instead, recording nothing.
Everything else — their own tickets' messages included — is a citizen's message as before.

In a unit's group (Telegram delivers replies to the bot's messages even in privacy mode) the
same reply is read the same way, answered in the group; whoever may not work tickets there (a
member bound to no unit, another unit's staff, a supervisor) gets the answer a command would
(`ctx.refusal`), never the ticket's number, and nothing is recorded. A reply there to a bot
message about no ticket is group chatter: no answer.
"""

from __future__ import annotations

import datetime as dt

from bot.actions import citizen
from bot.actions.ctx import begin, refusal
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
    _comment(desk, msg, ticket, now)


def in_group(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """A reply in a group to the bot's message about a ticket: a comment on that ticket, or
    the refusal a command there would get; a reply to anything else is left alone."""
    ticket = _in_group(desk, msg)
    if ticket is not None:
        _comment(desk, msg, ticket, now)


def _comment(desk: Desk, msg: Incoming, ticket: Ticket, now: dt.datetime) -> None:
    """Keep `msg` as a note on `ticket` if its sender may note it here, and say so."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return
        if not msg.private and (why := refusal(ctx, "note")):
            ctx.answer("comment", why)  # nobody's work here: the answer /note would get
            return
        if msg.edited:  # a note is kept as first sent, as a command is
            ctx.answer("edited", ticket_replies.edited_note(ticket.number), ticket.id)
            return
        found = ctx.find("note", ticket.id)
        if found is None and (went := ctx.moved_away(ticket)):
            ctx.answer("comment", went, ticket.id)  # it left their unit: when, and who has it
            return
        if found is None or msg.kind != "text" or not msg.text.strip():
            ctx.answer("comment", ticket_replies.not_noted(
                ticket.number, ctx.actor.role is Role.SUPERVISOR), ticket.id)
            return
        tickets.update(db, found, now, msg.user_id, "staff", "note", {}, msg.text)
        ctx.answer("note", ticket_replies.noted(found.number), found.id)


def _in_group(desk: Desk, msg: Incoming) -> Ticket | None:
    """The ticket whose bot message `msg` answers in a group, whoever sent it; None otherwise."""
    if msg.private or msg.reply_to is None:
        return None
    ticket_id = outbox.ticket_for_message(desk.db, msg.chat_id, msg.reply_to)
    return tickets.by_id(desk.db, ticket_id) if ticket_id is not None else None


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
