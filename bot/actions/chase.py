"""A chase (群众催办): a citizen asks after an earlier report (nlp.chase: 催一下, 人呢？？, any update
on my report?, `NUMBER 怎么样了`). It opens no ticket and reaches the unit of the ticket it names,
if that is the writer's own, or else of their newest open ticket: once a county day for an
ordinary matter, so that chasing again adds no noise to the unit's chat; at once for an urgent
one, where every minute counts (at most one alert every URGENT_MINUTES, so that a panicked burst
of 人呢/快点/急死了 is one alert, not a flood). A cry for help naming nothing else (快来人啊), which
alone is an emergency, presses an emergency the writer just told instead of opening another.
"""

from __future__ import annotations

import datetime as dt
import re

from sqlite_utils import Database

from bot.actions.chase_matter import core, named_best
from bot.actions.desk import Desk, Incoming, as_listed
from bot.config import FALLBACK_UNIT
from bot.domain import reading
from bot.domain.delivery import Priority
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import State, Ticket, looks_like_number
from bot.render import truncate
from bot.store import due, tickets
from bot.texts import common, for_citizen, for_supervisors, lookup, pressed, progress, safety
from bot.texts.common import unit_label
from nlp.chase import is_chase, is_cry, numbered_chase, ticket_number
from nlp.chase_referred import names_ticket, of_all, referred
from nlp.emergency import assess
from nlp.router import RouteResult
from nlp.tokenizer import normalize
from nlp.urgent_taken import DESPAIR_KIND as DESPAIR

URGENT_MINUTES = 3  # an urgent ticket's unit is alerted by a chase at most this often
PICK_SHOWN = 5  # a sequence several of the writer's open tickets share lists this many
CRY_HOURS = 2  # a cry for help this soon after an emergency told presses that emergency
SAID_SHOWN = 300  # characters of a press's own words the unit is shown
_SPACE = re.compile(r"[\s\W_啊呀吧呢啦哇嘛哦]+")  # what a press and the ticket may differ in
_EVER = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # every open ticket was received after this


def chase(desk: Desk, db: Database, msg: Incoming, now: dt.datetime,
          number: str | None = None) -> None:
    """A chase: of the ticket it names, whole or by its daily sequence (only the writer's own; any
    other number gets the answer a missing one gets, so nothing is learnt by probing), else of
    the newest open one. A sequence that several of the writer's open tickets share is asked
    back, each of them as /my lists it. `number`: one read already (a bare 5号, number_of)."""
    number = number or ticket_number(normalize(msg.text))
    if number is None:
        ticket = tickets.latest_open_of_citizen(db, msg.user_id)
        if ticket is None:
            desk.say(db, msg, "chase", for_citizen.NOTHING_TO_CHASE, now)
            return
    else:
        mine = _named(db, msg.user_id, number)
        if not mine:
            desk.say(db, msg, "chase", for_citizen.not_found(number), now)
            return
        if len(mine) > 1 and sum(t.is_open for t in mine) != 1:
            desk.say(db, msg, "chase", lookup.chase_which(
                number, [as_listed(t) for t in mine[:PICK_SHOWN]], len(mine)), now)
            return
        named = next((t for t in mine if t.is_open), mine[0])
        if not named.is_open:
            desk.say(db, msg, "chase", for_citizen.chase_of_closed(
                named.number, common.STATE_NAMES[named.state.value]), now, named.id)
            return
        ticket = named
    press(desk, db, msg, ticket, now)


def number_of(db: Database, msg: Incoming, route: RouteResult | None) -> str | None:
    """The ticket number a chase names where the router sees a report (nlp.chase.numbered_chase):
    after a short clause (联系过了。0005号怎么还没人管: any number, so that one not the writer's
    gets the answer a missing one gets), or bare (5号的事有人管吗, 我那个3号的事呢) when the
    writer has a ticket of that number — a 5号 of nobody's may be a date and is left to the
    router. An emergency told in the clause before the number is left to be one."""
    found = numbered_chase(normalize(msg.text))
    if found is None or (found.led and route is not None and route.urgent):
        return None
    if found.bare and not _named(db, msg.user_id, found.number):
        return None
    return found.number


def names_open(db: Database, msg: Incoming, route: RouteResult | None) -> bool:
    """True when the message is a chase naming by number only tickets of the writer's still
    being handled (3号那个咋还没人管 with two open No. 3): no answer to a 回访, which only a
    finished ticket has — `chase` presses it, or asks which one as /status does."""
    number = number_of(db, msg, route)
    mine = _named(db, msg.user_id, number) if number is not None else []
    return bool(mine) and all(t.is_open for t in mine)


