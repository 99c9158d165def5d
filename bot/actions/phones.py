"""The phone numbers a ticket has, for a call-back: the contact the citizen shared, whole numbers
in the citizen's own words (one told in two messages joined; whose each is when the words say,
bot.domain.privacy.whose: 我女儿电话…, 我是她孙子，电话…), one shared earlier, and — when the
ticket itself has none of its own — one the same citizen left on another of their tickets (an
outside tester, refs #10: a citizen who blocked the bot was said to have left no phone while their
other ticket held one). Read by /contact and by whoever must know whether the citizen can be
phoned at all (a block, the phone 回访); for an offline demand, the numbers its logger wrote in a
/note. Below the request context, so both may use it."""

from __future__ import annotations

from sqlite_utils import Database

from bot.domain.privacy import scan
from bot.domain.privacy.dialable import joined, whole
from bot.domain.privacy.whose import OTHERS, whose
from bot.domain.tickets import Ticket
from bot.store import forwards, logged, own_words, people, ticket_phones, tickets

LOOKED_AT = 200  # a citizen's newest tickets looked at (one query) for a number left on another
ELSEWHERE = "ticket:"  # where-from code of a number on another ticket: ticket:NUMBER
FORWARDED = "forwarded"  # where-from code of a number in a message the citizen forwarded


def numbers(db: Database, ticket: Ticket, nearest: bool = False) -> list[tuple[str, str, str]]:
    """(number, where it came from, whose the words say it is or "") for each phone number a
    ticket has, the shared one first; one on another ticket of the same citizen's comes from
    `ticket:NUMBER` (that ticket's), newest first. `nearest`: of the other tickets, only the
    newest that has one (enough to know whether the citizen can be phoned, and from where)."""
    found = _on(db, ticket)
    if ticket.citizen_id:
        shared, owner = people.shared_phone(db, ticket.citizen_id)
        if shared:
            found.setdefault(shared, ("profile_other" if owner == OTHERS else "profile", ""))
    # Someone else's number (他电话是…, a forwarded message's) is no way to the citizen: another
    # ticket's own number is looked for past it (round 21: a neighbour's number on the newest
    # other ticket hid the citizen's own on an older one, and a blocked citizen was said to have
    # left no phone while /contact listed it).
    if not _callable(found) and ticket.citizen_id and not ticket.logged_by:
        for other in own_words.of_citizen(db, ticket.citizen_id, LOOKED_AT, ticket.id):
            for phone, (_, owner) in _in(other.phone, other.words).items():
                found.setdefault(phone, (f"{ELSEWHERE}{other.number}", owner))
            if nearest and _callable(found):
                break
    if nearest:
        found = _callable(found)
    return [(phone, source, owner) for phone, (source, owner) in found.items()]


def call_back(db: Database, ticket: Ticket) -> str | None:
    """Whether the citizen of `ticket` can be phoned, and from where: None when no number of
    theirs is known (none in their words, none shared, none on another of their tickets), ""
    when the ticket holds one, else the number of their other ticket that does. The one answer
    every text saying so reads: the unit's notice of a block, /reply, /done, the 回访 by phone."""
    found = numbers(db, ticket, nearest=True)
    return elsewhere(found) if found else None


def _callable(found: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """The numbers of `found` that reach the citizen: not someone else's, not forwarded."""
    return {p: (s, o) for p, (s, o) in found.items() if s != FORWARDED and o != OTHERS}


def elsewhere(found: list[tuple[str, str, str]]) -> str:
    """The number of the other ticket the numbers came from, when none is the ticket's own
    ("" when one is, or there are none)."""
    sources = {source for _, source, _ in found}
    if not sources or any(not s.startswith(ELSEWHERE) for s in sources):
        return ""
    return found[0][1].removeprefix(ELSEWHERE)


def _on(db: Database, ticket: Ticket) -> dict[str, tuple[str, str]]:
    """number → ("shared", "shared_other", "text" or "logged", whose the words say it is or
    "") for the numbers on the ticket itself."""
    # A forwarded message is someone else's words: a number in it is not the citizen's.
    forwarded = {phone: (FORWARDED, "") for phone in _in(None, [ticket.text])} \
        if forwards.origin(db, ticket.id) else {}
    found = _in(ticket.phone, [ticket.text, *tickets.citizen_texts(db, ticket.id)],
                ticket_phones.phone_owner(db, ticket.id) == OTHERS if ticket.phone else False)
    found.update({phone: forwarded[phone] for phone in found if phone in forwarded
                  and found[phone][0] == "text"})
    if ticket.logged_by:  # an offline demand: the logger may /note the citizen's phone
        for note in logged.logger_notes(db, ticket):
            for phone in scan(note).phones:
                if whole(phone):
                    found.setdefault(phone, ("logged", ""))
    return found


def _in(shared: str | None, told: list[str], others: bool = False) -> dict[str, tuple[str, str]]:
    """number → ("shared", "shared_other" or "text", whose the words say it is or "") for a
    ticket's shared contact (`others`: someone else's card, its user id another's) and the whole
    numbers in its words (`told`, in order)."""
    found: dict[str, tuple[str, str]] = {}
    if shared:
        found[shared] = ("shared_other", "他人") if others else ("shared", "")
    for text in told:
        owners = whose(text)
        for phone in scan(text).phones:
            if whole(phone):  # 有事打电话139 0537: masked, but no number to call
                found.setdefault(phone, ("text", owners.get(phone, "")))
    for phone in joined(told):  # …139 0537, then 5678 找我就行
        found.setdefault(phone, ("text", ""))
    return found
