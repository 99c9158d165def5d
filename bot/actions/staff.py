"""What unit staff do with tickets: accept (签收), reply, resolve (办结), note, log offline demands.

Each command runs through the preamble of bot/actions/ctx.py (claim the update, authorize the
asker where they ask, refuse like a missing ticket), makes its change as an audited event and
queues every answer through the desk. Transfers live in transfers.py, extensions and 实事项目 in
extensions.py, /list and /show in views.py.
"""

from __future__ import annotations

import datetime as dt

from bot.actions import announce, citizen, phones, unlog
from bot.actions.ctx import Ctx, Outcome, begin, general, on_ticket
from bot.actions.desk import Desk, Incoming
from bot.domain import handed_out
from bot.domain.delivery import Priority
from bot.domain.passed_on import only_passed_on
from bot.domain.permissions import Role, logged_it, offline, own_complaint
from bot.domain.privacy.whose import OTHERS
from bot.domain.tickets import AWAITING_SIGNATURE, OPEN_STATES, State, Ticket, TransitionError, iso
from bot.render import keyboard
from bot.store import logged, matters, people, tickets
from bot.texts import asked as asked_texts
from bot.texts import for_citizen, for_staff, no_channel, offline_log, passed_on, signing, sole_staff
from bot.texts.common import unit_label
from nlp.answered import asks_for
from nlp.router import RouteResult

LOG_AGAIN_MINUTES = 30  # the same /log again within this is taken for a double send


def _accept(ctx: Ctx, ticket: Ticket) -> Outcome:
    """/accept NUMBER or the 接单 button: 签收."""
    try:
        ticket = sign(ctx, ticket)
    except TransitionError:
        ctx.drop_pushes(ticket)  # signed or closed already: the button has no work left
        return ctx.fail("accept", for_staff.cannot(ticket.number, for_staff.ACTION_ACCEPT,
                                                   ticket.state.value))
    text = for_staff.accepted(ticket.number)
    if own_complaint(ctx.actor, ticket):
        text += "\n" + sole_staff.for_staff(ticket.number)
    return ctx.answer("accept", text, ticket.id)


accept = on_ticket("accept")(_accept)
accept_button = on_ticket("accept", button=True)(_accept)


def sign(ctx: Ctx, ticket: Ticket, quiet: bool = False) -> Ticket:
    """签收 (TransitionError when the state does not allow it); tells the unit and the citizen,
    unless `quiet` (the command that signs on the way says more at once)."""
    changes = {} if ticket.accepted_at else {"accepted_at": iso(ctx.now)}  # 响应率: the first
    ticket = tickets.transition(ctx.db, ticket, "accept", ctx.now, ctx.actor.user_id, "staff",
                                changes)
    _self_signed(ctx, ticket, "accept")
    ctx.drop_pushes(ticket, signing.signed_note(ctx.who))
    if quiet:
        return ticket
    ctx.tell_unit(ticket, "accepted", for_staff.accepted_for_unit(ticket.number, ctx.who))
    ctx.tell_citizen(ticket, "accepted", for_citizen.accepted_for_citizen(
        ticket.number, unit_label(ctx.desk.config, ticket.unit)))
    return ticket


def _self_signed(ctx: Ctx, ticket: Ticket, step: str) -> None:
    """Record that whoever logged the demand, or reported the problem, took `step` themselves
    (allowed only to a unit's only staff member, bot.domain.permissions), so supervisors see it
    in its history; of their own complaint the supervisors are told at once."""
    if logged_it(ctx.actor, ticket):
        tickets.log_event(ctx.db, ticket.id, ctx.now, ctx.actor.user_id, "staff", "self_signed",
                          detail=step)
    if own_complaint(ctx.actor, ticket):
        tickets.log_event(ctx.db, ticket.id, ctx.now, ctx.actor.user_id, "staff", "self_handled",
                          detail=step)
        ctx.desk.tell_supervisors(ctx.db, f"self:{ticket.id}:{step}:{ctx.msg.update_id}",
                                  sole_staff.for_supervisors(
                                      ticket.number, unit_label(ctx.desk.config, ticket.unit),
                                      step), ctx.now, ticket.id)


