"""A report told again: the very same words within the hour, a near-duplicate in a flood (only a
counter changed), the same report said shorter or longer within a minute of the first (restated),
or the same emergency told again in other words, joins the ticket it opened
instead of opening a second one (bot/actions/citizen.receive). Days on, the same matter at the
same place (bot/domain/reading.same_report) joins the citizen's ticket of it still open as a 补充
(its unit urged when late), or opens a ticket linked to one finished within SAME_MATTER_DAYS
(与您此前的第N号诉求相关, as a reply to a finished ticket's message does: bot/actions/earlier)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from sqlite_utils import Database

from bot.actions import chase, supplement
from bot.actions.desk import Desk, Incoming
from bot.domain import reading
from bot.domain.ticket_words import masked_text
from bot.domain.tickets import State, Ticket
from bot.render import truncate
from bot.store import due, inbox, tickets
from bot.texts import common, for_citizen, pressed, told_again
from nlp import chase_referred
from nlp.emergency import assess
from nlp.router import RouteResult
from nlp.tokenizer import normalize
from nlp.urgent_same import same_event

REPEAT_MINUTES = 60  # the same words again within this time join the ticket they opened
# … and are answered (无需重复发送) this many times within it; later copies join it silently, so
# 25 copies sent fast get two answers, not nineteen (outside tester T27, finding 21).
ANSWERED_REPEATS = 2
_WORDS = re.compile(r"[\s\W_]+")  # what two copies of one report may differ in
NEAR_REPEAT_SECONDS = 60  # the flood window: a near-duplicate within it joins the same ticket
# … and two near-duplicates in a flood (第3号投诉 …, 第4号投诉 …): a number that is no address
# (3号楼, 5栋, 201室 are different places, so they stay).
_COUNTER = re.compile(r"\d+(?!\d)(?!号?[楼栋幢单元室户层院排组巷弄路街村门铺])")


FAST_SECONDS = 60  # a report told again this soon after it was written is the same telling
FAST_LOOKED_AT = 3  # the citizen's newest open tickets such a telling is looked for among
SAME_MATTER_DAYS = 30  # a finished ticket's matter told again within this links the new ticket
LOOKED_AT = 50  # the citizen's newest tickets a matter told again is looked for among
_FINISHED = (State.RESOLVED, State.CLOSED)


def answer(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None,
           now: dt.datetime) -> bool:
    """Answer a report told again soon (repeat_of): it joins its ticket; an emergency presses its
    unit, as a chase does. False when it is none."""
    same = repeat_of(db, msg, now, route)
    if same is None and (found := restated(db, msg, route, now)) is not None:
        same, adds = found
        if adds:  # 井盖丢了, then 俺家门口的井盖丢了: where it is, kept on the first telling
            supplement.add(desk, db, same, msg, msg.text, now)
            return True
    if same is None:
        return False
    tickets.log_event(db, same.id, now, msg.user_id, "citizen", "repeated",
                      detail=msg.text.strip() or None)  # its words, read in /show
    if same.urgent:
        chase.press(desk, db, msg, same, now)
    elif tickets.count_events(db, same.id, "repeated", now - dt.timedelta(
            minutes=REPEAT_MINUTES)) <= ANSWERED_REPEATS:  # this one included
        desk.receipt(db, msg, same, for_citizen.already_reported(
            same.number, common.STATE_NAMES[same.state.value]), now, key="repeat")
    return True


def again(desk: Desk, db: Database, msg: Incoming, route: RouteResult | None, now: dt.datetime,
          report: Callable[[Ticket], None]) -> bool:
    """A matter of the citizen's told again days on, at the same place: a 补充 to its ticket
    still open (the unit urged, once a day, when it is late), or, for one finished within
    SAME_MATTER_DAYS, `report(earlier)` (a new ticket linked to it). False when it is none."""
    earlier = told_before(db, msg, route, now)
    if earlier is None:
        return False
    if not earlier.is_open:
        report(earlier)
        return True
    late = _late(desk, earlier, now)
    supplement.add(desk, db, earlier, msg, msg.text, now, told_again.joined_open(
        earlier.number, common.STATE_NAMES[earlier.state.value], late,
        desk.config.deadlines.accept_hours))
    day = now.astimezone(desk.config.county.tz).date().isoformat()
    if late and due.claim(db, f"chased:{earlier.id}:{day}", now):  # one 催办 a day, as chase's
        tickets.log_event(db, earlier.id, now, msg.user_id, "citizen", "chased")
        desk.tell_unit(db, earlier, f"chased:{day}", pressed.citizen_chased_for_unit(
            earlier.number, truncate(masked_text(earlier), 40), desk.when(earlier.deadline)), now)
    return True


def restated(db: Database, msg: Incoming, route: RouteResult | None, now: dt.datetime
             ) -> tuple[Ticket, bool] | None:
    """The citizen's open ticket whose report `msg` tells again within FAST_SECONDS of writing
    it (by when each message was written: a busy bot, one getUpdates batch or a restart between
    them changes nothing), with whether it adds words. Telling again is saying it shorter
    (俺家门口的井盖丢了, then 井盖丢了) or longer (井盖丢了, then 俺家门口的井盖丢了): one's words
    within the other's, of the same unit's matter and no other, no emergency. Two reports with
    details of their own (家里停水两天了，孩子…, then 停水三天了，联系人…) stay two."""
    if msg.forwarded is not None or msg.edited or route is None or route.urgent \
            or route.kind != "report" or not route.keywords or route.also:
        return None
    words = _WORDS.sub("", normalize(msg.text))
    written = inbox.written_at(db, msg.chat_id, msg.message_id) or now
    since = written - dt.timedelta(hours=1)  # handled after it was written, never long before
    for ticket in tickets.open_of_citizen_since(db, msg.user_id, since)[:FAST_LOOKED_AT]:
        first = inbox.opening_written_at(db, ticket.id) or ticket.received_at
        told = _WORDS.sub("", normalize(ticket.text))
        if ticket.unit != route.unit or ticket.pending_until is not None or ticket.logged_by \
                or abs((written - first).total_seconds()) > FAST_SECONDS or min(
                    len(words), len(told)) < 2:
            continue
        if _within(words, told):
            return ticket, False
        if _within(told, words):
            return ticket, True
    return None


def _within(short: str, long: str) -> bool:
    """Whether `short`'s words stand in `long` whole: not a number cut out of a longer one
    (0号楼停水 is not within 10号楼停水: another building)."""
    at = long.find(short)
    end = at + len(short)
    return at >= 0 and not (at and short[0].isdigit() and long[at - 1].isdigit()) \
        and not (end < len(long) and short[-1].isdigit() and long[end].isdigit())


def told_before(db: Database, msg: Incoming, route: RouteResult | None, now: dt.datetime
                ) -> Ticket | None:
    """The citizen's newest ticket whose matter at whose place `msg` tells again: one still
    being handled, or one finished (办结 or 销号) within SAME_MATTER_DAYS; never an emergency
    (told again, it is a report of its own with its advice) nor one a photo still waits on."""
    if route is None or route.urgent or route.kind != "report" or not msg.text.strip():
        return None
    since = now - dt.timedelta(days=SAME_MATTER_DAYS)
    for ticket in tickets.of_citizen(db, msg.user_id, LOOKED_AT):
        if ticket.logged_by or ticket.pending_until is not None or not (ticket.is_open or (
                ticket.state in _FINISHED and (ticket.resolved_at or ticket.received_at) >= since)):
            continue
        seen = reading.Open.of(ticket, tickets.units_passed(db, ticket))
        if reading.same_report(msg.text, route, seen):
            return ticket
    return None


def _late(desk: Desk, ticket: Ticket, now: dt.datetime) -> str:
    """How the unit is late with an open ticket: "overdue" (past its deadline), "unsigned" (not
    signed for within `accept_hours`), or "" when it is not."""
    sign_by = ticket.received_at + dt.timedelta(hours=desk.config.deadlines.accept_hours)
    if ticket.overdue or (ticket.deadline is not None and now >= ticket.deadline):
        return "overdue"
    return "unsigned" if ticket.state is State.NEW and now >= sign_by else ""


def repeat_of(db: Database, msg: Incoming, now: dt.datetime,
               route: RouteResult | None = None) -> Ticket | None:
    """The citizen's open ticket of the last hour with the very same words (pasted or sent
    again while waiting, even with other reports in between), which a repeat joins instead
    of opening a second ticket; or, within the flood window of its last such message, the same
    words once digits are set aside (a flood of 第N号投诉：小区路灯不亮了 N, only a number changed);
    or, for an emergency, their urgent ticket of the last hour of the same kind (有人落水了 then
    someone drowning: the same danger told again in other words or another language)."""
    words, near = _WORDS.sub("", msg.text), _near(msg.text)
    since = now - dt.timedelta(minutes=REPEAT_MINUTES)
    window = now - dt.timedelta(seconds=NEAR_REPEAT_SECONDS)
    for ticket in tickets.open_of_citizen_since(db, msg.user_id, since):
        if _WORDS.sub("", ticket.text) == words:
            return ticket
        if (near and _near(ticket.text) == near
                and tickets.event_at(db, tickets.intake_event(db, ticket.id)) >= window):
            return ticket
    return _same_danger(db, msg, since) if route is not None and route.urgent else None


def _same_danger(db: Database, msg: Incoming, since: dt.datetime) -> Ticket | None:
    """The citizen's open urgent ticket since then whose emergency this message only tells again
    (nlp.urgent_same: of its kind, naming nobody and nothing it does not); only a message that is
    itself an emergency by its own words joins (never a calm complaint)."""
    said = normalize(msg.text)
    if (referring := chase_referred.split(said)) is not None:
        said = referring[1]  # 刚才煤气那个事，现在又着火了: the danger told now is the fire
    found = assess(said)
    if not found.hazard or not found.cues:
        return None
    # Of one kind is not one event: a knife attack after a suicide message, a missing child
    # after a drunk man at the door, is an emergency of its own (nlp.urgent_same).
    return next((ticket for ticket in tickets.open_of_citizen_since(db, msg.user_id, since)
                 if ticket.urgent and same_event(said, found, told := normalize(ticket.text),
                                                 assess(told))), None)


def _near(text: str) -> str:
    """The words of a report with its counters set aside (numbers that name no place)."""
    return _WORDS.sub("", _COUNTER.sub("", text))

