"""Withdrawing in words (停水那个单子撤销吧，是我弄错了; 7号和8号不是新问题，撤了吧; 撤回), read by
nlp.withdrawal: it opens no ticket. The tickets it means — by number, by the matter it names, the
one it replies to, or else the one just sent — are offered with a 撤回 button each (and /cancel
said), as /cancel would withdraw them; nothing is withdrawn before the citizen confirms. A
correction (说错了，不是停水，是停电) offers the wrong ticket and has the right matter filed; one of
details only (不是5号楼，是3号楼) is added to the ticket it corrects.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from bot.actions.desk import Desk, Incoming, as_listed
from bot.config import FALLBACK_UNIT
from bot.domain.permissions import authorize
from bot.domain.tickets import State, Ticket, TransitionError
from bot.render import keyboard
from bot.store import inbox, outbox, people, tickets
from bot.texts import common, for_citizen, for_staff, withdrawing
from nlp.tokenizer import normalize
from nlp.withdrawal import Withdrawal

RECENT_MINUTES = 60  # words to withdraw that name nothing mean the ticket sent this recently
LOOKED_AT = 50  # the citizen's newest tickets a matter named is looked for among
OFFERED = 5  # tickets offered at most, each with its button


@dataclass(frozen=True)
class Answered:
    """What is left to do once words to withdraw are answered: the right matter of a correction
    to file as a report, the ticket a correction of details joins as a 补充, or the one ticket
    words that its unit need not act (不用你们管了) mean: kept on it and told to its unit, its
    撤回 offered (bot/actions/settled.py), as a matter said to be put right is."""

    file: str = ""
    amend: Ticket | None = None
    settle: Ticket | None = None


def answer(desk: Desk, db: Database, msg: Incoming, reading: Withdrawal, replied: Ticket | None,
           now: dt.datetime, meant: list[Ticket] | None = None) -> Answered | None:
    """Answer words to withdraw; None when they are no withdrawal after all (公交站撤了 from a
    citizen with nothing open is a report of a bus stop taken away). `meant`: the tickets the
    matter it names is of (bot/domain/reading.py: its own words before its unit)."""
    mine = [t for t in tickets.of_citizen(db, msg.user_id, LOOKED_AT) if t.is_open]
    if reading.numbers:
        named = _by_number(db, msg, reading.numbers)
        if not named:
            desk.say(db, msg, "withdraw", for_citizen.not_found(reading.numbers[0]), now)
            return Answered()
    elif replied is not None and replied.is_open:
        named = [replied]
    elif meant:
        named = meant
    else:
        named = _meant(desk, mine, reading.about) if reading.about else []
        if not named and (reading.instead or not reading.about) \
                and (recent := _recent(db, msg, now)) is not None:
            named = [recent]  # a matter named that none is of is never the newest's
        elif not named and reading.unneeded and not reading.about and len(mine) == 1:
            named = mine  # 不用你们管了 from a citizen with one ticket being handled: that one
    if not named:
        if reading.instead:
            return Answered(file=reading.instead)  # nothing open to be wrong: the right matter
        if reading.about and not mine:
            return None
        if not mine:
            desk.say(db, msg, "withdraw", withdrawing.nothing_open(), now)
            return Answered()
        listed = mine[:OFFERED]  # none named: the open ones, each with its button
        desk.say(db, msg, "withdraw", withdrawing.which([as_listed(t) for t in listed],
                                                        len(mine), reading.about),
                 now, listed[0].id, buttons(listed))
        return Answered()
    if reading.instead and not _another_matter(desk, named[0], reading.instead):
        return Answered(amend=named[0])
    if reading.unneeded and len(named) == 1:
        return Answered(settle=named[0])  # its unit need not come: told, as 自己修好了 is
    named = named[:OFFERED]
    desk.say(db, msg, "withdraw", withdrawing.offer([as_listed(t) for t in named],
                                                    bool(reading.instead)),
             now, named[0].id, buttons(named))
    return Answered(file=reading.instead)


def buttons(named: list[Ticket]) -> dict[str, object]:
    """A 撤回 button for each ticket offered (its number on it when there are several)."""
    return keyboard([[(withdrawing.WITHDRAW_BUTTON if len(named) == 1
                       else withdrawing.numbered_button(t.number), f"wd:{t.id}")]
                     for t in named])  # twins: "Withdraw" for a citizen who writes English


def press(desk: Desk, update_id: int, user_id: int, ticket_id: int, now: dt.datetime) -> str:
    """The 撤回 button under an offer: withdraw the ticket, as /cancel does; returns the toast."""
    with desk.store.atomic() as db:
        ticket = tickets.by_id(db, ticket_id)
        actor = people.actor_of(db, desk.config, user_id)
        if not authorize(actor, "cancel", ticket) or ticket is None:
            return common.BUTTON_REFUSED
        if not inbox.claim(db, update_id, now):
            return withdrawing.WITHDRAWN_TOAST
        number = ticket.number
        try:
            ticket = tickets.transition(db, ticket, "withdraw", now, user_id, "citizen")
        except TransitionError:
            if ticket.state is State.WITHDRAWN:  # an offer older than its button's going
                drop_offers(desk, db, ticket, now)
            return withdrawing.cannot_toast(number, ticket.state.value)
        desk.tell_citizen(db, ticket, "withdrawn", for_citizen.withdrawn(number), now)
        desk.tell_unit(db, ticket, "withdrawn", for_staff.citizen_withdrew_for_unit(number), now)
        desk.drop_new_pushes(db, ticket, now, for_staff.WITHDRAWN_NOTE)  # as /cancel does
        drop_offers(desk, db, ticket, now)
        return withdrawing.WITHDRAWN_TOAST


def drop_offers(desk: Desk, db: Database, ticket: Ticket, now: dt.datetime) -> None:
    """Take a withdrawn ticket's 撤回 button off every offer that carried it (by /cancel too);
    the buttons of the offer's other tickets still open stay."""
    data = f"wd:{ticket.id}"
    for key, message_id, rows in outbox.carrying(db, ticket.chat_id, data):
        kept = [row for row in rows if all(
            button["callback_data"] != data and _still_open(db, button["callback_data"])
            for button in row)]
        if message_id is None:
            outbox.rebutton(db, key, kept)
            continue
        where = {"chat_id": ticket.chat_id, "message_id": message_id}
        if outbox.insert(db, f"unbutton:{ticket.chat_id}:{message_id}:{data}", ticket.chat_id,
                         "editMessageReplyMarkup", {**where, **({"reply_markup": {
                             "inline_keyboard": kept}} if kept else {})}, ticket.id, now):
            desk.queued += 1
            desk.wake()


