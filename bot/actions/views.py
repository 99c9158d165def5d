"""What staff and supervisors read: /list and /show (personal data masked)."""

from __future__ import annotations

import datetime as dt
from functools import partial

from bot.actions import announce, threats
from bot.actions.ctx import Ctx, Outcome, general, on_ticket
from bot.config import FALLBACK_UNIT
from bot.domain import listing
from bot.domain.calendar import calendar_of
from bot.domain.listing import Late
from bot.domain.permissions import Role
from bot.domain.ticket_words import masked, masked_text
from bot.domain.tickets import OPEN_STATES, Ticket
from bot.render import truncate
from bot.store import tickets
from bot.texts import common, history
from bot.texts import listing as listing_texts
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
                                   ctx.when(t.deadline), truncate(masked_text(t), 40),
                                   _flags(ctx, t))
             for t in rows]
    scope = unit_label(config, unit) if unit else texts.ALL_UNITS
    return ctx.answer("list", texts.ticket_list(scope, which, lines, total - len(lines)))


def _flags(ctx: Ctx, ticket: Ticket) -> str:
    return texts.flags(ticket.urgent, ticket.overdue, ticket.project,
                       _listed(ctx, ticket) is not None, bool(threats.spoken(ticket)))


def _listed(ctx: Ctx, ticket: Ticket) -> Late | None:
    """How late the ticket is, when it is listed for 约谈/通报 now (the digest's rule)."""
    if ticket.state not in OPEN_STATES:
        return None
    config = ctx.desk.config
    return listing.listed(ticket.deadline, ticket.urgent, ctx.now, config.deadlines,
                          calendar_of(config))


def _deadline(ctx: Ctx, ticket: Ticket) -> str:
    """The deadline, with how late an open ticket is past it, as /overdue and the 督办 say it."""
    config = ctx.desk.config
    late = listing.late(ticket.deadline, ticket.urgent, ctx.now, config.deadlines,
                        calendar_of(config)) if ticket.state in OPEN_STATES else None
    shown = ctx.when(ticket.deadline)
    return shown if late is None else texts.deadline_late(shown, late.days, late.hours)


@on_ticket("show")
def show(ctx: Ctx, ticket: Ticket) -> Outcome:
    """/show NUMBER: one ticket with its whole history, internal notes included, and what the
    citizen sent with it, again."""
    outcome = ctx.answer("show", detail(ctx, ticket), ticket.id)
    announce.pass_on_media(ctx.desk, ctx.db, ticket, ctx.now, chats=[ctx.msg.chat_id],
                           tag=f":show{ctx.msg.update_id}")
    return outcome


def detail(ctx: Ctx, ticket: Ticket) -> str:
    """A ticket as staff and supervisors read it: personal data masked."""
    config = ctx.desk.config
    fields = [("number", ticket.number), ("state", texts.state_name(ticket.state.value)
                                          + _flags(ctx, ticket)),
              ("unit", unit_label(config, ticket.unit)),
              ("source", texts.source_name(ticket.channel)),
              ("received", ctx.when(ticket.received_at)), ("deadline", _deadline(ctx, ticket)),
              ("text", masked_text(ticket))]
    if words := threats.spoken(ticket):
        fields.append(("threat", texts.threat_field(words)))
    if (late := _listed(ctx, ticket)) is not None:
        fields.append(("listed", listing_texts.show_field(late.days, late.hours)))
    if ticket.project:
        fields += [("measures", masked(ticket, ticket.measures)),
                   ("plan", masked(ticket, ticket.plan))]
    if ticket.result:
        fields.append(("result", common.dated_result(masked(ticket, ticket.result),
                                                       ticket.resolved_at, config.county.tz)))
    if ticket.extension_days or ticket.extension_until:
        fields.append(("extension", texts.pending_extension(
            common.extension_asked(ticket.extension_days, ctx.day(ticket.extension_until)),
            masked(ticket, ticket.extension_reason))))
    if ticket.transfer_count:
        fields.append(("transfers", str(ticket.transfer_count)))
    events = history.told_once(tickets.history(ctx.db, ticket.id))
    lines = [history.show_line(e, partial(unit_label, config), ctx.when,
                               lambda text: masked(ticket, text), holder)
             for e, holder in zip(events, history.holders(events), strict=True)]
    log = [(ctx.when(dt.datetime.fromisoformat(e["at"])), name, truncate(said, 200))
           for e, (name, said) in zip(events, lines, strict=True)]
    return texts.ticket_detail(fields, log)
