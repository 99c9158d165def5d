"""The preamble every staff and supervisor command shares, written once.

A command claims its update (a replayed update changes nothing and answers nothing twice), notes
who asks and where, finds the ticket if the asker may act on it there, and otherwise answers the
refusal — the same answer for a missing ticket and a forbidden one, so nobody can probe for
numbers. `on_ticket` and `general` wrap a body that only does the work:

    @on_ticket("accept")
    def accept(ctx: Ctx, ticket: Ticket) -> Outcome: ...

and callers keep calling `accept(desk, msg, number, now)`. A refusal is returned, never raised:
raising would roll back the claim and the queued answer with it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from bot.actions import gate, numbers, unreachable
from bot.actions.desk import Desk, Incoming
from bot.config import FALLBACK_UNIT, Config
from bot.domain.delivery import Priority
from bot.domain.permissions import (
    PRIVATE,
    Actor,
    Place,
    Role,
    authorize,
    logged_it,
    own_complaint,
)
from bot.domain.tickets import Ticket, takes
from bot.store import inbox, people, tickets
from bot.store import transfers as transfer_log
from bot.texts import common, for_staff, for_supervisors, lookup
from bot.texts.common import unit_label

Ref = str | int  # a ticket number typed in a command, or a ticket id from a button
# Commands whose answer changes nothing until a button under it is pressed (/publish shows a draft
# with 发布/取消): a short number several tickets share, of which one fits, is read as that one,
# named in full above the draft (T24 finding 17), rather than asked to be typed again.
CONFIRMED_AFTER = frozenset({"publish"})


@dataclass(frozen=True)
class Outcome:
    """What became of a request: `ok` when it changed or showed something; `text` as answered."""

    ok: bool
    text: str


REPLAYED = Outcome(False, "")


def place_of(config: Config, msg: Incoming) -> Place:
    """The chat a request came from: private, a unit's group, or some other group."""
    if msg.private:
        return PRIVATE
    unit = next((u.code for u in config.units if u.chat_id and u.chat_id == msg.chat_id), None)
    return Place(private=False, unit=unit)


def held(config: Config, ticket: Ticket | None) -> Ticket | None:
    """The ticket as permissions see it: one whose unit was removed from the config is held by
    the hotline (manual dispatch), whose staff may read it and pass it on."""
    if ticket is None or config.unit(ticket.unit) is not None:
        return ticket
    return dataclasses.replace(ticket, unit=FALLBACK_UNIT)


