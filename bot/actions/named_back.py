"""A report that names back a finished ticket of the writer's (nlp/named_back.py): 铁锈味那个，
今天又有味了，根本没解决 a few days after the 铁锈味 ticket closed, or 水是来了，可是放出来是黄的
right after the water ticket's 办结. It opens a ticket linked to that one (本次反映与您此前的第 N
号诉求相关, bot/actions/earlier.link), never one standing alone. Named back as the report's own
subject, it is that ticket's matter again and goes to that ticket's unit, whatever other words
the router weighed (合格, 网上); and when that ticket's result was posted to the public column,
the supervisors are told the citizen disputes it — the post is theirs to correct, not changed
by itself, since a new report is not yet a finding that the result was false. Granting what was
done (水是来了，可是…) follows on from it: routed by its own words, linked, no dispute."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.domain.ticket_words import masked_text
from bot.domain.tickets import State, Ticket
from bot.domain.visit import LATE_ANSWER_DAYS
from bot.render import truncate
from bot.store import tickets
from bot.texts import publishing
from bot.texts.common import unit_label
from nlp.named_back import back
from nlp.router import RouteResult
from nlp.tokenizer import normalize

LOOKED_AT = 20  # the writer's newest tickets a report may name back
NAMED, FOLLOWED = "named", "followed"  # why the two are linked (bot.texts.earlier names each)
_FINISHED = (State.RESOLVED, State.CLOSED)


@dataclass(frozen=True)
class Named:
    """The finished ticket a report names back, why (NAMED: its matter again; FOLLOWED: a
    follow-on granting what was done), and the route the new ticket takes."""

    ticket: Ticket
    why: str
    route: RouteResult | None


def read(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
         now: dt.datetime) -> Named | None:
    """The writer's ticket finished within LATE_ANSWER_DAYS (newest first) whose matter the
    report names back at its start — by a word of two or more characters in its words, or one
    character within a word that routed it (水 of 停水) — else None."""
    found = back(normalize(msg.text))
    if found is None or (len(found.span) < 2 and not found.granted):
        return None
    since = now - dt.timedelta(days=LATE_ANSWER_DAYS)
    for ticket in tickets.of_citizen(db, msg.user_id, LOOKED_AT):
        if ticket.state not in _FINISHED or (ticket.resolved_at or now) < since:
            continue
        told = ticket.keyword_list if len(found.span) < 2 else (ticket.text, *ticket.keyword_list)
        if any(found.span in words for words in told):
            if found.granted or route is None or route.urgent or route.unit == ticket.unit:
                return Named(ticket, FOLLOWED if found.granted else NAMED, route)
            return Named(ticket, NAMED, replace(
                route, unit=ticket.unit, unit_name=unit_label(desk.config, ticket.unit),
                keywords=(found.span,), also=tuple(c for c in route.also if c != ticket.unit)))
    return None


def disputed(desk: Desk, db: Database, new: Ticket, named: Named, msg: Incoming,
             now: dt.datetime) -> None:
    """A published result named back as the report's matter: recorded on the earlier ticket
    and told to the supervisors, to check the post (once per new ticket)."""
    earlier = named.ticket
    if named.why != NAMED or tickets.count_events(db, earlier.id, "publish") == 0:
        return
    tickets.log_event(db, earlier.id, now, msg.user_id, "citizen", "publish_questioned",
                      detail=new.number)
    desk.tell_supervisors(db, f"questioned:{new.id}", publishing.result_questioned(
        earlier.number, new.number, unit_label(desk.config, new.unit),
        truncate(masked_text(new), 80)), now, new.id)
