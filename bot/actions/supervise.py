"""Supervisors' follow-up commands: /digest, /overdue, /stats, /urge, /publish, /ledger.

Each entry point checks the asker at the one gate (bot.actions.gate) and answers once per
update (the update is claimed in the transaction that queues the answer). Expensive work (a
digest chart, a ledger file) is done before that transaction, never inside it, and only for a
supervisor.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

from bot.actions import followup, gate, notices, numbers, publish, transfers
from bot.actions.ctx import Ctx, Outcome, on_ticket, place_of
from bot.actions.desk import Desk, Incoming, answer
from bot.config import FALLBACK_UNIT
from bot.domain import listing
from bot.domain.calendar import calendar_of
from bot.domain.figures import STATS_DEFAULT_DAYS, STATS_MAX_DAYS, split_manual, total
from bot.domain.tickets import Ticket
from bot.domain.typed_date import no_such_day, typed_day
from bot.domain.typed_same import same_typed
from bot.domain.urge import read_limit
from bot.render import Outgoing
from bot.reports import digest, ledger
from bot.store import inbox, people, reports, tickets
from bot.store.db import Store
from bot.texts import digest_asked, urging
from bot.texts import for_supervisors as texts
from bot.texts.common import unit_label

OVERDUE_LIMIT = 30


def _allowed(desk: Desk, msg: Incoming, action: str, now: dt.datetime) -> bool:
    """A supervisor in private chat (checked before any expensive work); others get the one
    gate's answer (bot.actions.gate)."""
    actor = people.actor_of(desk.db, desk.config, msg.user_id)
    text = gate.refused(actor, action, place_of(desk.config, msg))
    if text is None:
        return True
    answer(desk, msg, "refused", text, now)
    return False


def show_digest(desk: Desk, msg: Incoming, typed: str, now: dt.datetime) -> None:
    """/digest [DAY]: that day's digest (default yesterday, county time) with its chart, on
    demand, as `python -m bot digest --date` prints it; a day not yet come, or words that name
    no day, are answered so."""
    if not _allowed(desk, msg, "digest", now):
        return
    today = now.astimezone(desk.config.county.tz).date()
    day = typed_day(typed, today) if typed else today - dt.timedelta(days=1)
    if day is None or day > today:
        missing = no_such_day(typed, today) if day is None else None
        answer(desk, msg, "usage", digest_asked.digest_no_such_day(typed, *missing) if missing
               else digest_asked.digest_unread(typed) if day is None
               else digest_asked.digest_not_come(day, today), now)
        return
    report = digest.issued(desk.store, desk.config, day, now)
    chart = digest.chart_file(report, followup.reports_folder(desk), f"asked-{msg.update_id}")
    with desk.store.atomic() as db:
        if inbox.claim(db, msg.update_id, now):
            followup.send_digest(desk, db, report, chart, f"re:{msg.update_id}:digest", now,
                                 [msg.chat_id])


def overdue(desk: Desk, msg: Incoming, typed: str, now: dt.datetime) -> None:
    """/overdue: open tickets past their deadline, longest overdue first; words typed after it
    are named as taken for nothing, above the list (T25 finding 14: `/overdue 3` ignored them
    without a word)."""
    if not _allowed(desk, msg, "overdue", now):
        return
    calendar = calendar_of(desk.config)
    late, count = tickets.overdue(desk.db, now, OVERDUE_LIMIT)
    deadlines = desk.config.deadlines
    rows = []
    for t in late:
        found = listing.late(t.deadline, t.urgent, now, deadlines, calendar)
        rows.append((t.number, unit_label(desk.config, t.unit), desk.when(t.deadline),
                     found.days if found else 0, found.hours if found else None, t.urge_count,
                     listing.listed(t.deadline, t.urgent, now, deadlines, calendar) is not None))
    note = digest_asked.overdue_takes_nothing(typed.strip()) if typed.strip() else ""
    answer(desk, msg, "overdue", note + texts.overdue_list(rows, count), now)