@dataclass
class Ctx:
    """One request being answered inside its transaction."""

    desk: Desk
    db: Database
    msg: Incoming
    now: dt.datetime
    actor: Actor
    place: Place
    button: bool = False  # answered by a toast (the handler's answerCallbackQuery), not a message
    supervision: bool = False  # a supervisors' command: refusals say so
    picked: str = ""  # a short number read as the one ticket sharing it the command fits (read)

    @property
    def who(self) -> str:
        """How the asker is named to colleagues and supervisors: staff act in office, by name."""
        return self.msg.first_name or for_staff.SOMEONE

    def when(self, moment: dt.datetime | None) -> str:
        return self.desk.when(moment)

    def day(self, moment: dt.datetime | None) -> str:
        return common.day(moment, self.desk.config.county.tz)

    def allowed(self, action: str, ticket: Ticket | None = None) -> bool:
        return authorize(self.actor, action, held(self.desk.config, ticket), self.place)

    def find(self, action: str, ref: Ref) -> Ticket | None:
        """The ticket, if the asker may take `action` on it here; None when missing or refused."""
        ticket = self._lookup(ref)
        return ticket if self.allowed(action, ticket) else None

    def read(self, action: str, ref: Ref) -> Ref | Outcome:
        """A typed number as the ticket number it names (a short one: among the tickets the
        asker may see, as /status reads it), or the answer when several tickets share it: those
        of them `action` can be taken on, or that none can."""
        if isinstance(ref, int):
            return ref
        found = numbers.resolve(self.db, ref, lambda t: self.allowed(
            "view" if self.actor.role is Role.CITIZEN else "show", t),
            lambda t: takes(action, t) and self.allowed(action, t))
        if found.among and not found.several:
            return self.fail("ambiguous", lookup.sequence_none_can(
                action, ref, [(t.number, t.state.value) for t in found.shared], found.among))
        if found.count == 1 and action in CONFIRMED_AFTER:  # its answer is a draft to confirm
            self.picked = lookup.sequence_picked(action, ref, found.several[0], found.among)
            return found.several[0]
        if found.several:
            rest = self.msg.text.split(maxsplit=2)[2:]  # what follows the number, for the example
            return self.fail("ambiguous", lookup.sequence_ambiguous(
                action, ref, list(found.several), found.count, found.among,
                rest[0].strip() if rest else ""))
        if found.ticket is None and not found.among and (went := self._passed_on(ref)):
            return went.number  # refused below with where it went, as its whole number is
        return found.ticket.number if found.ticket else ref

    def _passed_on(self, ref: str) -> Ticket | None:
        """The one ticket a short number names among those the asker's unit passed on."""
        unit = self.actor.unit
        if self.actor.role is not Role.STAFF or not unit:
            return None
        return numbers.resolve(self.db, ref, lambda t: transfer_log.moved_from(
            self.db, t.id, unit) is not None).ticket

    def _lookup(self, ref: Ref) -> Ticket | None:
        return (tickets.by_id(self.db, ref) if isinstance(ref, int)
                else tickets.by_number(self.db, ref))

    def answer(self, key: str, text: str, ticket_id: int | None = None, ok: bool = True
               ) -> Outcome:
        if not self.button:
            # Staff and supervisors at work go ahead of citizens' answers, as messages to units
            # do: a failure notice about what they just did never arrives before their answer.
            self.desk.say(self.db, self.msg, key, text, self.now, ticket_id,
                          priority=Priority.REPLY if self.actor.role is Role.CITIZEN
                          else Priority.STAFF)
        return Outcome(ok, text)

    def refuse(self, ref: Ref, action: str) -> Outcome:
        """The one answer for a missing ticket and a refused one — except for the asker's own
        complaint, which they know exists: they are told why a colleague must handle it."""
        own = self._lookup(ref)
        if own is not None and own_complaint(self.actor, own) \
                and self.allowed(action, dataclasses.replace(own, citizen_id=0)):
            return self.answer("refused", for_staff.own_complaint(
                own.number, self.actor.role.value, self.place.private), ok=False)
        if own is not None and logged_it(self.actor, own) \
                and self.allowed(action, dataclasses.replace(own, logged_by=0)):
            return self.answer("refused", for_staff.own_log(own.number, self.place.private),
                               ok=False)
        if own is not None and (went := self.moved_away(own)):
            return self.answer("refused", went, ok=False)
        return self.refuse_role(ref, action)

    def refuse_role(self, ref: Ref, action: str) -> Outcome:
        """The answer that depends on no ticket, for a ticket missing or not theirs (whoever
        lacks the role here was answered by the gate before any lookup)."""
        if self.button or isinstance(ref, int):
            return self.answer("refused", common.BUTTON_REFUSED, ok=False)
        if self.supervision:  # past the gate: a supervisor, in private chat
            return self.answer("refused", for_supervisors.supervisor_not_found(ref), ok=False)
        return self.answer("refused", refusal(self, action) or for_staff.staff_not_found(ref),
                           ok=False)

    def moved_away(self, ticket: Ticket) -> str | None:
        """For staff whose unit the ticket left (it knew the ticket): when, and where it is."""
        unit, config = self.actor.unit, self.desk.config
        holder = ticket.unit if config.unit(ticket.unit) else FALLBACK_UNIT
        if self.actor.role is not Role.STAFF or not unit or holder == unit:
            return None
        went = transfer_log.left(self.db, ticket.id, unit)
        if went is None:
            return None
        return for_staff.moved_away(ticket.number, unit_label(self.desk.config, ticket.unit),
                                    self.when(dt.datetime.fromisoformat(went[0])),
                                    went[1])

    def fail(self, key: str, text: str) -> Outcome:
        return self.answer(key, text, ok=False)

    def drop_pushes(self, ticket: Ticket, note: str = "") -> None:
        """Take the 接单/退单 buttons off the ticket's delivered new-ticket pushes, and off the
        message pressed on: once the ticket is signed or passed on they have done their work;
        `note` (who signed it) replaces their call to sign."""
        pressed = [(self.msg.chat_id, self.msg.message_id)] \
            if self.button and self.msg.message_id else []
        for chat, message_id in pressed:
            self.desk.drop_buttons(self.db, chat, message_id, ticket.id, self.now, note)
        self.desk.drop_new_pushes(self.db, ticket, self.now, note)

    def tell_unit(self, ticket: Ticket, key: str, text: str) -> None:
        """Tell the ticket's unit, except the chat this request is answered in."""
        self.desk.tell_unit(self.db, ticket, f"{key}:{self.msg.update_id}", text, self.now,
                            exclude=None if self.button else self.msg.chat_id)

    def tell_citizen(self, ticket: Ticket, key: str, text: str) -> None:
        self.desk.tell_citizen(self.db, ticket, f"{key}:{self.msg.update_id}", text, self.now)