@on_ticket("reply")
def reply(ctx: Ctx, ticket: Ticket, text: str) -> Outcome:
    """/reply NUMBER TEXT: the unit answers the citizen (a new ticket is 签收 on the way)."""
    if ticket.state not in OPEN_STATES | {State.RESOLVED}:
        return ctx.fail("reply", for_staff.cannot(ticket.number, for_staff.ACTION_REPLY,
                                                  ticket.state.value))
    if ticket.state in AWAITING_SIGNATURE:
        ticket = sign(ctx, ticket)
    written, text = text, _for_citizen(ctx, ticket, text)
    ticket = tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "staff", "reply", {}, text)
    told = asked_texts.reply_asking if asks_for(text) else for_citizen.reply_for_citizen
    ctx.tell_citizen(ticket, "reply", told(ticket.number, unit_label(ctx.desk.config, ticket.unit),
                                           text))
    return ctx.answer("reply", _handed_over(ctx, ticket, "reply")
                      + _others_data(ctx, ticket, written, text), ticket.id)


def _for_citizen(ctx: Ctx, ticket: Ticket, text: str) -> str:
    """A /reply or /done text as stored and sent: ID numbers and bank cards the citizen did not
    give themselves masked (bot.domain.handed_out)."""
    return handed_out.for_citizen(text, "\n".join([ticket.text,
                                                   *matters.supplements(ctx.db, ticket.id)]))


def _others_data(ctx: Ctx, ticket: Ticket, written: str, sent: str) -> str:
    """Lines telling staff what of `written` was masked before it went to the citizen (`sent`),
    and that what went word for word holds someone else's phone or name
    (bot.domain.handed_out); "" when neither, and for an offline demand (its logger reads the
    answer, not the citizen)."""
    if offline(ticket):
        return ""
    own = [phone for phone, source, owner in phones.numbers(ctx.db, ticket)
           if source != phones.FORWARDED and owner != OTHERS]
    told = for_staff.others_data_sent(handed_out.hidden_kinds(written, sent),
                                      handed_out.others_data(sent, own, ticket.citizen_name))
    return "\n" + told if told else ""


def _handed_over(ctx: Ctx, ticket: Ticket, command: str) -> str:
    """What /reply or /done tells staff of the message to the citizen: handed over for sending;
    or, for a citizen the bot can no longer write to, to phone them (`/contact`; when this
    ticket has no phone, the other ticket of theirs that has one), or — no phone of theirs
    anywhere (phones.call_back) — that nobody can reach them for now."""
    reachable, logged = ctx.desk.citizen_reachable(ctx.db, ticket), offline(ticket)
    phone = "" if reachable or logged else phones.call_back(ctx.db, ticket)
    if phone is None:
        return (no_channel.replied if command == "reply" else no_channel.resolved)(ticket.number)
    told = for_staff.replied if command == "reply" else for_staff.resolved
    return told(ticket.number, reachable, logged, phone)


@on_ticket("done")
def done(ctx: Ctx, ticket: Ticket, result: str) -> Outcome:
    """/done NUMBER TEXT: 办结 with the result, which goes to the citizen. A ticket nobody
    signed is signed on the way: the unit answered it (响应率), and the record says who. A
    result that only says the matter was passed on (已转综合执法局处理) is no 办结: the ticket
    moves with /transfer (T24 finding 11)."""
    if only_passed_on(result):
        return ctx.fail("done", passed_on.not_done(ticket.number, result))
    written, result = result, _for_citizen(ctx, ticket, result)
    try:
        if ticket.state in AWAITING_SIGNATURE:
            ticket = sign(ctx, ticket, quiet=True)
        ticket = tickets.transition(ctx.db, ticket, "resolve", ctx.now, ctx.actor.user_id,
                                    "staff", {"result": result, "resolved_at": iso(ctx.now)},
                                    result)
    except TransitionError:
        return ctx.fail("done", for_staff.cannot(ticket.number, for_staff.ACTION_DONE,
                                                 ticket.state.value))
    _self_signed(ctx, ticket, "resolve")
    # One push per 办结 (a 重办 is resolved again). The satisfaction visit (回访,
    # bot/actions/followup.py) is due `visit_after_hours` after `resolved_at`.
    rounds = tickets.count_events(ctx.db, ticket.id, "resolve")
    unit_name, own = unit_label(ctx.desk.config, ticket.unit), own_complaint(ctx.actor, ticket)
    # Their own complaint: its 回访 goes to the supervisors (bot.actions.visit.ask), so neither
    # message may say they will be asked.
    ctx.desk.tell_citizen(ctx.db, ticket, "resolved" if rounds <= 1 else f"resolved:{rounds}",
                          sole_staff.resolved_for_reporter(ticket.number, unit_name, result)
                          if own else for_citizen.resolved_for_citizen(
                              ticket.number, unit_name, result), ctx.now)
    # The unit hears what the one who closed it hears: never a sending to a citizen known gone.
    told = _handed_over(ctx, ticket, "done")
    ctx.tell_unit(ticket, "resolved", told)
    if own:
        return ctx.answer("done", sole_staff.resolved_for_staff(ticket.number), ticket.id)
    return ctx.answer("done", told + _others_data(ctx, ticket, written, result), ticket.id)


