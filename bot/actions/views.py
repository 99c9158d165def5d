"""What staff and supervisors read: /list and /show (personal data masked)."""

from __future__ import annotations

import datetime as dt

from bot.actions.ctx import Ctx, Outcome, general, on_ticket
from bot.actions.desk import masked, masked_text
from bot.config import Config
from bot.domain.permissions import Role
from bot.domain.tickets import Ticket
from bot.render import truncate
from bot.store import tickets
from bot.texts import common, for_staff

LIST_LIMIT = 30


@general("list")
def list_tickets(ctx: Ctx, which: str) -> Outcome:
    """/list [state]: the unit's tickets (all units for supervisors), soonest deadline first."""
    which = which or "open"
    unit = ctx.actor.unit if ctx.actor.role is Role.STAFF else None
    rows, total = tickets.listed(ctx.db, which, unit, ctx.now, LIST_LIMIT)
    config = ctx.desk.config
    lines = [for_staff.ticket_line(t.number, t.state.value, config.unit_name(t.unit),
                                   ctx.when(t.deadline), truncate(masked_text(t), 40), _flags(t))
             for t in rows]
    scope = config.unit_name(unit) if unit else for_staff.ALL_UNITS
    return ctx.answer("list", for_staff.ticket_list(scope, which, lines, total - len(lines)))


def _flags(ticket: Ticket) -> str:
    return for_staff.flags(ticket.urgent, ticket.overdue, ticket.project)


@on_ticket("show")
def show(ctx: Ctx, ticket: Ticket) -> Outcome:
    """/show NUMBER: one ticket with its whole history, internal notes included, and what the
    citizen sent with it, again."""
    outcome = ctx.answer("show", detail(ctx, ticket), ticket.id)
    ctx.desk.pass_on_media(ctx.db, ticket, ctx.now, chats=[ctx.msg.chat_id],
                           tag=f":show{ctx.msg.update_id}")
    return outcome


def detail(ctx: Ctx, ticket: Ticket) -> str:
    """A ticket as staff and supervisors read it: personal data masked."""
    config = ctx.desk.config
    fields = [("number", ticket.number), ("state", for_staff.state_name(ticket.state.value)
                                          + _flags(ticket)),
              ("unit", config.unit_name(ticket.unit)),
              ("source", for_staff.source_name(ticket.channel)),
              ("received", ctx.when(ticket.received_at)), ("deadline", ctx.when(ticket.deadline)),
              ("text", masked_text(ticket))]
    if ticket.project:
        fields += [("measures", masked(ticket, ticket.measures)),
                   ("plan", masked(ticket, ticket.plan))]
    if ticket.result:
        fields.append(("result", masked(ticket, ticket.result)))
    if ticket.extension_days:
        fields.append(("extension", for_staff.pending_extension(
            ticket.extension_days, masked(ticket, ticket.extension_reason))))
    if ticket.transfer_count:
        fields.append(("transfers", str(ticket.transfer_count)))
    history = [(ctx.when(dt.datetime.fromisoformat(e["at"])),
                for_staff.STAFF_EVENT_NAMES.get(e["action"], e["action"]),
                _event_detail(e, ticket, config))
               for e in tickets.history(ctx.db, ticket.id)]
    return for_staff.ticket_detail(fields, history)


def _event_detail(event: dict[str, object], ticket: Ticket, config: Config) -> str:
    action, old, new = event["action"], str(event["old"] or ""), str(event["new"] or "")
    if action in ("routed", "picked"):
        return config.unit_name(new)
    if action == "transfer":
        reason = masked(ticket, str(event["detail"] or ""))  # staff's words, often about the citizen
        return f"{config.unit_name(old)} → {config.unit_name(new)}：{reason}"
    if action == "created":
        return ""
    if action == "rate":
        return common.rate_detail(str(event["detail"] or ""))
    if action == "contact":  # who looked: a colleague, named as at work
        return str(event["detail"] or "")
    return truncate(masked(ticket, str(event["detail"] or "")), 200)