def begin(desk: Desk, db: Database, msg: Incoming, now: dt.datetime, button: bool = False,
          supervision: bool = False) -> Ctx | None:
    """Claim the update (None when it was handled before) and resolve who asks, where."""
    if not inbox.claim(db, msg.update_id, now):
        return None
    if msg.user_id:
        unreachable.seen(desk, db, msg, now)
    actor = people.actor_of(db, desk.config, msg.user_id)
    return Ctx(desk, db, msg, now, actor, place_of(desk.config, msg), button, supervision)


TicketBody = Callable[..., Outcome]  # (ctx, ticket, *values) -> Outcome
Command = Callable[..., Outcome]  # (desk, msg, ref, *values, now) -> Outcome


def on_ticket(action: str, *, button: bool = False, supervision: bool = False
              ) -> Callable[[TicketBody], Command]:
    """A command on one ticket: `body(ctx, ticket, *values)` runs only for a ticket the asker
    may take `action` on, in the transaction that claims the update."""
    def wrap(body: TicketBody) -> Command:
        @functools.wraps(body)
        def command(desk: Desk, msg: Incoming, ref: Ref, *args: Any) -> Outcome:
            *values, now = args
            with desk.store.atomic() as db:
                ctx = begin(desk, db, msg, now, button, supervision)
                if ctx is None:
                    return REPLAYED
                if (text := gate.refused(ctx.actor, action, ctx.place, button)) is not None:
                    return ctx.fail("refused", text)  # by role and place: before any lookup
                found = ctx.read(action, ref)
                if isinstance(found, Outcome):
                    return found
                ref = found
                ticket = ctx.find(action, ref)
                if ticket is None:
                    return ctx.refuse(ref, action)
                return body(ctx, ticket, *values)
        return command
    return wrap


def general(action: str) -> Callable[[Callable[..., Outcome]], Command]:
    """A command on no particular ticket: `body(ctx, *values)` runs only for someone allowed to
    take `action` here."""
    def wrap(body: Callable[..., Outcome]) -> Command:
        @functools.wraps(body)
        def command(desk: Desk, msg: Incoming, *args: Any) -> Outcome:
            *values, now = args
            with desk.store.atomic() as db:
                ctx = begin(desk, db, msg, now)
                if ctx is None:
                    return REPLAYED
                if (text := gate.refused(ctx.actor, action, ctx.place)) is not None:
                    return ctx.fail(action, text)
                return body(ctx, *values)
        return command
    return wrap


def refusal(ctx: Ctx, action: str) -> str | None:
    """Why the asker may not take `action` here whatever the ticket, or None when it depends on
    the ticket (then the answer is the not-found one): the one gate's answer."""
    return gate.refused(ctx.actor, action, ctx.place)
