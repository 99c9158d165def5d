"""A new message that speaks of a citizen's earlier, finished ticket as well as a new matter: thanks
for it said with a new problem (上次路灯修好了谢谢你们，还有俺村东头的桥栏杆断了), or a reply to the
bot's message about it that tells a new one, or its matter told again in full within
LATE_ANSWER_DAYS of its 默认满意 closure (路灯又坏了，晚上黑咕隆咚的). The new matter is a ticket
of its own; the earlier ticket is not lost from it: the thanks reach its unit and stay in its
history, and a reply or the matter told again links the new ticket to it (the citizen's
acknowledgement and the units say which).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming
from bot.domain import reading
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import State, Ticket
from bot.domain.visit import LATE_ANSWER_DAYS, Rating
from bot.render import truncate
from bot.store import tickets, visits
from bot.texts import common
from bot.texts import earlier as texts
from bot.texts.common import unit_label
from nlp.router import RouteResult
from nlp.thanked import tells_done, thanks_then

LOOKED_AT = 20  # the citizen's newest tickets thanks may be for
_FINISHED = (State.RESOLVED, State.CLOSED)
# Why a new ticket is linked to an earlier one (bot.texts.earlier names each for the unit).
REPLY, AGAIN, RETOLD = "reply", "again", "retold"


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


def retold_of(db: Database, msg: Incoming, route: RouteResult | None, now: dt.datetime
              ) -> Ticket | None:
    """The writer's ticket closed as 默认满意 within LATE_ANSWER_DAYS whose matter a new report
    tells again (路灯又坏了 after the lamp ticket): a word that routed it is in the ticket's own
    words or its routing keywords, or — routed to a unit the ticket went to — shares a word of
    two characters with them (路灯不亮 and 路灯坏了). None for another matter (下水道堵了)."""
    if route is None or route.kind != "report" or not route.keywords:
        return None
    since = now - dt.timedelta(days=LATE_ANSWER_DAYS)
    for ticket in visits.closed_by_default(db, msg.user_id, since):
        told = " ".join((ticket.text, *ticket.keyword_list))
        if any(word in told for word in route.keywords):
            return ticket
        if route.unit in tickets.units_passed(db, ticket) and any(
                word[i:i + 2] in told for word in route.keywords for i in range(len(word) - 1)):
            return ticket
    return None


def link(desk: Desk, db: Database, new: Ticket, earlier: Ticket, msg: Incoming,
         now: dt.datetime, why: str = REPLY) -> None:
    """Link a new ticket to an earlier finished one of the citizen's — told in reply to its
    message (REPLY), its matter told again at its place (AGAIN, bot/actions/repeats.again) or
    after it closed as 默认满意 (RETOLD, retold_of) — in both histories; its unit told which
    earlier matter it follows and how that one ended (`ending`), and the earlier one's unit,
    when another, that its matter came back; each told which unit has the other."""
    tickets.log_event(db, new.id, now, msg.user_id, "citizen", "related", detail=earlier.number)
    tickets.log_event(db, earlier.id, now, msg.user_id, "citizen", "related", detail=new.number)
    config, apart = desk.config, earlier.unit != new.unit

    def note(handled: str) -> str:
        return texts.related_for_unit(
            new.number, earlier.number, truncate(masked_text(earlier), 60),
            truncate(masked(earlier, earlier.result or ""), 60), why, ending(earlier), handled)

    desk.tell_unit(db, new, "related", note(
        texts.held_by(unit_label(config, earlier.unit), True) if apart else ""), now)
    if apart:
        desk.tell_unit(db, earlier, f"related:{new.number}", note(
            texts.held_by(unit_label(config, new.unit), False)), now)


def ending(ticket: Ticket) -> str:
    """How a finished ticket ended, as a unit judging a new one linked to it needs it: closed
    as 默认满意 (nobody answered its 回访: nothing confirmed), closed with the citizen's answers,
    still waiting for its 回访, or withdrawn."""
    if ticket.state is State.WITHDRAWN:
        return texts.ended_as("withdrawn")
    if ticket.state is State.RESOLVED:
        return texts.ended_as("awaiting")
    if ticket.rating == Rating.DEFAULT:
        return texts.ended_as("default")
    if ticket.rating or ticket.solved is not None:
        return texts.ended_as("rated", ticket.solved,
                              common.rating_name(ticket.rating) if ticket.rating else "")
    return texts.ended_as("closed")
