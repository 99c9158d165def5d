"""What unit staff do with tickets: list, show, accept, reply, resolve (办结), note, log offline.

Every entry point follows the intake pattern: one transaction that claims the update first (a
replayed update changes nothing), checks `authorize` for the asker in the chat it came from, makes
its change through `repo` (an audited event), and queues every answer through the desk. A refused
action is answered exactly like a missing ticket. Transfers live in bot/transfers.py, extensions
and 实事项目 in bot/extensions.py; both build on `Ctx` here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from bot import inbox, intake, people, repo, texts
from bot.config import FALLBACK_UNIT, Config
from bot.desk import Desk, Incoming
from bot.permissions import PRIVATE, Actor, Place, Role, authorize
from bot.render import mask_name
from bot.tickets import OPEN_STATES, State, Ticket, TransitionError, iso

Ref = str | int  # a ticket number typed in a command, or a ticket id from a button


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

    @property
    def who(self) -> str:
        """How the asker is named to colleagues and groups (masked like any name)."""
        return mask_name(self.msg.first_name) or "工作人员"

    def allowed(self, action: str, ticket: Ticket | None = None) -> bool:
        return authorize(self.actor, action, ticket, self.place)

    def find(self, action: str, ref: Ref) -> Ticket | None:
        """The ticket, if the asker may take `action` on it here; None when missing or refused."""
        ticket = repo.by_id(self.db, ref) if isinstance(ref, int) else repo.by_number(self.db, ref)
        return ticket if self.allowed(action, ticket) else None

    def answer(self, key: str, text: str, ticket_id: int | None = None, ok: bool = True
               ) -> Outcome:
        if not self.button:
            self.desk.say(self.db, self.msg, key, text, self.now, ticket_id)
        return Outcome(ok, text)

    def refuse(self, ref: Ref, action: str) -> Outcome:
        """The one answer for a missing ticket and a refused one."""
        if self.button or isinstance(ref, int):
            return self.answer("refused", texts.button_refused(), ok=False)
        return self.answer("refused", refusal(self, action) or texts.staff_not_found(ref),
                           ok=False)

    def fail(self, key: str, text: str) -> Outcome:
        return self.answer(key, text, ok=False)

    def tell_unit(self, ticket: Ticket, key: str, text: str) -> None:
        """Tell the ticket's unit, except the chat this request is answered in."""
        self.desk.tell_unit(self.db, ticket, f"{key}:{self.msg.update_id}", text, self.now,
                            exclude=None if self.button else self.msg.chat_id)

    def tell_citizen(self, ticket: Ticket, key: str, text: str) -> None:
        self.desk.tell_citizen(self.db, ticket, f"{key}:{self.msg.update_id}", text, self.now)


def begin(desk: Desk, db: Database, msg: Incoming, now: dt.datetime, button: bool = False
          ) -> Ctx | None:
    """Claim the update (None when it was handled before) and resolve who asks, where."""
    if not inbox.claim(db, msg.update_id, now):
        return None
    if msg.user_id:
        people.seen(db, msg.user_id, msg.first_name, msg.username, now)
    actor = people.actor_of(db, desk.config, msg.user_id)
    return Ctx(desk, db, msg, now, actor, place_of(desk.config, msg), button)


def when(desk: Desk, moment: dt.datetime | None) -> str:
    return texts.when(moment, desk.config.county.tz)


def refusal(ctx: Ctx, action: str) -> str | None:
    """Why the asker may not take `action` here whatever the ticket, or None when it depends on
    the ticket (then the answer is the not-found one). Decided by `authorize` on a stand-in
    ticket of the asker's own unit, so the rules stay in one place."""
    if authorize(ctx.actor, action, _stand_in(ctx.actor.unit or ""), ctx.place):
        return None
    if not ctx.place.private:
        if authorize(Actor(0, Role.STAFF, ctx.place.unit), action, _stand_in(ctx.place.unit or ""),
                     ctx.place):
            return texts.group_not_allowed()
        return texts.private_only(action)
    if ctx.actor.role is Role.SUPERVISOR:
        return texts.supervisor_cannot()
    if authorize(Actor(0, Role.STAFF, "x"), action, _stand_in("x")):
        return texts.staff_only()
    return texts.supervisor_only()


def general_refusal(ctx: Ctx, action: str) -> str:
    return refusal(ctx, action) or texts.staff_only()


def _stand_in(unit: str) -> Ticket:
    """A ticket of `unit` that nobody reported: for asking what a role may do at all."""
    return Ticket(id=0, number="", citizen_id=0, chat_id=0, citizen_name="", channel="telegram",
                  text="", unit=unit, state=State.NEW, urgent=False, overdue=False,
                  project=False, keywords="", received_at=dt.datetime.min.replace(tzinfo=dt.UTC),
                  deadline=None, result=None, measures=None, plan=None, reopen_count=0,
                  transfer_count=0, urge_count=0, logged_by=0, rating=None)


# --- acting ------------------------------------------------------------------------------------

