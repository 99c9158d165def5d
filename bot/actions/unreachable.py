"""A citizen the bot can no longer write to: Telegram refused their chat for good (403 blocked
or deactivated, 400 chat not found; handlers/delivery.py) or said they blocked the bot
(my_chat_member, handlers/members.py).

They are marked unreachable (bot.store.people), so every later confirmation says a message
could not be delivered, and each of their tickets still being worked is told to its unit, with
what to do instead: call the citizen (/contact). A ticket awaiting its 回访 goes to the
supervisors, whose phone 回访 records the answers (bot.actions.visit).

A citizen who writes to the bot again, or starts it again (my_chat_member `member`), is back:
each ticket whose unit was told otherwise is told, once (and the supervisors, of those they
were told nobody could reach), and a 回访 that went to the supervisors only because the citizen
was out of reach goes back to the citizen — unless a supervisor has begun recording it by phone
(bot.actions.visit_phone.back_to_citizen): that one goes back only when the citizen's words
answer it (`answering`), never into a new ticket."""

from __future__ import annotations

import datetime as dt

from sqlite_utils import Database

from bot.actions import phones, unit_groups, visit_phone
from bot.actions.desk import Desk, Incoming
from bot.domain.tickets import OPEN_STATES, State, Ticket, iso
from bot.store import inbox, people, reach, tickets
from bot.texts import no_channel, reachable_again, undelivered
from bot.texts.common import unit_label

LOOKED_AT = 200  # a citizen's newest tickets looked at: older ones are long closed


def _live(db: Database, chat_id: int) -> list[Ticket]:
    """The citizen's own tickets still being worked or awaiting their 回访."""
    return [t for t in tickets.of_citizen(db, chat_id, LOOKED_AT)
            if t.chat_id == chat_id and not t.logged_by
            and (t.state in OPEN_STATES or t.state is State.RESOLVED)]


def citizen_gone(desk: Desk, db: Database, chat_id: int, why: str, now: dt.datetime) -> int:
    """Tell the units of the citizen's tickets still being worked that the citizen cannot be
    reached here (a 回访 under way goes to the supervisors by phone), with the phone to call —
    one left on another of their tickets if need be; those with none at all are told to the
    supervisors, once, and counted in the digest until the citizen is back (无法联系).
    Returns how many."""
    live, nobody = _live(db, chat_id), []
    told: dict[str, list[tuple[Ticket, str | None]]] = {}
    for ticket in live:
        resolved = ticket.state is State.RESOLVED
        phone = phones.call_back(db, ticket)  # whether, and from where
        tickets.log_event(db, ticket.id, now, 0, "system", "unreachable",
                          new=None if phone is not None else reach.NO_PHONE,
                          detail=undelivered.reason(why))
        told.setdefault(ticket.unit, []).append((ticket, phone))
        if phone is None:
            nobody.append(ticket)
        if resolved:  # its 回访 asked already: the supervisors ask it by phone from here
            visit_phone.by_phone_now(desk, db, ticket, now)
    for pairs in told.values():  # one message per unit, however many tickets (T24 finding 10)
        ticket, phone = pairs[0]
        resolved = ticket.state is State.RESOLVED
        desk.tell_unit(db, ticket, f"gone:{iso(now)}", undelivered.for_unit_all(why, [
            (t.number, t.state is State.RESOLVED, p) for t, p in pairs]) if len(pairs) > 1
            else undelivered.for_unit(ticket.number, why, resolved, phone) if phone is not None
            else no_channel.for_unit(ticket.number, undelivered.reason(why), resolved), now)
    if nobody:
        desk.tell_supervisors(db, f"nobody:{chat_id}:{iso(now)}", no_channel.for_supervisors(
            undelivered.reason(why), [(t.number, unit_label(desk.config, t.unit),
                                       t.state is State.RESOLVED) for t in nobody]),
                              now, nobody[0].id if len(nobody) == 1 else None)
    return len(live)