def _named(db: Database, citizen_id: int, number: str) -> list[Ticket]:
    """The writer's tickets a chase's number names, newest first: the one with that whole number,
    or those with that daily sequence (0005号, 5号单子). Nobody else's is ever among them."""
    if looks_like_number(number):
        named = tickets.by_number(db, number)
        return [named] if named is not None and named.citizen_id == citizen_id else []
    return [t for t in tickets.of_citizen(db, citizen_id, tickets.SQL_INT_MAX)
            if int(t.number.rpartition("-")[2]) == int(number)]


def referred_to(desk: Desk, db: Database, msg: Incoming) -> Ticket | None:
    """The open ticket of the writer's that a chase naming its matter presses (刚才煤气那个事，
    人到现在还没来: nlp.chase_referred), even when it names a hazard: the newest of those whose
    matter the reference names (its kind of danger, a word that routed it, or its unit), or the
    newest open one when it names no matter (刚才那个事). None when it is no such chase, names
    a matter none of their open tickets is about, or tells besides a matter of another unit
    (…到现在没人管，我家楼上漏水): then it is told as a report, and nothing is lost."""
    found = referred(normalize(msg.text))
    if found is None or of_all(found[0]):  # all of them: asks_after_all
        return None
    span, rest = found
    mine = tickets.open_of_citizen_since(db, msg.user_id, _EVER)
    hazard, route = assess(span).hazard, desk.router.route(span)
    if not hazard and (route.kind == "noise" or route.unit == FALLBACK_UNIT):
        # A matter in a word no unit's list has alone (水的事, 电那个事): the ticket it names
        # best, else the newest open one.
        ticket = named_best(mine, [core(span)]) or (mine[0] if mine else None)
    else:  # the one the matter's own words name best, else the newest of its unit
        ticket = named_best([t for t in mine if _about(t, hazard, route, unit=False)],
                            list(route.keywords), anyhow=True) \
            or next((t for t in mine if _about(t, hazard, route)), None)
    # What it says besides may be more of that matter in its own words (路灯到现在还不亮), not
    # a matter of its own (我家楼上漏水), even one of the same unit.
    besides = desk.router.route(rest)
    if ticket is None or (besides.kind != "noise" and besides.unit != FALLBACK_UNIT
                          and not any(word in ticket.text for word in besides.keywords)):
        return None
    return ticket


def asks_after_all(desk: Desk, msg: Incoming) -> bool:
    """True when the message asks after all the writer's matters at once (我反映的那几个问题现在
    都咋样了: nlp.chase_referred.of_all), or after a ticket by a matter none of their open ones
    is about (修桥那个单子到哪一步了, asked when referred_to found none), and tells nothing of its
    own besides: /my answers it, for them to pick the one they mean."""
    found = referred(normalize(msg.text))
    if found is None or not (of_all(found[0]) or names_ticket(found[0])):
        return False
    besides = desk.router.route(found[1])
    return besides.kind == "noise" or besides.unit == FALLBACK_UNIT


def _about(ticket: Ticket, hazard: str, route: RouteResult, unit: bool = True) -> bool:
    """The ticket is about the matter `hazard` or `route` names: its kind of danger, or by the
    reading's rule (bot/domain/reading.about) its own words, or (with `unit`) its unit."""
    return bool((hazard and assess(normalize(ticket.text)).hazard == hazard)
                or reading.about(reading.Open.of(ticket), route.keywords,
                                 route.unit if unit else None) > 0)


def _within_time(desk: Desk, ticket: Ticket, now: dt.datetime) -> str | None:
    """When the unit must sign for a ticket not signed for yet ("" once signed), if it is still
    within its time: not urgent, not overdue, not past its sign-for or handling deadline.
    None when the unit is late (a chase urges it)."""
    if ticket.urgent or ticket.overdue or (ticket.deadline is not None and now >= ticket.deadline):
        return None
    if ticket.state is not State.NEW:
        return ""
    sign_by = ticket.received_at + dt.timedelta(hours=desk.config.deadlines.accept_hours)
    return desk.when(sign_by) if now < sign_by else None


def cried_after(db: Database, msg: Incoming, now: dt.datetime) -> Ticket | None:
    """The emergency a cry for help naming nothing else (救命啊快来人, nlp.chase.is_cry) presses:
    the writer's newest open ticket when it is urgent and was told in the last CRY_HOURS."""
    if not is_cry(normalize(msg.text)):
        return None
    ticket = tickets.latest_open_of_citizen(db, msg.user_id)
    if ticket is None or not ticket.urgent or now - ticket.received_at > dt.timedelta(
            hours=CRY_HOURS):
        return None
    return ticket


