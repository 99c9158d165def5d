"""Whose a short 回访 answer is when it names no ticket (refs #10: an outside tester's English
citizen, whose case had just been finished with an English result, typed `Thanks, it's fixed now`
and was told two Chinese cases were waiting for feedback and nothing was recorded).

The answer is about what the bot told the citizen last: the ticket just finished, when its 办结
notice came after every waiting 回访 was asked (its answer is kept ahead for its own 回访,
bot/actions/visit_ahead.py); else, of several waiting visits none of which the answer chooses, the
one asked most recently in the language the answer is written in, when that language tells
them apart. A message naming a ticket number answers no 回访 but that ticket's (`names_other`).
"""

from __future__ import annotations

import re

from sqlite_utils import Database

from bot.actions import reading, visit_ahead
from bot.actions.desk import Incoming, RouterLike
from bot.actions.visit_waiting import visits
from bot.domain.language import written_in
from bot.domain.tickets import Ticket
from bot.store import outbox
from nlp.router import RouteResult

_NUMBER = re.compile(r"(?<!\d)\d{8}-\d{4,}(?!\d)")


def names_other(db: Database, citizen_id: int, text: str) -> bool:
    """Whether `text` names a whole ticket number none of whose 回访 waits: it is about that
    ticket (to withdraw it, chase it, …), never an answer to another's 回访."""
    waiting = {ticket.number for ticket, _ in visits(db, citizen_id)}
    named = set(_NUMBER.findall(text))
    return bool(named) and not named & waiting


def finished_last(db: Database, msg: Incoming, route: RouteResult | None, router: RouterLike
                  ) -> tuple[Ticket, dict[str, str]] | None:
    """The ticket just finished a positive answer naming nothing is typed ahead for (and the
    answers), when its 办结 was told after every waiting 回访 was asked; else None."""
    ahead = visit_ahead.finished_one(db, msg, route, router)
    if ahead is None:
        return None
    waiting = [ticket for ticket, _ in visits(db, msg.user_id)]
    told = _last_told(db, ahead[0])
    return ahead if all(_last_told(db, ticket) < told for ticket in waiting) else None


def in_language(db: Database, msg: Incoming) -> tuple[Ticket, str] | None:
    """Of several waiting visits, the one asked most recently of those whose ticket is in the
    language the answer is written in, when only some are; None when it tells them not apart."""
    said = written_in(msg.text)
    waiting = visits(db, msg.user_id)
    own = [(ticket, question) for ticket, question in waiting
           if reading.language(db, msg.user_id, ticket.id) == said]
    if said is None or not own or len(own) == len(waiting):
        return None
    return max(own, key=lambda visit: _last_told(db, visit[0]))


def _last_told(db: Database, ticket: Ticket) -> int:
    """The order of the latest message the bot queued to the citizen about `ticket`."""
    return outbox.last_queued(db, ticket.chat_id, ticket.id)