def stats(desk: Desk, msg: Incoming, argument: str, now: dt.datetime) -> None:
    """/stats [days]: the four rates per unit over the last `days` days (default 30; weeks and
    months typed as 一周, 两个月 are 7 and 30 days each)."""
    if not _allowed(desk, msg, "stats", now):
        return
    typed = numbers.period(argument)  # 30, ３０, 三十, 三十天, 一周, 两个月
    days = typed if typed is not None else (STATS_DEFAULT_DAYS if not argument.strip() else 0)
    if not 1 <= days <= STATS_MAX_DAYS:
        answer(desk, msg, "usage", texts.supervisor_usage("stats"), now)
        return
    # Moments are stored to the second: what happened in this second is in the period too.
    until = now.replace(microsecond=0) + dt.timedelta(seconds=1)
    since = until - dt.timedelta(days=days)
    rates = reports.unit_rates(desk.db, since, until, desk.config.deadlines.accept_hours, now)
    ranking, manual = split_manual(rates.values())
    rows = [(unit_label(desk.config, r.unit), r) for r in ranking]
    misrouted = sorted(transfers.transfers_by_unit(desk.db, since).items(), key=lambda x: -x[1])
    hotline = rates.get(FALLBACK_UNIT)
    answer(desk, msg, "stats", texts.stats(
        days, now.astimezone(desk.config.county.tz), rows, total(rates.values()),
        [(unit_label(desk.config, code), count) for code, count in misrouted],
        hotline.received if hotline else 0,
        (unit_label(desk.config, manual.unit), manual) if manual else None), now)


@on_ticket("urge", supervision=True)
def urge(ctx: Ctx, ticket: Ticket, note: str) -> Outcome:
    """/urge NUMBER TEXT: a numbered 督办通知书 to the unit with a 限期办结: past the deadline the
    rules' one, before it the deadline in force, or a sooner one written in TEXT (2小时内,
    今天下班前); the supervisor is told which was set. A limit written that is already over
    issues nothing: the supervisor is asked for a later one; so does one that names no moment
    (月底前, 12月32日前): asked for one it can read (outside tester T27, finding 13)."""
    if not ticket.is_open:
        return ctx.fail("urge", urging.urge_not_open(ticket.number, ticket.state.value))
    if standing := _same_urge_in_force(ctx, ticket, note):
        return ctx.fail("urge", urging.urge_repeated(
            ticket.number, standing, ctx.desk.when(ticket.urge_deadline)))
    config = ctx.desk.config
    written = read_limit(note, ctx.now, config.deadlines, calendar_of(config), ticket.urgent)
    if written.passed:  # 今天16点前 at 16:15: issue nothing, ask for a later limit
        return ctx.fail("urge", urging.urge_limit_passed(ticket.number, ctx.when(written.at)))
    if written.unread:  # 月底前, 12月32日前: issue nothing, ask for a limit it can read
        return ctx.fail("urge", urging.urge_limit_unread(ticket.number, written.unread,
                                                         written.invalid))
    asked = written.at
    in_time = ticket.deadline is not None and ctx.now < ticket.deadline
    notice, ticket, reached = notices.issue_urge(ctx.desk, ctx.db, ticket, ctx.now,
                                                 actor_id=ctx.actor.user_id, note=note,
                                                 asked=asked, moved_from=written.day_off)
    limit = ticket.urge_deadline
    if asked is not None and limit == asked:
        source = "written"
    elif in_time:
        source = "kept" if asked is None else "kept_later"
    else:
        source = "none" if asked is None else "later"
    day_off = written.day_off if source == "written" else None
    return ctx.answer("urge", urging.urge_done(ticket.number, notice, reached, ctx.desk.when(limit),
                                               source, day_off, written.clock), ticket.id)


def _same_urge_in_force(ctx: Ctx, ticket: Ticket, note: str) -> str | None:
    """The notice number of the ticket's last 督办 when it had these very words (spacing,
    punctuation and full-width digits aside: bot.domain.typed_same)
    and its 限期办结 has not passed: issuing it again would only count a second 督办."""
    if ticket.urge_deadline is None or ticket.urge_deadline <= ctx.now:
        return None
    last = next((e for e in reversed(tickets.history(ctx.db, ticket.id))
                 if e["action"] == "urge"), None)
    # The event's detail: "NOTICE 限期 ISO NOTE" (bot.actions.notices.issue_urge).
    parts = (last["detail"] or "").split(" ", 3) if last else []
    if len(parts) < 4 or not same_typed(parts[3], note):
        return None
    return parts[0]


@on_ticket("publish", supervision=True)
def publish_ticket(ctx: Ctx, ticket: Ticket, text: str = "") -> Outcome:
    """/publish NUMBER [TEXT]: a public summary of a resolved ticket (TEXT, or a drafted summary
    shown first with 发布/取消 buttons) for the public channel."""
    return publish.publish(ctx, ticket, text)


async def send_ledger(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """/ledger: the 督查台账 as an .xlsx document, written off the event loop."""
    if not _allowed(desk, msg, "ledger", now):
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
