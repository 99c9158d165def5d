"""An answer to a unit's question (refs #10): after `/reply 5 哪栋楼几单元？`, a short message
that only gives a place, a time, a phone number or a yes or no (3号楼2单元，俺家502，楼上602;
nlp.answered) within ANSWER_HOURS is a 补充 to that ticket, told to its unit, not a new ticket."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.desk import Incoming
from bot.domain.tickets import Ticket
from bot.store import asked
from nlp.answered import answers, asks
from nlp.router import RouteResult

ANSWER_HOURS = 24  # a unit's question is answered within this time


def answered(db: Database, msg: Incoming, route: RouteResult | None, now: dt.datetime
             ) -> Ticket | None:
    """The citizen's open ticket whose unit's last reply asked what this message answers."""
    if msg.kind != "text" or (route is not None and route.urgent) or not answers(msg.text):
        return None
    since = now - dt.timedelta(hours=ANSWER_HOURS)
    return next((ticket for ticket, words, _ in asked.replies_since(db, msg.user_id, since)
                 if asks(words)), None)
