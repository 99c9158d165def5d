"""A new message that speaks of a citizen's earlier, finished ticket as well as a new matter: thanks
for it said with a new problem (上次路灯修好了谢谢你们，还有俺村东头的桥栏杆断了), or a reply to the
bot's message about it that tells a new one. The new matter is a ticket of its own; the earlier
ticket is not lost from it: the thanks reach its unit and stay in its history, and a reply links
the new ticket to it (the citizen's acknowledgement and the new unit say which).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.domain import reading
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import State, Ticket
from bot.render import truncate
from bot.store import tickets
from bot.texts import earlier as texts
from bot.texts.common import unit_label
from nlp.router import RouteResult
from nlp.thanked import tells_done, thanks_then

LOOKED_AT = 20  # the citizen's newest tickets thanks may be for
_FINISHED = (State.RESOLVED, State.CLOSED)


@dataclass(frozen=True)
class Thanked:
    """Thanks for `ticket` (`said`), and the new matter told after them (`rest`, routed `route`)."""

    ticket: Ticket
    said: str
    rest: str
    route: RouteResult


def thanked(db: Database, msg: Incoming, router: reading.Router) -> Thanked | None:
    """Thanks for a finished ticket of the writer's followed by a new matter: the ticket the
    thanks name by its matter (上次路灯修好了谢谢), else, when they say something was done
    (修好了), the one finished last; None when the message thanks for nothing done, tells no
    matter after, or the writer has no finished ticket."""
    found = thanks_then(msg.text.strip())
    if found is None:
        return None
    said, rest = found
    route = router.route(rest)
    if not route.urgent and (route.kind != "report" or not route.keywords):
        return None
    done = [t for t in tickets.of_citizen(db, msg.user_id, LOOKED_AT) if t.state in _FINISHED]
    if not done:
        return None
    words, unit = reading.matter(router.route(said))
    named = reading.meant([reading.Open.of(t) for t in done], words, unit) if words else []
    if not named and not tells_done(said):
        return None  # 谢谢你们！ opening a report thanks for nothing done: the report's own words
    chosen = next((t for t in done if named and t.id == named[0].id), None) or max(
        done, key=lambda t: t.resolved_at or t.received_at)
    return Thanked(chosen, said, rest, route)


def keep_thanks(desk: Desk, db: Database, thanks: Thanked, msg: Incoming, now: dt.datetime
                ) -> None:
    """Keep the thanks in the finished ticket's history, tell its unit, and tell the citizen
    they were passed on (after the new ticket's acknowledgement)."""
    ticket = thanks.ticket
    tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "thanked", None, None,
                      thanks.said)
    desk.tell_unit(db, ticket, f"thanked:{msg.update_id}",
                   texts.thanks_for_unit(ticket.number, masked(ticket, thanks.said)), now)
    desk.say(db, msg, "thanked", texts.thanks_passed_on(
        ticket.number, unit_label(desk.config, ticket.unit)), now, ticket.id)


def link(desk: Desk, db: Database, new: Ticket, earlier: Ticket, msg: Incoming,
         now: dt.datetime) -> None:
    """Link a new ticket told in reply to a finished one: in both histories, and its unit told
    which earlier matter it follows."""
    tickets.log_event(db, new.id, now, msg.user_id, "citizen", "related", detail=earlier.number)
    tickets.log_event(db, earlier.id, now, msg.user_id, "citizen", "related", detail=new.number)
    desk.tell_unit(db, new, "related", texts.related_for_unit(
        new.number, earlier.number, truncate(masked_text(earlier), 60),
        truncate(masked(earlier, earlier.result or ""), 60)), now)