def refused(desk: Desk, db: Database, chat_id: int, why: str, now: dt.datetime) -> None:
    """Telegram refused a chat for good (handlers/delivery.py): a unit's group is held
    (bot.actions.unit_groups); a person is marked unreachable and, when they were reachable
    until now, whoever works their tickets is told."""
    if unit_groups.gone(desk, db, chat_id, why, now):
        return
    if people.mark_unreachable(db, chat_id, now):
        citizen_gone(desk, db, chat_id, why, now)


def membership(desk: Desk, msg: Incoming, status: str, now: dt.datetime) -> None:
    """my_chat_member in a private chat: `kicked`, the person blocked the bot (unreachable,
    their tickets' units told); `member`, they started it again (reachable)."""
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return
        if status == "kicked":
            if people.mark_unreachable(db, msg.user_id, now):
                citizen_gone(desk, db, msg.chat_id, "blocked", now)
        elif status == "member":  # started again: back, even if they wrote in between
            people.seen(db, msg.user_id, msg.first_name, msg.username, now)
            back(desk, db, msg.chat_id, now)


def seen(desk: Desk, db: Database, msg: Incoming, now: dt.datetime) -> None:
    """Record that the person wrote (bot.store.people.seen); one the bot could not write to
    until now is back (`back`)."""
    if people.seen(db, msg.user_id, msg.first_name, msg.username, now):
        back(desk, db, msg.user_id, now)


def back(desk: Desk, db: Database, chat_id: int, now: dt.datetime) -> int:
    """The citizen can be written to again: each ticket whose unit was told they could not is
    told they can, and a phone 回访 due only to that goes back to them; the supervisors told
    无法联系市民 of tickets being worked are told too, once (T23 finding 18: only the units
    were); returns how many."""
    count, nobody = 0, []
    told: dict[str, list[Ticket]] = {}
    for ticket in _live(db, chat_id):
        if not reach.unreached_now(db, ticket.id):
            continue
        if ticket.state is State.RESOLVED and reach.phone_recorded(db, ticket.id):
            continue  # a supervisor is part-way through the call: theirs, unless they answer it
        if ticket.state is not State.RESOLVED and reach.nobody_reached_now(db, ticket.id):
            nobody.append(ticket)  # a resolved one's 回访 coming back tells them (visit_phone)
        _reached(desk, db, ticket, now, tell=False)
        told.setdefault(ticket.unit, []).append(ticket)
        count += 1
    for same in told.values():  # one message per unit, however many tickets (T24 finding 10)
        desk.tell_unit(db, same[0], f"back:{iso(now)}", reachable_again.for_unit_all(
            [t.number for t in same]) if len(same) > 1
            else reachable_again.for_unit(same[0].number), now)
    if nobody:
        desk.tell_supervisors(db, f"nobody-back:{chat_id}:{iso(now)}",
                              reachable_again.nobody_back_for_supervisors(
                                  [(t.number, unit_label(desk.config, t.unit)) for t in nobody]),
                              now, nobody[0].id if len(nobody) == 1 else None)
    return count


def answering(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> None:
    """The citizen, back, answers in the chat the 回访 a supervisor had begun recording by phone
    while they were out of reach (bot.actions.visit_typed): the 回访 is theirs again — the
    answers recorded stand, the supervisors' question is withdrawn and they are told so."""
    _reached(desk, db, ticket, now, reachable_again.answered_for_supervisors(
        ticket.number, unit_label(desk.config, ticket.unit)))


def _reached(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime,
             told: str | None = None, tell: bool = True) -> None:
    """One ticket's citizen can be written to again: its unit is told (unless `tell` is off:
    `back` tells each unit once for all its tickets), its phone 回访 goes back to the citizen
    (`told`: what the supervisors read of it)."""
    tickets.log_event(db, ticket.id, now, 0, "system", "reachable")
    if tell:
        desk.tell_unit(db, ticket, f"back:{iso(now)}", reachable_again.for_unit(ticket.number),
                       now)
    if ticket.state is State.RESOLVED:
        visit_phone.back_to_citizen(desk, db, ticket, now, told)