@on_ticket("note")
def note(ctx: Ctx, ticket: Ticket, text: str) -> Outcome:
    """/note NUMBER TEXT: an internal note, never shown to the citizen."""
    tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "staff", "note", {}, text)
    return ctx.answer("note", for_staff.noted(ticket.number), ticket.id)


def log_offline(desk: Desk, msg: Incoming, text: str, now: dt.datetime) -> Outcome:
    """/log TEXT: a demand collected offline becomes a ticket, routed like any other; a TEXT the
    router calls noise (谢谢, 你好, 好) only when confirmed: `/log 确认登记 TEXT`.

    Updates about it go to the staff member who logged it (their private chat), who passes them on.
    """
    again = text.startswith(offline_log.AGAIN)  # the same words once more, on purpose
    if again:
        text = text[len(offline_log.AGAIN):].lstrip(" ：:，,\n")
    confirmed = text.startswith(offline_log.CONFIRM)
    if confirmed:
        text = text[len(offline_log.CONFIRM):].lstrip(" ：:，,\n")
    route = desk.router.route(text) if text else None  # routed before the transaction
    return _log(desk, msg, route, text, confirmed, again, now)


@general("log")
def _log(ctx: Ctx, route: RouteResult | None, text: str, confirmed: bool, again: bool
         ) -> Outcome:
    if route is None:
        return ctx.fail("log", offline_log.nothing_to_log())
    if route.kind == "noise" and not confirmed:  # a greeting is no demand: never a unit's ticket
        return ctx.fail("log", offline_log.not_a_demand(text))
    first = None if again else logged.same_recently(
        ctx.db, ctx.msg.user_id, text, ctx.now - dt.timedelta(minutes=LOG_AGAIN_MINUTES))
    if first is not None:  # the same /log sent twice: one ticket, the first
        return ctx.fail("log", offline_log.logged_already(first.number, text, LOG_AGAIN_MINUTES))
    desk = ctx.desk
    # Words that name no problem (谢谢, confirmed) go to the hotline's manual dispatch, never to
    # a unit on the strength of a stray word.
    noise = route.kind == "noise"
    ticket = desk.open_ticket(
        ctx.db, None if noise else route, ctx.now, source_key=f"log:{ctx.msg.update_id}",
        text=text, citizen_id=0,
        chat_id=ctx.msg.user_id, channel="offline", logged_by=ctx.msg.user_id,
        logged_unit=ctx.actor.unit)
    announce.new_ticket(desk, ctx.db, ticket, ctx.now)
    alone = ctx.actor.alone and ticket.unit == ctx.actor.unit
    answer = for_staff.logged(ticket.number, unit_label(desk.config, ticket.unit),
                              ctx.when(ticket.deadline), alone, ticket.unit == ctx.actor.unit) \
        + (offline_log.to_hotline(unit_label(desk.config, ticket.unit)) if noise else "") \
        + offline_log.undo_note(unlog.LOG_UNDO_MINUTES)
    desk.say(ctx.db, ctx.msg, "log", answer, ctx.now, ticket.id,
             keyboard([[(offline_log.UNDO_BUTTON, f"unlog:{ticket.id}")]]), Priority.STAFF)
    return Outcome(True, answer)


def help_for(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/start and /help: citizens in private chat get the citizen welcome, staff and supervisors
    their commands; in a group, the unit's staff get their commands and others are told why not."""
    actor = people.actor_of(desk.db, desk.config, msg.user_id)
    if msg.private and actor.role is Role.CITIZEN:
        citizen.welcome(desk, msg, now)
        return
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return
        if not ctx.place.private and not ctx.allowed("list"):
            ctx.answer("help", for_staff.GROUP_NOT_ALLOWED)
            return
        unit = unit_label(desk.config, ctx.actor.unit) if ctx.actor.unit else None
        ctx.answer("help", for_staff.staff_help(ctx.actor.role.value, unit))
