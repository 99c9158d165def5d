"""Follow-up at scale: due work, digest, /stats and the ledger export over N tickets (default 1M).

    python benchmarks/followup.py [--tickets 1000000] [--folder /tmp/jlb-bench] [--keep]

Builds a database of N tickets received over two years (history mostly closed, about 1.5 %
still open and overdue, the last two weeks in every state), each with its audit events, through
the real schema and migrations. Then it times, on that database: the first due-work tick (it
catches up on everything ever overdue), a steady-state tick a minute later, the digest figures
and its chart, its 30-day rates (each ticket at the unit that held it at the day's end, from the
audit log), /stats over 30 and 365 days, the working days late of a million deadlines (the
national calendar's 1,700 days off are bisected, not scanned), and `python -m bot export` of one
year as .xlsx in a child process (its peak memory shows the export streams). Prints the figures;
asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.actions import followup  # noqa: E402
from bot.actions.desk import Desk  # noqa: E402
from bot.config import Config, load_config  # noqa: E402
from bot.domain.calendar import calendar_of  # noqa: E402
from bot.domain.tickets import iso  # noqa: E402
from bot.reports import digest  # noqa: E402
from bot.store.db import Store  # noqa: E402
from bot.store.reports import unit_rates  # noqa: E402

NOW = dt.datetime(2026, 11, 27, 1, 0, tzinfo=dt.UTC)  # Friday 09:00 in the county
DAYS = 730
TEXTS = ["小区停水三天了", "路灯坏了一个月没人修", "楼下烧烤噪声扰民到半夜", "公司拖欠工资三个月",
         "医保报销一直没到账", "村道坑洼下雨天没法走", "垃圾清运不及时有异味", "低保申请没有回音"]
KEYWORDS = ["停水", "路灯", "噪声", "欠薪", "医保", "道路", "垃圾", "低保", "物业", "供暖"]


class _NoRouter:
    def route(self, text: str) -> Any:
        raise RuntimeError("not used")


def _timed(label: str, action: Callable[[], Any], repeat: int = 3) -> Any:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        best = min(best, time.perf_counter() - started)
    print(f"{label:<44} {best * 1000:9.1f} ms")
    return result


def _tickets(config: Config, count: int, rng: random.Random
             ) -> Iterator[tuple[dict[str, Any], list[tuple[str, str, str | None]]]]:
    """(ticket row, its audit events as (at, action, deadline kept with a 办结)) in order of
    receipt."""
    units = [u.code for u in config.units]
    start = NOW - dt.timedelta(days=DAYS)
    step = dt.timedelta(days=DAYS) / count
    per_day: dict[str, int] = {}
    for index in range(count):
        received = start + step * index + dt.timedelta(seconds=rng.randint(0, 59))
        day = received.astimezone(config.county.tz).strftime("%Y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        age = (NOW - received).days
        deadline = received + dt.timedelta(days=7)
        roll = rng.random()
        row: dict[str, Any] = {
            "number": f"{day}-{per_day[day]:04d}", "source_key": f"bench:{index}",
            "citizen_id": 10_000 + index % 200_000, "chat_id": 10_000 + index % 200_000,
            "citizen_name": "张三", "channel": "telegram", "text": rng.choice(TEXTS),
            "unit": rng.choice(units), "urgent": int(rng.random() < 0.02),
            "keywords": json.dumps(rng.sample(KEYWORDS, 2), ensure_ascii=False),
            "confidence": 0.9, "received_at": iso(received), "deadline": iso(deadline),
            "project": int(rng.random() < 0.01), "reopen_count": 0, "urge_count": 0,
        }
        accepted = received + dt.timedelta(hours=rng.uniform(0.5, 30))
        resolved = accepted + dt.timedelta(days=rng.uniform(0.5, 9))
        events: list[tuple[str, str, str | None]] = [(iso(received), "created", None),
                                                      (iso(received), "routed", None)]
        if age > 14:
            state = ("closed" if roll < 0.965 else "withdrawn" if roll < 0.985
                     else rng.choice(["new", "accepted"]))
        else:
            state = rng.choice(["new", "accepted", "resolved", "closed", "closed"])
            if state in ("resolved", "closed") and resolved > NOW:
                state = "accepted"
        row["state"] = state
        if state != "new" and (state != "withdrawn" or roll < 0.975) and accepted < NOW:
            row["accepted_at"] = iso(accepted)
            events.append((iso(accepted), "accept", None))  # the rates read 签收 from the log
        if state in ("resolved", "closed"):
            row.update(resolved_at=iso(resolved), result="已办理")
            events.append((iso(resolved), "resolve", iso(deadline)))  # and 办结, held to it
        if state == "closed":
            rated = resolved + dt.timedelta(hours=rng.uniform(25, 60))
            rating = rng.choices(["满意", "基本满意", "不满意", "默认满意"], [60, 20, 5, 15])[0]
            row.update(closed_at=iso(rated), rating=rating, contacted=1,
                       solved=int(rating != "不满意"),
                       rated_at=iso(rated) if rating != "默认满意" else None)
            events += [(iso(rated), "rate", None), (iso(rated), "close", None)]
        if state in ("new", "accepted") and deadline < NOW:
            row["overdue"] = 1
        yield row, events


def build(path: Path, config: Config, count: int) -> None:
    store = Store.open(path)
    db = store.db
    db.execute("PRAGMA synchronous=OFF")  # building the fixture only
    rng = random.Random(5)
    columns = None
    batch: list[tuple[Any, ...]] = []
    event_rows: list[tuple[Any, ...]] = []
    next_id = 1

    def flush() -> None:
        assert columns is not None
        db.conn.executemany(f"INSERT INTO tickets (id, {', '.join(columns)}) VALUES"
                            f" (?, {', '.join('?' * len(columns))})", batch)
        db.conn.executemany("INSERT INTO events (ticket_id, at, actor_id, actor_role, action,"
                            " deadline) VALUES (?, ?, 0, 'system', ?, ?)", event_rows)
        db.conn.commit()
        batch.clear()
        event_rows.clear()

    keys = ["number", "source_key", "citizen_id", "chat_id", "citizen_name", "channel", "text",
            "unit", "urgent", "keywords", "confidence", "received_at", "deadline", "project",
            "reopen_count", "urge_count", "state", "accepted_at", "resolved_at", "result",
            "closed_at", "rating", "contacted", "solved", "rated_at", "overdue"]
    columns = keys
    for row, events in _tickets(config, count, rng):
        batch.append((next_id, *(row.get(k, 0 if k == "overdue" else None) for k in keys)))
        event_rows += [(next_id, at, action, deadline) for at, action, deadline in events]
        next_id += 1
        if len(batch) >= 50_000:
            flush()
    flush()
    db.execute("ANALYZE")
    db.conn.commit()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--folder", type=Path, default=Path("/tmp/jinlaiban-bench"))
    parser.add_argument("--keep", action="store_true", help="reuse a database built before")
    args = parser.parse_args()
    folder: Path = args.folder
    db_path = folder / "intake.db"
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    config_path = folder / "config.toml"
    example = (ROOT / "config.example.toml").read_text(encoding="utf-8")
    config_path.write_text(example.replace('database = "data/intake.db"',
                                           f'database = "{db_path}"'), encoding="utf-8")
    config = load_config(config_path, env={})
    if not db_path.exists():
        started = time.perf_counter()
        build(db_path, config, args.tickets)
        print(f"built {args.tickets:,} tickets in {time.perf_counter() - started:.0f} s")
    size = db_path.stat().st_size
    print(f"database: {size / 2**20:,.0f} MiB, {size / 2**20 / (args.tickets / 100_000):.1f} MiB"
          " per 100k tickets (tickets, audit events, indexes)")

    store = Store.open(db_path)
    desk = Desk(store, config, _NoRouter())
    open_count = store.one("SELECT count(*) AS n FROM tickets WHERE state IN"
                           " ('new', 'accepted', 'reopened')")
    print(f"open tickets: {open_count['n'] if open_count else 0:,}")
    first = _timed("due work, first tick (catch-up of all)", lambda: followup.run_due(desk, NOW),
                   repeat=1)
    print(f"  {first}")
    later = NOW + dt.timedelta(minutes=1)
    _timed("due work, steady tick a minute later", lambda: followup.run_due(desk, later))
    day = NOW.astimezone(config.county.tz).date() - dt.timedelta(days=1)
    report = _timed("digest figures (yesterday)", lambda: digest.build(store.db, config, day, NOW))
    _timed("digest chart (matplotlib PNG)",
           lambda: digest.chart_file(report, folder / "charts"), repeat=1)
    _, day_end = digest.day_bounds(day, config)  # each ticket at its unit then: the audit log
    _timed("digest rates (30 days to the day's end)", lambda: unit_rates(
        store.db, day_end - dt.timedelta(days=30), day_end, 24, NOW))
    for days in (30, 365):
        _timed(f"/stats {days}", lambda d=days: unit_rates(
            store.db, NOW - dt.timedelta(days=d), NOW + dt.timedelta(seconds=1), 24, NOW))
    calendar = calendar_of(config)  # the national calendar 2001-2099 and the county's days
    deadlines = [NOW - dt.timedelta(minutes=m) for m in range(1_000_000)]  # two years back
    _timed("working_days_between, 1M deadlines", lambda: sum(
        calendar.working_days_between(d, NOW) for d in deadlines))
    store.close()

    out = folder / "ledger.xlsx"
    since = (NOW - dt.timedelta(days=365)).astimezone(config.county.tz).date().isoformat()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "export", "--out", str(out), "--since",
                           since, "--config", str(config_path)], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"export of one year: {done.stdout.strip()} in {elapsed:.0f} s, "
          f"{out.stat().st_size / 2**20:.0f} MiB file, child peak RSS {max(peak, before) / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
