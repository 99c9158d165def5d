"""退单/改派: moving a ticket to another unit with a reason, and what transfers teach routing.

Each transfer is one audit event: action "transfer", old = from-unit, new = to-unit, detail =
reason. A ticket bounced between units HOTLINE_AFTER times goes to `hotline` for manual dispatch
instead; dispatching from `hotline` starts the count again. The same events feed `eval`, `learn`
and `/stats` through `history`, `labelled_rows` and `transfers_by_unit`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from bot import repo, texts
from bot.config import FALLBACK_UNIT
from bot.desk import Desk, Incoming
from bot.staff import REPLAYED, Ctx, Outcome, begin
from bot.tickets import State, Ticket, TransitionError, iso, next_state

HOTLINE_AFTER = 3  # the third transfer in a row between units goes to manual dispatch


def transfer(desk: Desk, msg: Incoming, number: str, code: str, reason: str, now: dt.datetime
             ) -> Outcome:
    """/transfer NUMBER UNIT_CODE REASON."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("transfer", number)
        if ticket is None:
            return ctx.refuse(number, "transfer")
        if desk.config.unit(code) is None:
            return ctx.fail("transfer", texts.unknown_unit(
                code, [(u.code, u.name) for u in desk.config.units]))
        if code == ticket.unit:
            return ctx.fail("transfer", texts.same_unit(number))
        try:
            ticket, forced = move(ctx, ticket, code, reason)
        except TransitionError:
            return ctx.fail("transfer", texts.cannot(number, texts.ACTION_TRANSFER, ticket.state.value))
        return ctx.answer("transfer", texts.transferred(
            number, desk.config.unit_name(ticket.unit), forced), ticket.id)


def decline(desk: Desk, msg: Incoming, ticket_id: int, now: dt.datetime) -> Outcome:
    """The 退单 button: back to `hotline` for manual dispatch, with a standard reason."""
    with desk.store.atomic() as db:
        ctx = begin(desk, db, msg, now, button=True)
        if ctx is None:
            return REPLAYED
        ticket = ctx.find("decline", ticket_id)
        if ticket is None:
            return ctx.refuse(ticket_id, "decline")
        if ticket.unit == FALLBACK_UNIT:
            return ctx.fail("decline", texts.decline_from_hotline())
        try:
            move(ctx, ticket, FALLBACK_UNIT, texts.DECLINE_REASON)
        except TransitionError:
            return ctx.fail("decline", texts.cannot(ticket.number, "退单", ticket.state.value))
        return ctx.answer("decline", texts.declined_toast(), ticket.id)


def move(ctx: Ctx, ticket: Ticket, code: str, reason: str) -> tuple[Ticket, bool]:
    """Transfer (TransitionError when the state does not allow it); True when forced to hotline."""
    target_state = next_state("transfer", ticket.state)
    origin = ticket.unit
    forced = (origin != FALLBACK_UNIT and code != FALLBACK_UNIT
              and bounces(ctx.db, ticket.id) + 1 >= HOTLINE_AFTER)
    if forced:
        code = FALLBACK_UNIT
    # The receiving unit's 签收 is what its 响应率 measures: the old acceptance does not carry over.
    ticket = repo.update(ctx.db, ticket, ctx.now, ctx.actor.user_id, "staff", "transfer",
                         {"unit": code, "state": target_state.value, "accepted_at": None,
                          "transfer_count": ticket.transfer_count + 1},
                         reason, origin, code)
    config = ctx.desk.config
    ctx.desk.tell_unit(ctx.db, ticket, f"moved:{ctx.msg.update_id}",
                       texts.transferred_away_for_unit(ticket.number, config.unit_name(code),
                                                       ctx.who),
                       ctx.now, unit=origin, exclude=None if ctx.button else ctx.msg.chat_id)
    ctx.tell_citizen(ticket, "transfer", texts.transferred_for_citizen(
        ticket.number, config.unit_name(code)))
    ctx.desk.announce_new(ctx.db, ticket, ctx.now)
    if forced:
        ctx.desk.tell_supervisors(
            ctx.db, f"bounced:{ticket.id}:{ctx.msg.update_id}",
            texts.transferred_for_supervisors(ticket.number, HOTLINE_AFTER,
                                              config.unit_name(code)), ctx.now, ticket.id)
    return ticket, forced


def bounces(db: Database, ticket_id: int) -> int:
    """Transfers between units since the ticket last left manual dispatch."""
    row = next(iter(db.query(
        "SELECT count(*) AS n FROM events WHERE ticket_id = ? AND action = 'transfer'"
        " AND old != ? AND id > coalesce((SELECT max(id) FROM events WHERE ticket_id = ?"
        " AND action = 'transfer' AND old = ?), 0)",
        [ticket_id, FALLBACK_UNIT, ticket_id, FALLBACK_UNIT])))
    return int(row["n"])


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
    rows = db.query(
        "SELECT t.number, t.text, e.old, e.new, e.detail, e.at FROM events e"
        " JOIN tickets t ON t.id = e.ticket_id WHERE e.action = 'transfer' AND e.at >= ?"
        " ORDER BY e.id", [iso(since) if since else ""])
    return [TransferRecord(r["number"], r["text"], r["old"] or "", r["new"] or "",
                           r["detail"] or "", dt.datetime.fromisoformat(r["at"])) for r in rows]


def labelled_rows(db: Database) -> list[tuple[str, str]]:
    """(text, unit) for transferred tickets the receiving unit took on: extra data for `learn`.

    A ticket counts once, labelled with the unit that accepted or resolved it after its last
    transfer; tickets still bouncing, withdrawn or parked at `hotline` teach nothing.
    """
    settled = (State.ACCEPTED.value, State.RESOLVED.value, State.CLOSED.value)
    rows = db.query(
        "SELECT text, unit FROM tickets WHERE transfer_count > 0 AND unit != ?"
        " AND state IN (?, ?, ?) ORDER BY id", [FALLBACK_UNIT, *settled])
    return [(r["text"], r["unit"]) for r in rows]


def transfers_by_unit(db: Database, since: dt.datetime | None = None) -> dict[str, int]:
    """How many tickets each unit passed on (misrouted to it), from the transfer events."""
    counts: dict[str, int] = {}
    for record in history(db, since):
        if record.from_unit != FALLBACK_UNIT:
            counts[record.from_unit] = counts.get(record.from_unit, 0) + 1
    return counts
