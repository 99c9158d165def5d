"""退单/改派: moving a ticket to another unit with a reason, and what transfers teach routing.

Each transfer is one audit event: action "transfer", old = from-unit, new = to-unit, detail =
reason. A ticket bounced between units HOTLINE_AFTER times goes to `hotline` for manual dispatch
instead; dispatching from `hotline` starts the count again. The same events feed `eval`, `learn`
and `/stats` through `history`, `labelled_rows` and `transfers_by_unit`.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlite_utils import Database

from bot.actions import announce
from bot.actions.ctx import Ctx, Outcome, on_ticket
from bot.actions.typed_usage import target
from bot.config import FALLBACK_UNIT
from bot.domain.delivery import Priority
from bot.domain.privacy import mask
from bot.domain.tickets import AWAITING_SIGNATURE, Ticket, TransitionError, next_state
from bot.store import tickets
from bot.store import transfers as transfer_log
from bot.texts import citizen_transfers, for_citizen, for_staff, for_supervisors, signing
from bot.texts.common import unit_label

HOTLINE_AFTER = 3  # the third transfer in a row between units goes to manual dispatch


@on_ticket("transfer")
def transfer(ctx: Ctx, ticket: Ticket, code: str, reason: str) -> Outcome:
    """/transfer NUMBER UNIT_CODE REASON."""
    config = ctx.desk.config
    unit = target(config, code, ticket.unit)  # a placeholder or no unit: told so
    if isinstance(unit, str):
        return ctx.fail("transfer", unit)
    code = unit.code
    if code == ticket.unit:
        return ctx.fail("transfer", for_staff.same_unit(ticket.number))
    try:
        ticket, forced, reached = move(ctx, ticket, code, reason)
    except TransitionError:
        return ctx.fail("transfer", for_staff.cannot(ticket.number, for_staff.ACTION_TRANSFER,
                                                     ticket.state.value))
    return ctx.answer("transfer", for_staff.transferred(
        ticket.number, unit_label(config, ticket.unit), forced, reached > 0), ticket.id)


@on_ticket("decline", button=True)
def decline(ctx: Ctx, ticket: Ticket) -> Outcome:
    """The 退单 button: a ticket goes back only with a reason, as /transfer asks for one (an
    outside tester: the button sent it back with none). A press cannot carry words, so it asks
    in the chat for /transfer's own form, filled in for `hotline`, and moves nothing: the
    ticket leaves through /transfer alone. It asks only while the ticket awaits this unit's
    签收 — the moment its push was about; once the unit has taken it on, an old button changes
    nothing (a unit that finds it is not theirs after all says why with /transfer)."""
    if ticket.unit == FALLBACK_UNIT:
        return ctx.fail("decline", for_staff.DECLINE_FROM_HOTLINE)
    if ticket.state not in AWAITING_SIGNATURE or ticket.accepted_at is not None:
        ctx.drop_pushes(ticket)
        return ctx.fail("decline", for_staff.decline_stale(ticket.number, ticket.state.value))
    ctx.desk.say(ctx.db, ctx.msg, "decline", for_staff.decline_asks_reason(ticket.number),
                 ctx.now, ticket.id, priority=Priority.STAFF)
    return ctx.answer("decline", for_staff.DECLINE_ASKED_TOAST, ticket.id)


def move(ctx: Ctx, ticket: Ticket, code: str, reason: str) -> tuple[Ticket, bool, int]:
    """Transfer (TransitionError when the state does not allow it): the ticket, whether it was
    forced to hotline, and how many chats of the receiving unit were told."""
    target_state = next_state("transfer", ticket.state)
    origin, signed = ticket.unit, ticket.state not in AWAITING_SIGNATURE
    # Its pushes edited already (签收 noted), found before this transfer edits the others.
    edited = transfer_log.edited_pushes(ctx.db, ticket.id, origin, ticket.transfer_count)
    forced = (origin != FALLBACK_UNIT and code != FALLBACK_UNIT
              and transfer_log.bounces(ctx.db, ticket.id) + 1 >= HOTLINE_AFTER)
    if forced:
        code = FALLBACK_UNIT
    # The receiving unit's 签收 is what its 响应率 measures: the old acceptance does not carry over.
    ticket = tickets.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "staff", "transfer",
                            {"unit": code, "state": target_state.value, "accepted_at": None,
                             "transfer_count": ticket.transfer_count + 1},
                            reason, origin, code)
    # Before the receiving unit's push: the old unit's buttons go, its call to sign too; a
    # push edited already (signed) is edited again: it left, whatever its 签收 note said.
    went = unit_label(ctx.desk.config, code)
    ctx.drop_pushes(ticket, signing.moved_note(went))
    for chat, message_id in edited:
        ctx.desk.drop_buttons(ctx.db, chat, message_id, ticket.id, ctx.now,
                              signing.moved_signed_note(went) if signed
                              else signing.moved_note(went), f":moved:{ticket.transfer_count}")
    desk, config = ctx.desk, ctx.desk.config
    desk.tell_unit(ctx.db, ticket, f"moved:{ctx.msg.update_id}",
                   for_staff.transferred_away_for_unit(ticket.number, unit_label(config, code),
                                                       ctx.who),
                   ctx.now, unit=origin, exclude=None if ctx.button else ctx.msg.chat_id)
    # Back with the hotline (a 退单, or passed on too often) it awaits a unit: said as that.
    told = citizen_transfers.back_to_dispatch_for_citizen if code == FALLBACK_UNIT \
        else for_citizen.transferred_for_citizen
    ctx.tell_citizen(ticket, "transfer", told(ticket.number, unit_label(config, code)))
    reached = announce.new_ticket(desk, ctx.db, ticket, ctx.now, (
        ctx.who, unit_label(config, origin), mask(reason, ticket.names)))
    if forced:
        desk.tell_supervisors(
            ctx.db, f"bounced:{ticket.id}:{ctx.msg.update_id}",
            for_supervisors.transferred_for_supervisors(ticket.number, HOTLINE_AFTER,
                                                        unit_label(config, code)),
            ctx.now, ticket.id)
    return ticket, forced, reached


# --- what transfers teach routing -----------------------------------------------------------------

@dataclass(frozen=True)
class TransferRecord:
    number: str
    text: str
    from_unit: str
    to_unit: str
    reason: str
    at: dt.datetime


def history(db: Database, since: dt.datetime | None = None) -> list[TransferRecord]:
    """Every transfer (text, from, to, reason), oldest first."""
    return [TransferRecord(r["number"], r["text"], r["old"] or "", r["new"] or "",
                           r["detail"] or "", dt.datetime.fromisoformat(r["at"]))
            for r in transfer_log.transfer_events(db, since)]


def labelled_rows(db: Database) -> list[tuple[str, str]]:
    """(text, unit) for transferred tickets the receiving unit took on: extra data for `learn`.

    A ticket counts once, labelled with the unit that accepted or resolved it after its last
    transfer; tickets still bouncing, withdrawn or parked at `hotline` teach nothing. Texts are
    masked: a routing table learned from them must not make a keyword of someone's name.
    """
    return [(mask(text), unit) for text, unit in transfer_log.settled_after_transfer(db)]


def open_transferred(db: Database) -> int:
    """Transferred tickets still open: `labelled_rows` leaves them out until they settle."""
    return transfer_log.open_after_transfer(db)


def transfers_by_unit(db: Database, since: dt.datetime | None = None) -> dict[str, int]:
    """How many tickets each unit passed on (misrouted to it), from the transfer events: a ticket
    that came back to a unit and was passed on again counts once for it."""
    passed = dict.fromkeys((record.from_unit, record.number) for record in history(db, since)
                           if record.from_unit != FALLBACK_UNIT)  # oldest first, each once
    return dict(Counter(unit for unit, _ in passed))
