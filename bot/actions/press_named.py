"""Which open ticket a press naming its matter presses (井盖那个事怎么还没人来修，快点啊 from a
citizen with an open 井盖 ticket: nlp/chase_named.py): read as a press, never as a new report
of the same matter. What a press then does is bot/actions/chase.press's."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions.chase_matter import core, named_best
from bot.actions.desk import Desk, Incoming
from bot.config import FALLBACK_UNIT
from bot.domain import reading
from bot.domain.tickets import Ticket
from bot.store import tickets
from nlp.chase_named import pressed
from nlp.emergency import assess
from nlp.tokenizer import normalize

_EVER = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # every open ticket was received after this


def pressed_ticket(desk: Desk, db: Database, msg: Incoming) -> Ticket | None:
    """The writer's open ticket whose matter a press names (by a word that routed it, or its
    own words), when the message says nothing besides of another matter or a new danger; None
    when it is no such press or no open ticket of theirs is of that matter (then a report)."""
    found = pressed(normalize(msg.text))
    if found is None or assess(found.rest).cues:
        return None  # …，现在又着火了: a danger happening now is a report
    mine = tickets.open_of_citizen_since(db, msg.user_id, _EVER)
    route = desk.router.route(found.span)
    if route.keywords:
        ticket = named_best([t for t in mine if reading.about(
            reading.Open.of(t), route.keywords, None) > 0], list(route.keywords), anyhow=True)
    elif found.marked and (word := core(found.span)):
        ticket = named_best(mine, [word])  # 水的事到现在还没人管: a word no unit has alone
    else:
        return None
    if ticket is None:
        return None
    besides = desk.router.route(found.rest)
    if besides.kind != "noise" and besides.unit != FALLBACK_UNIT \
            and not any(word in ticket.text for word in besides.keywords):
        return None  # …怎么还没人管，我家楼上也漏水了: a matter of its own
    return ticket
