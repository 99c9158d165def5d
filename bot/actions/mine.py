"""The citizen's own tickets as /my lists them: newest first, a page at a time; also the answer
to a question after all their matters at once (我反映的那几个问题现在都咋样了)."""

from __future__ import annotations

from sqlite_utils import Database

from bot.actions.desk import as_listed
from bot.store import tickets
from bot.texts import for_citizen

MY_TICKETS = 20  # /my lists this many a page, newest first, and says how many more there are


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
