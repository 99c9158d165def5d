"""CLI subcommands for follow-up and supervision: `tick`, `digest`, `export`.

`tick` queues messages in the database; the running bot's delivery loop sends them (it checks
the outbox at least once a second), so cron or an operator can run it next to the bot.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sqlite3
import sys
from pathlib import Path
from typing import Any

from bot.actions import followup, group_moves
from bot.actions.desk import Desk
from bot.cli.common import CliError, NoRouter, config_from, open_store, parse_date, parse_moment, plain
from bot.reports import digest, ledger
from bot.store import outbox
from bot.store.db import held_by_a_bot
from bot.texts import for_operators, for_supervisors
from bot.texts.common import unit_label

# `tick --now` a little behind the clock (typed by hand a minute late) runs at the clock's time.
CLOCK_SLACK = dt.timedelta(minutes=5)
# A jump further ahead (a typo in the year or month) would make every ticket overdue and send
# every reminder, 督办 and 回访 at once: it needs --yes.
CONFIRM_JUMP = dt.timedelta(days=7)


def _tick(args: argparse.Namespace) -> int:
    """Queue everything due as of --now (default: now)."""
    config = config_from(args)
    moment = parse_moment(args.now, config) if args.now else None
    store = open_store(config)
    try:
        clock = store.now()
        if moment is not None and moment < clock - CLOCK_SLACK:
            raise CliError(f"--now {args.now}: the county's clock is already at "
                           f"{clock.astimezone(config.county.tz).isoformat(timespec='minutes')};"
                           " it never goes back (what happened stays in the past)")
        if moment is not None and moment - clock > CONFIRM_JUMP and not args.yes:
            raise CliError(for_operators.tick_jump(args.now, clock.astimezone(config.county.tz),
                                                   round((moment - clock) / dt.timedelta(days=1))))
        if moment is not None and moment > clock:  # the running bot's clock moves with it
            store.advance_clock(moment)
        now = max(moment or clock, clock)
        desk = Desk(store, group_moves.current(store.db, config), NoRouter())
        summary = followup.run_due(desk, now)
        states = outbox.counts(store.db)
    finally:
        store.close()
    print(f"tick {now.isoformat(timespec='seconds')}: {summary}")
    print(for_operators.tick_queued(desk.queued, held_by_a_bot(config.storage.database)))
    for code, notices in sorted(desk.unreached.items()):
        print(f"not deliverable: {notices} notices to {code} ({unit_label(config, code)}), which has"
              " no group chat and no staff")
    print("outbox: " + (", ".join(f"{state} {n}" for state, n in states.items()) or "empty"))
    return 0


def _digest(args: argparse.Namespace) -> int:
    """Print the digest for --date (default: yesterday in county time)."""
    config = config_from(args)
    tz = config.county.tz
    store = open_store(config, reading=True)
    refused = None
    try:
        clock = store.now()
        today = clock.astimezone(tz).date()
        day = parse_date(args.date, "--date") if args.date else today - dt.timedelta(days=1)
        if day > today:
            raise CliError(f"--date {args.date}: that day has not come yet (today is {today})")
        # The day's figures, and what is open and overdue now (the digest says as of when); a
        # day whose digest was issued prints as issued.
        report, due = digest.current(store, config, day, clock)
        if due:
            try:
                report = digest.keep(store, day, report)
            except sqlite3.OperationalError as exc:  # a read-only database: printed all the same
                refused = str(exc)
    finally:
        store.close()
    print(plain(for_supervisors.digest(report)))
    if refused:
        print(for_operators.digest_not_kept(day, refused), file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    """Write the 督查台账 ledger to --out (.xlsx or .csv)."""
    config = config_from(args)
    tz = config.county.tz
    since = until = None
    if args.since:
        since = dt.datetime.combine(parse_date(args.since, "--since"), dt.time(), tzinfo=tz)
    if args.until:
        until = dt.datetime.combine(parse_date(args.until, "--until") + dt.timedelta(days=1), dt.time(),
                                    tzinfo=tz)
    if since and until and since >= until:
        raise CliError(f"--since {args.since} is after --until {args.until}: no day lies between")
    out = Path(args.out)
    if out.suffix.lower() not in (".xlsx", ".csv"):
        raise CliError(f"--out {args.out}: the ledger is written as .xlsx or .csv")
    if out.exists() and not args.overwrite:  # last month's ledger is not lost to a typo
        raise CliError(for_operators.out_exists(args.out))
    store = open_store(config, reading=True)  # the export only reads: a read-only copy will do
    try:
        count = ledger.write(store.db, config, out, store.now(), since, until)
    except OSError as exc:
        raise CliError(f"cannot write {out}: {exc}") from None
    finally:
        store.close()
    print(f"{out}: {count} rows")
    return 0


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    tick = sub.add_parser("tick", parents=[common], help="queue all follow-up work due now")
    tick.add_argument("--now", metavar="ISO8601", help="act as if it were this moment")
    tick.add_argument("--yes", action="store_true",
                      help="confirm a --now more than 7 days ahead of the county's clock")
    tick.set_defaults(func=_tick)
    report = sub.add_parser("digest", parents=[common], help="print the supervisors' digest")
    report.add_argument("--date", metavar="YYYY-MM-DD", help="the day (default: yesterday)")
    report.set_defaults(func=_digest)
    export = sub.add_parser("export", parents=[common], help="write the 督查台账 ledger")
    export.add_argument("--out", required=True, metavar="FILE", help=".xlsx or .csv")
    export.add_argument("--since", metavar="YYYY-MM-DD", help="tickets received from this day")
    export.add_argument("--until", metavar="YYYY-MM-DD", help="tickets received up to this day")
    export.add_argument("--overwrite", action="store_true", help="replace FILE if it exists")
    export.set_defaults(func=_export)
