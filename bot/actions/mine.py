"""The citizen's own tickets: /my lists them newest first, a page at a time (also the answer to
a question after all their matters at once, 我反映的那几个问题现在都咋样了); /status shows each
with its history."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import partial

from sqlite_utils import Database

from bot.actions import numbers, reading
from bot.actions.desk import Desk, Incoming, as_listed
from bot.domain.tickets import State, urged_past
from bot.store import inbox, tickets
from bot.texts import for_citizen, lookup
from bot.texts.common import dated_result, unit_label
from bot.texts.history import citizen_lines
from bot.texts.twins import joined

MY_TICKETS = 20  # /my lists this many a page, newest first, and says how many more there are
STATUS_AT_ONCE = 5  # /status answers this many numbers in one go
_STATUS_SPLIT = re.compile(r"[\s,，、;；/]+")


def listing(db: Database, citizen_id: int, page: int = 1) -> str:
    """Page `page` of the citizen's tickets, as /my shows it."""
    shown = tickets.of_citizen(db, citizen_id, MY_TICKETS, (page - 1) * MY_TICKETS)
    if not shown:  # no tickets, or a page past the last: how many there are
        older, older_open = tickets.older_of_citizen(db, citizen_id, None)
    elif len(shown) == MY_TICKETS:
        older, older_open = tickets.older_of_citizen(db, citizen_id, shown[-1].id)
    else:
        older, older_open = 0, 0
    return for_citizen.my_tickets([as_listed(t) for t in shown], older, older_open, page,
                                  MY_TICKETS)


def my_tickets(desk: Desk, msg: Incoming, page: int, now: dt.datetime) -> None:
    """/my [PAGE]: the citizen's tickets, newest first, MY_TICKETS a page."""
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return
        desk.say(db, msg, "my", listing(db, msg.user_id, page), now)


def status(desk: Desk, msg: Incoming, typed: str, now: dt.datetime) -> None:
    """/status NUMBER [NUMBER …]: each ticket with its history, if it is the asker's. A number
    may be given whole (20261127-0001, 202611270001) or by its daily sequence alone (0001, 1,
    #1, 1号) when only one of the asker's tickets has it; a range (3-4) gives each of its own.
    Several are answered in one message."""
    words = [ref for w in _STATUS_SPLIT.split(unicodedata.normalize("NFKC", typed)) if w
             for ref in (numbers.expand(w) or [w])]  # 3-4: 3 and 4; a word no number stays
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return
        if not words:
            desk.say(db, msg, "status", for_citizen.usage("status"), now)
            return
        if len(words) > STATUS_AT_ONCE:
            desk.say(db, msg, "status", lookup.status_too_many(STATUS_AT_ONCE), now)
            return
        answers = [_status_of(desk, db, msg, word) for word in dict.fromkeys(words)]
        if len(answers) == 1:
            text, ticket_id = answers[0]
            desk.say(db, msg, "status:0", text, now, ticket_id)
            return
        # Several in one message (cut only where Telegram's length limit needs it), each in
        # the language its own answer would be read in.
        desk.say(db, msg, "status", joined("\n\n", [
            reading.text_for(db, msg.user_id, text, ticket_id) for text, ticket_id in answers]),
                 now)


def _status_of(desk: Desk, db: Database, msg: Incoming, word: str) -> tuple[str, int | None]:
    """One word of /status answered: the ticket it names, or what is wrong with it; with the
    ticket's id."""
    if numbers.typed(word) is None:
        return lookup.status_not_a_number(word), None
    found = numbers.resolve(db, word, lambda t: t.citizen_id == msg.user_id)
    if found.several:
        return lookup.status_ambiguous(word, list(found.several), found.count), None
    ticket = found.ticket
    if ticket is None or ticket.citizen_id != msg.user_id:
        return for_citizen.not_found(word), None
    history = citizen_lines(tickets.history(db, ticket.id), desk.when,
                            partial(unit_label, desk.config))
    return for_citizen.ticket_status(
        ticket.number, ticket.state.value, unit_label(desk.config, ticket.unit), ticket.text,
        desk.when(ticket.deadline), history,
        ticket.result and dated_result(ticket.result, ticket.resolved_at, desk.config.county.tz),
        # After a 重办 the stored result is the one the citizen turned down, until the
        # unit finishes again.
        ticket.state in (State.RESOLVED, State.CLOSED) or not ticket.reopen_count,
        desk.when(ticket.urge_deadline) if ticket.is_open and urged_past(ticket) else "",
    ), ticket.id
