"""Supervisors' follow-up commands: /digest, /overdue, /stats, /urge, /publish, /ledger.

Each entry point checks the asker with `authorize` and answers once per update (the update is
claimed in the transaction that queues the answer). Expensive work (a digest chart, a ledger
file) is done before that transaction, never inside it, and only for a supervisor.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from sqlite_utils import Database

from bot import digest, followup, inbox, ledger, notices, people, publish, repo, texts, transfers
from bot.desk import Desk, Incoming
from bot.outbox import Outgoing
from bot.permissions import authorize
from bot.rates import OPEN_SQL, ranked, total, unit_rates
from bot.store import Store
from bot.tickets import Ticket, iso

OVERDUE_LIMIT = 30
STATS_DEFAULT_DAYS = 30
STATS_MAX_DAYS = 3660


def _allowed(desk: Desk, msg: Incoming, action: str) -> bool:
    return msg.private and authorize(people.actor_of(desk.db, desk.config, msg.user_id), action)


def _answer(desk: Desk, msg: Incoming, key: str, text: str, now: dt.datetime) -> None:
    with desk.store.atomic() as db:
        if inbox.claim(db, msg.update_id, now):
            desk.say(db, msg, key, text, now)


def show_digest(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/digest: yesterday's digest (county time) with its chart, on demand."""
    if not _allowed(desk, msg, "digest"):
        _answer(desk, msg, "refused", texts.supervision_only(), now)
        return
    day = now.astimezone(desk.config.county.tz).date() - dt.timedelta(days=1)
    report = digest.build(desk.db, desk.config, day, now)
    folder = followup.reports_folder(desk)
    chart = digest.chart_file(report, folder, f"asked-{msg.update_id}")
    with desk.store.atomic() as db:
        if inbox.claim(db, msg.update_id, now):
            digest.send(desk, db, report, chart, f"re:{msg.update_id}:digest", now, [msg.chat_id])


def overdue(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/overdue: open tickets past their deadline, longest overdue first."""
    if not _allowed(desk, msg, "overdue"):
        _answer(desk, msg, "refused", texts.supervision_only(), now)
        return
    calendar = repo.calendar_of(desk.config)
    tz = desk.config.county.tz
    where = f"FROM tickets WHERE {OPEN_SQL} AND deadline <= ?"
    count = next(iter(desk.db.query(f"SELECT count(*) AS n {where}", [iso(now)])))["n"]
    rows = []
    for row in desk.db.query(f"SELECT number, unit, deadline, urge_count {where}"
                             " ORDER BY deadline LIMIT ?", [iso(now), OVERDUE_LIMIT]):
        deadline = dt.datetime.fromisoformat(row["deadline"])
        rows.append((row["number"], desk.config.unit_name(row["unit"]), texts.when(deadline, tz),
                     calendar.working_days_between(deadline, now), row["urge_count"] or 0))
    _answer(desk, msg, "overdue", texts.overdue_list(rows, count), now)


def stats(desk: Desk, msg: Incoming, argument: str, now: dt.datetime) -> None:
    """/stats [days]: the four rates per unit over the last `days` days (default 30)."""
    if not _allowed(desk, msg, "stats"):
        _answer(desk, msg, "refused", texts.supervision_only(), now)
        return
    # ASCII digits only: "³" passes str.isdigit but not int().
    digits = argument.isascii() and argument.isdigit()
    days = int(argument) if digits else (STATS_DEFAULT_DAYS if not argument else 0)
    if not 1 <= days <= STATS_MAX_DAYS:
        _answer(desk, msg, "usage", texts.supervisor_usage("stats"), now)
        return
    since = now - dt.timedelta(days=days)
    rates = unit_rates(desk.db, since, now, desk.config.deadlines.accept_hours, now)
    rows = [(desk.config.unit_name(r.unit), r) for r in ranked(rates.values())]
    misrouted = sorted(transfers.transfers_by_unit(desk.db, since).items(), key=lambda x: -x[1])
    _answer(desk, msg, "stats", texts.stats(
        days, rows, total(rates.values()),
        [(desk.config.unit_name(code), count) for code, count in misrouted]), now)


def _ticket_or_refusal(desk: Desk, db: Database, msg: Incoming, action: str, number: str
                       ) -> Ticket | str:
    """The ticket a supervisor acts on, or the answer to a refusal.

    A supervisor is told the number was not found, whether or not it exists; anyone else, or
    anywhere but a private chat, that the command is for supervisors.
    """
    actor = people.actor_of(db, desk.config, msg.user_id)
    ticket = repo.by_number(db, number)
    if msg.private and authorize(actor, action, ticket) and ticket is not None:
        return ticket
    if msg.private and authorize(actor, "stats"):
        return texts.supervisor_not_found(number)
    return texts.supervision_only()


def urge(desk: Desk, msg: Incoming, number: str, note: str, now: dt.datetime) -> None:
    """/urge NUMBER TEXT: a numbered 督办通知书 to the unit, with a new deadline."""
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return
        ticket = _ticket_or_refusal(desk, db, msg, "urge", number)
        if isinstance(ticket, str):
            desk.say(db, msg, "urge", ticket, now)
            return
        if not ticket.is_open:
            text = texts.urge_not_open(number, ticket.state.value)
        else:
            notice, ticket = notices.issue_urge(desk, db, ticket, now, actor_id=msg.user_id,
                                                note=note)
            text = texts.urge_done(number, notice)
        desk.say(db, msg, "urge", text, now, ticket.id)


def publish_ticket(desk: Desk, msg: Incoming, number: str, now: dt.datetime) -> None:
    """/publish NUMBER: the masked summary of a resolved ticket to the public channel."""
    with desk.store.atomic() as db:
        if not inbox.claim(db, msg.update_id, now):
            return
        ticket = _ticket_or_refusal(desk, db, msg, "publish", number)
        text = ticket if isinstance(ticket, str) else publish.publish(
            desk, db, ticket, msg.user_id, now)
        desk.say(db, msg, "publish", text, now)


async def send_ledger(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/ledger: the 督查台账 as an .xlsx document, written off the event loop."""
    if not _allowed(desk, msg, "ledger"):
        _answer(desk, msg, "refused", texts.supervision_only(), now)
        return
    stamp = now.astimezone(desk.config.county.tz).strftime("%Y%m%d-%H%M")
    path = followup.reports_folder(desk) / f"督查台账-{stamp}-{msg.update_id}.xlsx"
    count = await asyncio.to_thread(export_file, desk, path, now)
    with desk.store.atomic() as db:
        if inbox.claim(db, msg.update_id, now):
            desk.send(db, Outgoing(f"re:{msg.update_id}:ledger", msg.chat_id,
                                   texts.ledger_caption(count), document=str(path)), now)


def export_file(desk: Desk, path: Path, now: dt.datetime) -> int:
    """Write the ledger through a connection of its own (safe in a worker thread)."""
    store = Store.open(desk.config.storage.database)
    try:
        return ledger.write(store.db, desk.config, path, now)
    finally:
        store.close()
