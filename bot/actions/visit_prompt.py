"""A bare reply while a 回访 question waits (1, 2, 好 at 满意度, ?): it answers nothing the visit
can record, says no matter and is no opinion, so it is neither filed nor told 没太看明白 (round
25): the citizen is asked the waiting question again, with the answers it takes. Nothing is
recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.domain.ticket_words import matter_of
from bot.domain.tickets import Ticket
from bot.domain.visit import read_typed
from bot.domain.visit_bare import bare
from bot.texts import visit_prompt
from bot.texts.matter_line import with_matter


def prompted(desk: Desk, db: Database, msg: Incoming, waiting: tuple[Ticket, str],
             now: dt.datetime, several: Sequence[tuple[Ticket, str]] = ()) -> bool:
    """Ask the `waiting` question (ticket, question) again when the message is a bare reply
    that does not answer it (嗯 is a yes to 是否联系过您: recorded, not asked again). With
    `several` visits waiting (the message replies to none of them), each is named with its
    matter and question: the citizen must know which one to answer (T25 finding 17)."""
    ticket, question = waiting
    if not bare(msg.text) or read_typed(msg.text, question):
        return False
    if len(several) > 1:
        desk.say(db, msg, "visit-bare", visit_prompt.bare_several(
            [(t.number, q, matter_of(t)) for t, q in several]), now, ticket.id)
        return True
    desk.say(db, msg, "visit-bare", with_matter(visit_prompt.bare_reply(ticket.number, question),
                                                matter_of(ticket)), now, ticket.id)
    return True