def accept(desk: Desk, msg: Incoming, ref: Ref, now: dt.datetime, button: bool = False
           ) -> Outcome:
    """/accept NUMBER or the 接单 button: 签收."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now, button)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("accept", ref)
        if ticket is None:
            return ctx.refuse(ref, "accept")
        try:
            ticket = _accept(ctx, ticket)
        except TransitionError:
            return ctx.fail("accept", texts.cannot(ticket.number, "签收", ticket.state.value))
        return ctx.answer("accept", texts.accepted(ticket.number), ticket.id)


def _accept(ctx: Ctx, ticket: Ticket) -> Ticket:
    first = next(iter(ctx.db.query("SELECT accepted_at FROM tickets WHERE id = ?",
                                   [ticket.id])))["accepted_at"]
    changes = {} if first else {"accepted_at": iso(ctx.now)}  # 响应率 counts the first 签收
    ticket = repo.transition(ctx.db, ticket, "accept", ctx.now, ctx.actor.user_id, "staff", changes)
    ctx.tell_unit(ticket, "accepted", texts.accepted_for_unit(ticket.number, ctx.who))
    ctx.tell_citizen(ticket, "accepted", texts.accepted_for_citizen(
        ticket.number, ctx.desk.config.unit_name(ticket.unit)))
    return ticket


def reply(desk: Desk, msg: Incoming, number: str, text: str, now: dt.datetime) -> Outcome:
    """/reply NUMBER TEXT: the unit answers the citizen (a new ticket is 签收 on the way)."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("reply", number)
        if ticket is None:
            return ctx.refuse(number, "reply")
        if ticket.state not in OPEN_STATES | {State.RESOLVED}:
            return ctx.fail("reply", texts.cannot(number, texts.ACTION_REPLY, ticket.state.value))
        if ticket.state in (State.NEW, State.REOPENED):
            ticket = _accept(ctx, ticket)
        ticket = repo.update(db, ticket, now, ctx.actor.user_id, "staff", "reply", {}, text)
        ctx.tell_citizen(ticket, "reply", texts.reply_for_citizen(
            number, desk.config.unit_name(ticket.unit), text))
        return ctx.answer("reply", texts.replied(number), ticket.id)


def done(desk: Desk, msg: Incoming, number: str, result: str, now: dt.datetime) -> Outcome:
    """/done NUMBER TEXT: 办结 with the result, which goes to the citizen."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("done", number)
        if ticket is None:
            return ctx.refuse(number, "done")
        try:
            ticket = repo.transition(db, ticket, "resolve", now, ctx.actor.user_id, "staff",
                                     {"result": result, "resolved_at": iso(now)}, result)
        except TransitionError:
            return ctx.fail("done", texts.cannot(number, texts.ACTION_DONE, ticket.state.value))
        on_resolved(ctx, ticket, result)
        return ctx.answer("done", texts.resolved(number), ticket.id)


def on_resolved(ctx: Ctx, ticket: Ticket, result: str) -> None:
    """Tell the citizen the result. The satisfaction visit (回访, bot/followup.py) is due
    `visit_after_hours` after `resolved_at`; its tick sends the questions."""
    rounds = next(iter(ctx.db.query("SELECT count(*) AS n FROM events WHERE ticket_id = ?"
                                    " AND action = 'resolve'", [ticket.id])))["n"]
    key = "resolved" if rounds <= 1 else f"resolved:{rounds}"  # one push per 办结 (重办 again)
    ctx.desk.tell_citizen(ctx.db, ticket, key, texts.resolved_for_citizen(
        ticket.number, ctx.desk.config.unit_name(ticket.unit), result), ctx.now)
    ctx.tell_unit(ticket, "resolved", texts.resolved(ticket.number))


def note(desk: Desk, msg: Incoming, number: str, text: str, now: dt.datetime) -> Outcome:
    """/note NUMBER TEXT: an internal note, never shown to the citizen."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("note", number)
        if ticket is None:
            return ctx.refuse(number, "note")
        repo.update(db, ticket, now, ctx.actor.user_id, "staff", "note", {}, text)
        return ctx.answer("note", texts.noted(number), ticket.id)


def log_offline(desk: Desk, msg: Incoming, text: str, now: dt.datetime) -> Outcome:
    """/log TEXT: a demand collected offline becomes a ticket, routed like any other.

    Updates about it go to the staff member who logged it (their private chat), who passes them on.
    """
    route = desk.router.route(text)
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        if not ctx.allowed("log"):
            return ctx.fail("log", general_refusal(ctx, "log"))
        unit = getattr(route, "unit", FALLBACK_UNIT)
        ticket = repo.create(
            db, desk.config, source_key=f"log:{msg.update_id}", citizen_id=0,
            chat_id=msg.user_id, citizen_name="", text=text,
            unit=unit if desk.config.unit(unit) else FALLBACK_UNIT,
            urgent=bool(getattr(route, "urgent", False)),
            keywords=list(getattr(route, "keywords", [])),
            confidence=float(getattr(route, "confidence", 0.0)), now=now, channel="offline",
            logged_by=msg.user_id, actor_role="staff",
        )
        desk.announce_new(db, ticket, now)
        return ctx.answer("log", texts.logged(ticket.number, desk.config.unit_name(ticket.unit),
                                              when(desk, ticket.deadline)), ticket.id)


def help_for(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/start and /help: citizens in private chat get the citizen welcome, staff and supervisors
    their commands; in a group, the unit's staff get their commands and others are told why not."""
    actor = people.actor_of(desk.db, desk.config, msg.user_id)
    if msg.private and actor.role is Role.CITIZEN:
        intake.welcome(desk, msg, now)
        return
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return
        if not ctx.place.private and not ctx.allowed("list"):
            ctx.answer("help", texts.group_not_allowed())
            return
        unit = desk.config.unit_name(ctx.actor.unit) if ctx.actor.unit else None
        ctx.answer("help", texts.staff_help(ctx.actor.role.value, unit))
