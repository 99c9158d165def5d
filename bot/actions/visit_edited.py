"""A citizen edits a message that answered a 回访 (Telegram's 编辑; an outside tester, refs #10:
不满意 edited to 满意 one second after it sent the ticket back changed nothing and said
nothing).

While the visit still waits for the citizen, the edited words are read as a new answer to it
(bot.actions.visit_typed): an answer said otherwise replaces the one recorded, and the citizen
and the unit are told what was recorded before and what now, as a second message saying so
would. Once the ticket has moved on — back with its unit (重办) or closed — the answer stands:
the unit was told and worked on it, and the citizen was told what became of it, so the edit
is not taken silently either way; the citizen reads one line saying so and how to tell it
otherwise (a new message: that the matter is in fact solved, for a ticket sent back; that it
is still wrong, for one closed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlite_utils import Database

from bot.actions import visit_typed
from bot.actions.desk import Desk, Incoming
from bot.actions.visit_waiting import pending
from bot.domain.tickets import State
from bot.store import inbox
from bot.store import visits as visits_store
from bot.texts import amending
from bot.texts.common import unit_label
from nlp.router import RouteResult


def edited(desk: Desk, db: Database, msg: Incoming, text: str, route: RouteResult | None,
           now: dt.datetime) -> bool:
    """The edited message answered a 回访: the correction taken while the visit waits, else the
    citizen told the answer stands. False when it answered none."""
    answered = visits_store.answered_by(db, msg.chat_id, msg.message_id, msg.user_id)
    if not answered:
        return False
    before = (inbox.said_before(db, msg.chat_id, msg.message_id, msg.update_id) or "").strip()
    if before == text:
        return True  # the same words: nothing to correct
    ticket = answered[0]
    if ticket.state is State.RESOLVED and pending(db, msg.user_id, ticket) is not None \
            and visit_typed.typed(desk, db, replace(msg, text=text), route, now,
                                  meant=ticket) is not None:
        return True  # read as a new answer to the visit still waiting: a change is told
    desk.say(db, msg, "amended", amending.visit_answer_stands(
        ticket.number, ticket.state, unit_label(desk.config, ticket.unit)), now, ticket.id)
    return True