def _still_open(db: Database, data: str) -> bool:
    """Whether the ticket a 撤回 button (wd:ID) offers is still open."""
    ticket = tickets.by_id(db, int(data.removeprefix("wd:")))
    return ticket is not None and ticket.is_open


def _by_number(db: Database, msg: Incoming, numbers: tuple[str, ...]) -> list[Ticket]:
    """The writer's open tickets the numbers name (each by its whole number or its sequence)."""
    named: list[Ticket] = []
    for number in numbers:
        if number.isdigit() and len(number) <= 6:
            found = [t for t in tickets.with_sequence(db, int(number))
                     if t.citizen_id == msg.user_id and t.is_open]
        else:
            one = tickets.by_number(db, number)
            found = [one] if one is not None and one.citizen_id == msg.user_id and one.is_open \
                else []
        named.extend(t for t in found if t not in named)
    return named


def _meant(desk: Desk, mine: list[Ticket], about: str) -> list[Ticket]:
    """The tickets of the matter named (停水, the lift): those whose own words hold it, else
    those of the unit its words route to (never another unit's, an emergency included)."""
    words = (about, *about.split())
    held = [t for t in mine if any(word in normalize(t.text) for word in words)]
    if held:
        return held
    route = desk.router.route(about)
    return [t for t in mine if route.keywords and route.unit == t.unit != FALLBACK_UNIT]


def _recent(db: Database, msg: Incoming, now: dt.datetime) -> Ticket | None:
    """The writer's newest open ticket, if it was received within RECENT_MINUTES."""
    since = now - dt.timedelta(minutes=RECENT_MINUTES)
    return next(iter(tickets.open_of_citizen_since(db, msg.user_id, since)), None)


def _another_matter(desk: Desk, ticket: Ticket, right: str) -> bool:
    """Whether the right matter of a correction is another matter than the ticket's (停电 for a
    water ticket), not a detail of it (3号楼)."""
    route = desk.router.route(right)
    return route.kind == "report" and bool(route.keywords) and route.unit != ticket.unit
