"""The supervisors' daily digest: what happened yesterday, what is open and late, who is listed.

`build` gathers the figures for one county day (all queries ride indexes, so it stays fast on a
million tickets); `texts.digest` words them; `chart_file` draws the per-unit picture; `send`
queues both to every supervisor. Ticket texts are masked: a digest is read by many.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from bot import repo, texts
from bot.config import FALLBACK_UNIT, Config
from bot.desk import Desk
from bot.outbox import Outgoing
from bot.rates import OPEN_SQL, UnitRates, ranked, total, unit_rates
from bot.render import mask, truncate
from bot.tickets import iso

RATE_DAYS = 30  # the rates table covers the 30 days up to the digest's day
LIST_LIMIT = 10  # tickets listed by number per section
HOT_TOPICS = 8


@dataclass(frozen=True)
class UnitLine:
    unit: str
    name: str
    new: int = 0
    closed: int = 0
    open: int = 0
    overdue: int = 0
    listed: int = 0  # tickets overdue long enough for 约谈/通报


@dataclass(frozen=True)
class Digest:
    county: str
    day: dt.date
    units: tuple[UnitLine, ...]
    new: int
    closed: int
    dispatch: tuple[tuple[str, str], ...]  # (number, masked summary) awaiting manual dispatch
    dispatch_total: int
    urgent: tuple[tuple[str, str, str], ...]  # (number, unit name, masked summary), open urgent
    urgent_total: int
    rates: tuple[UnitRates, ...]  # ranked, best first
    county_rates: UnitRates
    listed: tuple[tuple[str, str, int], ...]  # (unit name, number, working days overdue)
    unhappy: tuple[tuple[str, str], ...]  # (number, unit name): second 不满意, closed that day
    topics: tuple[tuple[str, int, int], ...]  # (keyword, this week, last week)


def day_bounds(day: dt.date, config: Config) -> tuple[dt.datetime, dt.datetime]:
    """The county day `day` as a UTC interval [start, end)."""
    tz = config.county.tz
    start = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def _by_unit(db: Database, sql: str, params: Sequence[object]) -> Counter[str]:
    return Counter({row["unit"]: row["n"] for row in db.query(sql, params)})


def build(db: Database, config: Config, day: dt.date, now: dt.datetime) -> Digest:
    """The figures for the digest about county day `day`, open and overdue counts as of `now`."""
    start, end = day_bounds(day, config)
    window = [iso(start), iso(end)]
    new = _by_unit(db, "SELECT unit, count(*) AS n FROM tickets WHERE received_at >= ?"
                   " AND received_at < ? GROUP BY unit", window)
    closed = _by_unit(db, "SELECT unit, count(*) AS n FROM tickets WHERE closed_at >= ?"
                      " AND closed_at < ? GROUP BY unit", window)
    opened = _by_unit(db, f"SELECT unit, count(*) AS n FROM tickets WHERE {OPEN_SQL}"
                      " GROUP BY unit", [])
    overdue = _by_unit(db, f"SELECT unit, count(*) AS n FROM tickets WHERE {OPEN_SQL}"
                       " AND deadline <= ? GROUP BY unit", [iso(now)])
    listed = _listed(db, config, now)
    listed_count = Counter(code for code, _, _ in listed)
    codes = [u.code for u in config.units]
    codes += sorted({*new, *closed, *opened} - set(codes))
    units = tuple(UnitLine(c, config.unit_name(c), new[c], closed[c], opened[c], overdue[c],
                           listed_count[c]) for c in codes)
    rates = unit_rates(db, end - dt.timedelta(days=RATE_DAYS), end, config.deadlines.accept_hours,
                       now)
    dispatch = list(db.query(
        "SELECT number, text, citizen_name FROM tickets WHERE unit = ? AND state = 'new'"
        " ORDER BY id", [FALLBACK_UNIT]))
    urgent = list(db.query(f"SELECT number, unit, text, citizen_name FROM tickets WHERE {OPEN_SQL}"
                           " AND urgent = 1 ORDER BY deadline"))
    unhappy = db.query(
        "SELECT number, unit FROM tickets WHERE closed_at >= ? AND closed_at < ?"
        " AND reopen_count >= 1 AND (rating = '不满意' OR solved = 0) ORDER BY id", window)
    return Digest(
        county=config.county.name, day=day, units=units,
        new=sum(new.values()), closed=sum(closed.values()),
        dispatch=tuple((r["number"], _summary(r)) for r in dispatch[:LIST_LIMIT]),
        dispatch_total=len(dispatch),
        urgent=tuple((r["number"], config.unit_name(r["unit"]), _summary(r))
                     for r in urgent[:LIST_LIMIT]),
        urgent_total=len(urgent),
        rates=tuple(ranked(r for r in rates.values() if r.unit != FALLBACK_UNIT)),
        county_rates=total(rates.values(), config.county.name),
        listed=tuple((config.unit_name(code), number, days) for code, number, days in listed),
        unhappy=tuple((r["number"], config.unit_name(r["unit"])) for r in unhappy),
        topics=_topics(db, end),
    )


def _summary(row: dict[str, object]) -> str:
    return truncate(mask(str(row["text"]), [str(row["citizen_name"] or "")]), 40)


def _listed(db: Database, config: Config, now: dt.datetime) -> list[tuple[str, str, int]]:
    """Open tickets overdue `report_after_working_days` or more: (unit, number, days)."""
    days = config.deadlines.report_after_working_days
    calendar = repo.calendar_of(config)
    rows = db.query(f"SELECT unit, number, deadline FROM tickets WHERE {OPEN_SQL}"
                    " AND deadline <= ? ORDER BY unit, deadline",
                    [iso(calendar.latest_start(now, days))])
    out = []
    for row in rows:
        late = calendar.working_days_between(dt.datetime.fromisoformat(row["deadline"]), now)
        if late >= days and late > 0:
            out.append((row["unit"], row["number"], late))
    return out


def _topics(db: Database, end: dt.datetime) -> tuple[tuple[str, int, int], ...]:
    """The most frequent routing keywords of the last 7 days, with the 7 days before."""
    week = dt.timedelta(days=7)
    counts: list[Counter[str]] = []
    for since, until in ((end - week, end), (end - 2 * week, end - week)):
        counter: Counter[str] = Counter()
        for row in db.query("SELECT keywords FROM tickets WHERE received_at >= ?"
                            " AND received_at < ?", [iso(since), iso(until)]):
            counter.update(set(json.loads(row["keywords"] or "[]")))
        counts.append(counter)
    this_week, last_week = counts
    return tuple((word, n, last_week[word]) for word, n in this_week.most_common(HOT_TOPICS))


def chart_file(report: Digest, folder: Path, tag: str = "") -> Path | None:
    """Draw the per-unit chart into `folder`; None when there is nothing to draw."""
    from bot import chart  # matplotlib loads only when a chart is drawn

    name = f"digest-{report.day.isoformat()}{'-' + tag if tag else ''}.png"
    return chart.draw(report, folder / name)


def send(desk: Desk, db: Database, report: Digest, chart: Path | None, key: str,
         now: dt.datetime, chats: list[int] | None = None) -> None:
    """Queue the digest (and its chart) to `chats`, by default every supervisor."""
    from bot import people

    text = texts.digest(report)
    for chat in chats if chats is not None else people.supervisors(db, desk.config):
        desk.send(db, Outgoing(f"{key}:{chat}", chat, text), now)
        if chart is not None:
            desk.send(db, Outgoing(f"{key}:chart:{chat}", chat, texts.digest_chart_caption(
                report.day), document=str(chart)), now)
