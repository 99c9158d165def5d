"""What staff and supervisors read: /list and /show (personal data masked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from bot.actions.ctx import Ctx, Outcome, general, on_ticket
from bot.actions.desk import Desk, Incoming, answer
from bot.config import FALLBACK_UNIT
from bot.domain.permissions import Role
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import Ticket
from bot.render import truncate
from bot.store import people, tickets
from bot.texts import common, for_citizen, for_staff, history
from bot.texts import views as texts
from bot.texts.common import unit_label

LIST_LIMIT = 30


@general("list")
def list_tickets(ctx: Ctx, which: str) -> Outcome:
    """/list [state]: the unit's tickets (all units for supervisors), soonest deadline first."""
    which = which or "open"
    unit = ctx.actor.unit if ctx.actor.role is Role.STAFF else None
    config = ctx.desk.config
    units = None if unit is None else [unit]
    if unit == FALLBACK_UNIT:  # the hotline holds the tickets of units removed from the config
        units = [unit, *tickets.removed_units(ctx.db, config)]
    rows, total = tickets.listed(ctx.db, which, units, ctx.now, LIST_LIMIT)
    lines = [texts.ticket_line(t.number, t.state.value, unit_label(config, t.unit),
                                   ctx.when(t.deadline), truncate(masked_text(t), 40), _flags(t))
             for t in rows]
    scope = unit_label(config, unit) if unit else texts.ALL_UNITS
    return ctx.answer("list", texts.ticket_list(scope, which, lines, total - len(lines)))


def _flags(ticket: Ticket) -> str:
    return texts.flags(ticket.urgent, ticket.overdue, ticket.project)


@on_ticket("show")
def show(ctx: Ctx, ticket: Ticket) -> Outcome:
    """/show NUMBER: one ticket with its whole history, internal notes included, and what the
    citizen sent with it, again."""
    outcome = ctx.answer("show", detail(ctx, ticket), ticket.id)
    ctx.desk.pass_on_media(ctx.db, ticket, ctx.now, chats=[ctx.msg.chat_id],
                           tag=f":show{ctx.msg.update_id}")
    return outcome


def show_usage(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/show without a ticket number: its usage line, or for a citizen where /status is."""
    citizen = msg.private and people.actor_of(desk.db, desk.config, msg.user_id).role \
        is Role.CITIZEN
    answer(desk, msg, "usage", for_citizen.show_is_for_staff(None) if citizen
           else for_staff.staff_usage("show"), now)


def detail(ctx: Ctx, ticket: Ticket) -> str:
    """A ticket as staff and supervisors read it: personal data masked."""
    config = ctx.desk.config
    fields = [("number", ticket.number), ("state", texts.state_name(ticket.state.value)
                                          + _flags(ticket)),
              ("unit", unit_label(config, ticket.unit)),
              ("source", texts.source_name(ticket.channel)),
              ("received", ctx.when(ticket.received_at)), ("deadline", ctx.when(ticket.deadline)),
              ("text", masked_text(ticket))]
    if ticket.project:
        fields += [("measures", masked(ticket, ticket.measures)),
                   ("plan", masked(ticket, ticket.plan))]
    if ticket.result:
        fields.append(("result", masked(ticket, ticket.result)))
    if ticket.extension_days or ticket.extension_until:
        fields.append(("extension", texts.pending_extension(
            common.extension_asked(ticket.extension_days, ctx.day(ticket.extension_until)),
            masked(ticket, ticket.extension_reason))))
    if ticket.transfer_count:
        fields.append(("transfers", str(ticket.transfer_count)))
    events = tickets.history(ctx.db, ticket.id)
    lines = [history.show_line(e, partial(unit_label, config), ctx.when,
                               lambda text: masked(ticket, text), holder)
             for e, holder in zip(events, history.holders(events), strict=True)]
    log = [(ctx.when(dt.datetime.fromisoformat(e["at"])), name, truncate(said, 200))
           for e, (name, said) in zip(events, lines, strict=True)]
    return texts.ticket_detail(fields, log)