def press(desk: Desk, db: Database, msg: Incoming, ticket: Ticket, now: dt.datetime) -> None:
    """Chase an open ticket of the writer's that is urgent or whose unit is late (overdue, past
    its time to sign for it or to finish it): its unit is told (as often as its urgency asks) and the
    citizen is told it was. While the unit is within its time nobody is urged — a 催办 is a
    supervision act for a late unit and counts against it —: the citizen is told where the
    ticket stands and when the unit is due, and a press (催一下, 有人管吗) is kept on the ticket
    as 群众催问, for the unit to see with it."""
    sign_by = _within_time(desk, ticket, now)
    if sign_by is not None:  # the unit is not late: no 催办, the citizen told where it stands
        # 催一下 or 有进展吗 on a fresh ticket: kept on it (群众催问), once a county day.
        day = now.astimezone(desk.config.county.tz).date().isoformat()
        if due.claim(db, f"asked:{ticket.id}:{day}", now):
            tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "asked",
                              detail=msg.text.strip() or None)
        desk.say(db, msg, "chase", progress.within_time(
            ticket.number, unit_label(desk.config, ticket.unit),
            common.STATE_NAMES[ticket.state.value], sign_by, desk.when(ticket.deadline),
            tickets.older_of_citizen(db, msg.user_id, None)[1]), now, ticket.id)
        return
    said = _said(ticket, msg)  # the press's own words, when more than the ticket's
    if ticket.urgent:
        last = tickets.last_event_at(db, ticket.id, "chased")
        # A burst of 人呢/快点 is one alert; words telling more always reach the unit.
        told_now = last is None or now - last >= dt.timedelta(minutes=URGENT_MINUTES) \
            or (bool(said) and not _bare(msg.text))
        key = f"chased:{msg.update_id}"
    else:
        day = now.astimezone(desk.config.county.tz).date().isoformat()
        told_now, key = due.claim(db, f"chased:{ticket.id}:{day}", now), f"chased:{day}"
    unit_name, reached = unit_label(desk.config, ticket.unit), True
    if told_now:
        tickets.log_event(db, ticket.id, now, msg.user_id, "citizen", "chased",
                          detail=msg.text.strip() or None)
        what = truncate(masked_text(ticket), 40)
        told = (pressed.citizen_chased_urgent_for_unit if ticket.urgent
                else pressed.citizen_chased_for_unit)
        reached = desk.tell_unit(db, ticket, key, told(ticket.number, what,
                                                      desk.when(ticket.deadline), said), now) > 0
        if not reached:  # nobody at the unit to tell: the supervisors pass the chase on
            desk.tell_supervisors(db, f"chased:{ticket.id}:{key}", for_supervisors.chase_unreached(
                ticket.number, unit_name, what, ticket.urgent, said), now, ticket.id)
    if ticket.urgent:  # a 重办 is not signed for again yet: its first 签收 is not this one's
        reopened = ticket.state is State.REOPENED
        signed = ticket.accepted_at.astimezone(desk.config.county.tz).strftime(
            "%H:%M") if ticket.accepted_at and not reopened else ""
        answer = for_citizen.chased_urgent(
            ticket.number, unit_name, told_now, reached, signed, desk.when(ticket.deadline),
            ticket.deadline is not None and now >= ticket.deadline, reopened)
        if DESPAIR in (assess(normalize(ticket.text)).hazard, assess(normalize(msg.text)).hazard):
            answer = safety.at_risk_again(answer)  # a person at risk reads the words for them again
        desk.say(db, msg, "chase", answer, now, ticket.id,
                 priority=Priority.URGENT if told_now else Priority.REPLY)
        return
    still_open = tickets.older_of_citizen(db, msg.user_id, None)[1]
    desk.say(db, msg, "chase", for_citizen.chased(
        ticket.number, unit_name, desk.when(ticket.deadline), still_open, told_now, reached,
        common.STATE_NAMES[ticket.state.value]), now, ticket.id)


def _said(ticket: Ticket, msg: Incoming) -> str:
    """What the citizen wrote when pressing, masked and shortened, as the unit reads it; "" when
    it only repeats the ticket's own words."""
    words = _SPACE.sub("", normalize(msg.text))
    if not words or words in _SPACE.sub("", normalize(ticket.text)):
        return ""
    return truncate(masked(ticket, msg.text.strip()), SAID_SHOWN)


def _bare(text: str) -> bool:
    """True when a press says nothing but that: 快来人啊, 人呢, 怎么还没来."""
    said = normalize(text)
    return is_cry(said) or is_chase(said)
