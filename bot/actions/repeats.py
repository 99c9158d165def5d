"""A report told again: the very same words within the hour, a near-duplicate in a flood (only a
counter changed), or the same emergency told again in other words, joins the ticket it opened
instead of opening a second one (bot/actions/citizen.receive)."""

from __future__ import annotations

import datetime as dt
import re

from sqlite_utils import Database

from bot.actions.desk import Incoming
from bot.domain.tickets import Ticket
from bot.store import tickets
from nlp import chase_referred
from nlp.emergency import assess
from nlp.router import RouteResult
from nlp.tokenizer import normalize

REPEAT_MINUTES = 60  # the same words again within this time join the ticket they opened
_WORDS = re.compile(r"[\s\W_]+")  # what two copies of one report may differ in
NEAR_REPEAT_SECONDS = 60  # the flood window: a near-duplicate within it joins the same ticket
# … and two near-duplicates in a flood (第3号投诉 …, 第4号投诉 …): a number that is no address
# (3号楼, 5栋, 201室 are different places, so they stay).
_COUNTER = re.compile(r"\d+(?!\d)(?!号?[楼栋幢单元室户层院排组巷弄路街村门铺])")


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
    """The citizen's open urgent ticket since then whose emergency is of this message's kind; only
    a message that is itself an emergency by its own words joins (never a calm complaint)."""
    said = normalize(msg.text)
    if (referring := chase_referred.split(said)) is not None:
        said = referring[1]  # 刚才煤气那个事，现在又着火了: the danger told now is the fire
    found = assess(said)
    kind = found.hazard
    if not kind or not found.cues:
        return None
    return next((ticket for ticket in tickets.open_of_citizen_since(db, msg.user_id, since)
                 if ticket.urgent and assess(normalize(ticket.text)).hazard == kind), None)


def _near(text: str) -> str:
    """The words of a report with its counters set aside (numbers that name no place)."""
    return _WORDS.sub("", _COUNTER.sub("", text))

