"""A message the citizen forwarded (someone else's words: a neighbour's complaint, a group's or a
channel's post). It is no speech of the citizen's about their tickets — no answer to a 回访, no
withdrawal, correction or chase — but either a report, filed as forwarded (the ticket keeps
where it came from, bot/store/forwards.py; the citizen's answer and the unit's push say so), the
same report told again (bot/actions/repeats.py), or no report at all (a public notice, an advert):
nothing filed, and the citizen asked what they want done."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlite_utils import Database

from bot.actions import repeats
from bot.actions.desk import Desk, Incoming
from bot.domain.tickets import Ticket
from bot.store import forwards
from bot.texts import forwarded as texts
from nlp.router import RouteResult


def take(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None, now: dt.datetime,
         report: Callable[[Ticket | None], None]) -> None:
    """A forwarded message with words: one with no request (noise) asked about, a report told
    again joined (or linked to the finished ticket of its matter, `report(earlier)`), else
    `report(None)`."""
    if route is None or (route.kind == "noise" and not route.urgent):
        desk.say(db, msg, "noise", texts.not_a_report(), now)  # asked what they want done
    elif not repeats.answer(desk, db, msg, route, now) \
            and not repeats.again(desk, db, msg, route, now, report):
        report(None)


def keep(db: Database, ticket: Ticket, msg: Incoming, now: dt.datetime) -> str:
    """Record that `ticket` was opened by a forwarded message; the line for its citizen ("" for
    their own words)."""
    if msg.forwarded is None:
        return ""
    forwards.keep(db, ticket.id, msg.forwarded, msg.user_id, now)
    return texts.received_line(msg.forwarded.kind, msg.forwarded.name)
