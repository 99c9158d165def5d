"""The citizen's own tickets: /my lists them newest first, a page at a time (also the answer to
a question after all their matters at once, 我反映的那几个问题现在都咋样了); /status shows each
with its history."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import partial

from sqlite_utils import Database

from bot.actions import numbers
from bot.actions.desk import Desk, Incoming, as_listed
from bot.domain.tickets import State
from bot.store import inbox, tickets
from bot.texts import for_citizen, lookup
from bot.texts.common import dated_result, unit_label
from bot.texts.history import citizen_lines

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
    #1, 1号) when only one of the asker's tickets has it; a range (3-4) gives each of its own."""
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
        for index, word in enumerate(dict.fromkeys(words)):
            _status_of(desk, db, msg, word, f"status:{index}", now)


def _status_of(desk: Desk, db: Database, msg: Incoming, word: str, key: str,
               now: dt.datetime) -> None:
    """One word of /status answered: the ticket it names, or what is wrong with it."""
    if numbers.typed(word) is None:
        desk.say(db, msg, key, lookup.status_not_a_number(word), now)
        return
    found = numbers.resolve(db, word, lambda t: t.citizen_id == msg.user_id)
    if found.several:
        desk.say(db, msg, key, lookup.status_ambiguous(word, list(found.several), found.count),
                 now)
        return
    ticket = found.ticket
    if ticket is None or ticket.citizen_id != msg.user_id:
        desk.say(db, msg, key, for_citizen.not_found(word), now)
        return
    history = citizen_lines(tickets.history(db, ticket.id), desk.when,
                            partial(unit_label, desk.config))
    desk.say(db, msg, key, for_citizen.ticket_status(
        ticket.number, ticket.state.value, unit_label(desk.config, ticket.unit), ticket.text,
        desk.when(ticket.deadline), history,
        ticket.result and dated_result(ticket.result, ticket.resolved_at, desk.config.county.tz),
        # After a 重办 the stored result is the one the citizen turned down, until the
        # unit finishes again.
        ticket.state in (State.RESOLVED, State.CLOSED) or not ticket.reopen_count,
    ), now, ticket.id)
