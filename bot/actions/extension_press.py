"""The 批准 / 不批准 buttons under the extension request (延期申请) the supervisors get
(`xt:TICKET:REQUEST:1|0`, REQUEST being the id of the request's audit event): 批准 does what
/approve does; 不批准 refuses it (round 25: a supervisor had no way to say no). A refusal closes
the request — the deadline stays, the unit is told who refused it and how to ask again, and
/approve or a stale button has nothing left to grant; the citizen hears of it only when they were
told the request awaited approval (a 实事项目's later completion date), as after a 督办
(bot/actions/extensions._refuse_after_urge). Callback data is untrusted: anything but that
shape is refused, and every press is authorized again as /approve."""

from __future__ import annotations

import datetime as dt
import re

from bot.actions import extensions
from bot.actions.buttons import toast
from bot.actions.ctx import Ctx, Outcome, on_ticket
from bot.actions.desk import Desk, Incoming
from bot.domain.delivery import Priority
from bot.domain.tickets import Ticket
from bot.store import tickets
from bot.texts import citizen_deadlines, common, extension_refusals
from bot.texts.common import unit_label

_DATA = re.compile(r"xt:([1-9][0-9]{0,17}):([1-9][0-9]{0,17}):([01])")


def press(desk: Desk, press: Incoming, data: str, now: dt.datetime) -> str:
    """Act on 批准 or 不批准; returns the toast to answer the press with."""
    match = _DATA.fullmatch(data)
    if match is None:
        return common.BUTTON_REFUSED
    return toast(_decide(desk, press, int(match[1]), int(match[2]), match[3] == "1", now).text)


@on_ticket("approve", button=True)
def _decide(ctx: Ctx, ticket: Ticket, request: int, approved: bool) -> Outcome:
    """The request named on the button decided, if it is still the one pending; the full
    answer said in the chat, as /approve's would be, a short one as the toast."""
    if not ticket.is_open or extensions.request_id(ctx, ticket) != request:
        if ctx.msg.message_id:  # stale: its buttons go, nothing changes
            ctx.desk.drop_buttons(ctx.db, ctx.msg.chat_id, ctx.msg.message_id, ticket.id,
                                  ctx.now)
        return ctx.fail("approve", extension_refusals.decided_already(ticket.number))
    done = extensions.grant(ctx, ticket) if approved else _refuse(ctx, ticket)
    ctx.desk.say(ctx.db, ctx.msg, "approve", done.text, ctx.now, ticket.id,
                 priority=Priority.STAFF)
    if approved and not done.ok:  # not granted after all (a 督办 came after it): why
        return done
    return Outcome(True, extension_refusals.APPROVED_TOAST if approved
                   else extension_refusals.REFUSED_TOAST)


def _refuse(ctx: Ctx, ticket: Ticket) -> Outcome:
    """不批准: the pending request closed on the record, the deadline as it was; the unit told
    who refused it; the citizen only of a 实事项目 date they were told awaited approval."""
    asked = extensions.pending(ctx, ticket) or ""
    limit = ctx.when(ticket.urge_deadline or ticket.deadline)
    if ticket.extension_until is not None and ticket.project:
        ctx.tell_citizen(ticket, "project_refused", citizen_deadlines.project_refused_for_citizen(
            ticket.number, unit_label(ctx.desk.config, ticket.unit), limit))
    ticket = tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "supervisor",
                            "extension_declined", {"extension_days": 0, "extension_until": None},
                            None, extensions.request_of(ticket), None)
    ctx.tell_unit(ticket, "extension_declined", extension_refusals.refused_for_unit(
        ticket.number, asked, ctx.who, limit))
    extensions.settle(ctx, ticket, extension_refusals.decided_note(ctx.who, False))
    return ctx.fail("approve", extension_refusals.refused_for_supervisor(ticket.number, asked,
                                                                        limit))
