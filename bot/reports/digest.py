"""The supervisors' daily digest: what happened yesterday, what is open and late, who is listed.

`build` gathers the figures for one county day (bot/store/reports.py, all on indexes, so it stays
fast on a million tickets); `bot.texts.for_supervisors.digest` words them; `chart_file` draws the
per-unit picture. Ticket texts are masked: a digest is read by many.

A digest is about its issue time: built later (the bot was off, or `python -m bot digest --date`
asks for a day long past), its 在办, 逾期, 待人工分拨, 紧急事项 and 约谈/通报 are as they stood
then, read from the audit log (bot/store/as_of.py) — never today's under an old date — and what
the log does not keep (which units could be reached) is left out. Its 无法联系 lists the tickets
whose citizen nobody could reach then: out of reach of the bot, with no phone left anywhere
(bot/store/reach.py), so their 回访 is not silently skipped.

A day's digest is issued once: from its `[digest] time` on, the first digest built for a day is
kept, and `issued` returns that one to the daily push, `/digest` and `python -m bot digest`
alike — what a supervisor printed is what a rerun prints, however tickets moved since (a 退单,
a 改派, a 销号). The day's own figures are the day's in any case: its new tickets count for the
unit that held them at the day's end, from the audit log.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
from collections import Counter
from pathlib import Path
from typing import Any, get_args, get_origin, get_type_hints

from sqlite_utils import Database

from bot.config import FALLBACK_UNIT, Config
from bot.domain import listing
from bot.domain.calendar import Gap, calendar_of
from bot.domain.figures import Digest, UnitLine, split_manual, total
from bot.domain.listing import Late
from bot.domain.privacy import mask
from bot.domain.signing import hours, sign_within
from bot.domain.tickets import iso, known_names
from bot.render import truncate
from bot.reports import chart
from bot.reports.matters import matter_words as _matter_words
from bot.reports.matters import ticket_matter
from bot.store import as_of, reach, reach_log, reports, tickets
from bot.store.db import Store
from bot.texts.common import unit_label

RATE_DAYS = 30  # the rates table covers the 30 days up to the digest's day
LIST_LIMIT = 10  # tickets listed by number per section
HOT_TOPICS = 8
HOT_TOPIC_MIN = 2  # a matter of one ticket is no 集中反映
CALENDAR_WEEKDAY = 0  # the calendar reminder is in Monday's digest (about Sunday), once a week
# Built this long after its issue time, a digest leaves out what the audit log does not keep.
REBUILT_AFTER = dt.timedelta(hours=1)


def day_bounds(day: dt.date, config: Config) -> tuple[dt.datetime, dt.datetime]:
    """The county day `day` as a UTC interval [start, end)."""
    tz = config.county.tz
    start = dt.datetime.combine(day, dt.time(), tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), tzinfo=tz)
    return start.astimezone(dt.UTC), end.astimezone(dt.UTC)


def issue_time(config: Config, day: dt.date) -> dt.datetime:
    """When the digest about county day `day` is due: the next morning at `[digest] time`."""
    tz = config.county.tz
    return dt.datetime.combine(day + dt.timedelta(days=1), config.digest.time, tz)


def issued(store: Store, config: Config, day: dt.date, now: dt.datetime) -> Digest:
    """The digest about `day`: as it was issued if it was; else built as of `now`, and kept as
    issued when `now` is at or past its time (before that it is a preview)."""
    report, due = current(store, config, day, now)
    return keep(store, day, report) if due else report


def current(store: Store, config: Config, day: dt.date, now: dt.datetime
            ) -> tuple[Digest, bool]:
    """The digest about `day` as it was issued, if it was; else built as of `now`, with whether
    it is due to be kept as issued (`now` is at or past its time)."""
    kept = reports.issued_digest(store.db, day)
    report = decode(kept) if kept else None
    if report is not None:
        return report, False
    # A digest is about its issue time: built later (the bot was off, or a past day is asked
    # for), its open and overdue figures are those of then, read from the audit log.
    issue = issue_time(config, day).astimezone(dt.UTC)
    at, due = min(now, issue), now >= issue
    report = build(store.db, config, day, at, rebuilt=now - at > REBUILT_AFTER)
    return dataclasses.replace(report, preview=not due), due


def keep(store: Store, day: dt.date, report: Digest) -> Digest:
    """Keep `report` as the digest issued about `day`, unless one was kept first: the one kept."""
    with store.atomic() as db:
        kept = reports.keep_digest(db, day, encode(report))
    return decode(kept) or report


def encode(report: Digest) -> str:
    """A digest as JSON, to keep as issued (dates and moments in ISO 8601)."""
    def moment(value: object) -> str:
        if isinstance(value, dt.date):  # dates and datetimes
            return value.isoformat()
        raise TypeError(f"{type(value).__name__} in a digest")
    return json.dumps(dataclasses.asdict(report), ensure_ascii=False, default=moment)


def decode(text: str) -> Digest | None:
    """A kept digest; None if it cannot be read back (kept by a version with other fields)."""
    try:
        report = _value(Digest, json.loads(text))
    except (KeyError, TypeError, ValueError):
        return None
    return report if isinstance(report, Digest) else None


def _value(kind: Any, raw: Any) -> Any:
    """`raw` (from `encode`'s JSON) as the type `kind`: dataclasses by their fields' hints (a
    field missing takes its default), tuples, optionals, dates and moments; else as it is."""
    if isinstance(kind, type) and dataclasses.is_dataclass(kind):
        hints = get_type_hints(kind)
        return kind(**{f.name: _value(hints[f.name], raw[f.name]) for f in dataclasses.fields(kind)
                       if f.name in raw or f.default is dataclasses.MISSING})
    args = get_args(kind)
    if isinstance(kind, types.UnionType):  # X | None
        return None if raw is None else _value(next(a for a in args if a is not type(None)), raw)
    if get_origin(kind) is tuple:
        if args[1:] == (...,):
            return tuple(_value(args[0], item) for item in raw)
        return tuple(_value(k, item) for k, item in zip(args, raw, strict=True))
    if kind in (dt.date, dt.datetime):
        return kind.fromisoformat(raw)
    if kind in (str, int, bool) and not isinstance(raw, kind):
        raise TypeError(f"{raw!r} is not {kind.__name__}")
    return raw


def build(db: Database, config: Config, day: dt.date, now: dt.datetime,
          rebuilt: bool = False) -> Digest:
    """The figures for the digest about county day `day`, open and overdue as they stood at
    `now` (by the audit log, for a moment past). `rebuilt`: built long after `now`, when who
    could be reached is as the audit log noted it then (bot/store/reach_log.py), never today's."""
    start, end = day_bounds(day, config)
    new = reports.received_by_unit(db, start, end)
    closed = reports.closed_by_unit(db, start, end)
    held = as_of.open_at(db, now)
    opened = Counter(r["unit"] for r in held)
    late = [r for r in held if r["deadline"] and r["deadline"] <= iso(now)]
    overdue = Counter(r["unit"] for r in late)
    listed = _listed(config, late, now)
    listed_count = Counter(code for code, _, _ in listed)
    codes = [u.code for u in config.units]
    codes += sorted({*new, *closed, *opened} - set(codes))
    units = tuple(UnitLine(c, unit_label(config, c), new[c], closed[c], opened[c], overdue[c],
                           listed_count[c]) for c in codes)
    rates = reports.unit_rates(db, end - dt.timedelta(days=RATE_DAYS), end,
                               config.deadlines.accept_hours, now)
    removed = set(tickets.removed_units(db, config))
    dispatch = [r for r in held if (r["unit"] == FALLBACK_UNIT and not r["signed"])
                or r["unit"] in removed]
    urgent = sorted((r for r in held if r["urgent"]), key=lambda r: r["deadline"] or "")
    unsigned = _unsigned(config, held, now)
    ranking, manual = split_manual(rates.values())
    words = as_of.texts_of(db, [r["id"] for r in (*dispatch[:LIST_LIMIT], *urgent[:LIST_LIMIT])])
    nobody = reach.nobody_reaches(db, now, current=not rebuilt)  # 无法联系: no way to the citizen
    return Digest(
        county=config.county.name, day=day, units=units,
        new=sum(new.values()), closed=sum(closed.values()),
        dispatch=tuple((r["number"], _summary(words[r["id"]])) for r in dispatch[:LIST_LIMIT]),
        dispatch_total=len(dispatch),
        urgent=tuple((r["number"], unit_label(config, r["unit"]), _summary(words[r["id"]]))
                     for r in urgent[:LIST_LIMIT]),
        urgent_total=len(urgent),
        rates=tuple(ranking), manual=manual,
        county_rates=total(rates.values(), config.county.name),
        listed=tuple((unit_label(config, code), number, found.days)
                     for code, number, found in listed),
        listed_hours=tuple((number, found.hours) for _, number, found in listed
                           if found.hours is not None),
        unsigned=unsigned, accept_hours=config.deadlines.accept_hours,
        urgent_accept_hours=hours(sign_within(True, config.deadlines.accept_hours)),
        unhappy=tuple((r["number"], unit_label(config, r["unit"]))
                      for r in reports.unhappy_closed(db, start, end)),
        topics=_topics(db, config, end),
        unreachable=_unreachable(db, config, now if rebuilt else None),
        unreached=tuple((r["number"], unit_label(config, r["unit"]), r["resolved"])
                        for r in nobody[:LIST_LIMIT]),
        unreached_total=len(nobody),
        calendar_gap=_calendar_gap(config, day, now),
        as_of=now.astimezone(config.county.tz),
    )


def _unsigned(config: Config, held: list[dict[str, Any]], now: dt.datetime
              ) -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """Per unit (in config order), the open tickets it held unsigned past `accept_hours` at
    `now` — an urgent one past its hour (bot.domain.signing) — counted from when it got each
    (its receipt, or the transfer or pick that brought it there): (unit name, how many, the
    first numbers, urgent ones first). The manual-dispatch desk is listed for its urgent ones
    alone: the rest wait for dispatch, listed as such."""
    accept = config.deadlines.accept_hours
    since = {urgent: iso(now - sign_within(urgent, accept)) for urgent in (False, True)}
    late: dict[str, list[tuple[bool, str]]] = {}
    for row in held:
        urgent = bool(row["urgent"])
        if not row["signed"] and (urgent or row["unit"] != FALLBACK_UNIT) \
                and row["arrived"] <= since[urgent]:
            late.setdefault(row["unit"], []).append((not urgent, row["number"]))
    for rows in late.values():
        rows.sort()
    order = {u.code: i for i, u in enumerate(config.units)}
    return tuple((unit_label(config, code), len(numbers),
                  tuple(number for _, number in numbers[:LIST_LIMIT]))
                 for code, numbers in sorted(late.items(), key=lambda x: order.get(x[0], 1 << 30)))


def _unreachable(db: Database, config: Config, then: dt.datetime | None) -> tuple[str, ...]:
    """Units nobody can be told about their tickets: no group chat, no reachable staff — now, or
    as the audit log noted them by `then` (none when it noted nothing by then)."""
    codes = reach_log.unreachable(db, config) if then is None else reach_log.as_of(db, then)
    return tuple(unit_label(config, code) for code in codes or ())


def _summary(row: dict[str, Any]) -> str:
    return truncate(mask(str(row["text"]), known_names(row["citizen_name"], row["names"])), 40)


def _listed(config: Config, late: list[dict[str, Any]], now: dt.datetime
            ) -> list[tuple[str, str, Late]]:
    """Of the open tickets past their deadline at `now`, those listed for 约谈/通报 by the rule
    the tick's 拟约谈/通报 push follows (bot.domain.listing: an urgent one by hours):
    (unit, number, how late), by unit and deadline."""
    calendar = calendar_of(config)
    # No normal ticket due after this is listed (the rule's working days are checked below).
    before = iso(calendar.latest_start(now, config.deadlines.report_after_working_days))
    out = []
    for row in sorted(late, key=lambda r: (r["unit"], r["deadline"])):
        if not row["urgent"] and row["deadline"] > before:
            continue
        found = listing.listed(dt.datetime.fromisoformat(row["deadline"]), bool(row["urgent"]),
                               now, config.deadlines, calendar)
        if found is not None:
            out.append((row["unit"], row["number"], found))
    return out


def _calendar_gap(config: Config, day: dt.date, now: dt.datetime) -> Gap | None:
    """Once a week: the next 60 days lack the State Council's 调休 schedule (or any national day)."""
    if (day + dt.timedelta(days=1)).weekday() != CALENDAR_WEEKDAY:
        return None
    return calendar_of(config).gap(now.astimezone(config.county.tz).date())


def _topics(db: Database, config: Config, end: dt.datetime) -> tuple[tuple[str, int, int], ...]:
    """The matters most reported in the last 7 days, with the 7 days before: each ticket counts
    once, under its strongest routing keyword as a whole word, merged into the matter word it
    holds (路灯坏了, 小区路灯 → 路灯) and the words of one matter into one (没水, 自来水停了 →
    停水; nlp/topics.txt); only matters of two tickets or more are hot. Ties go the
    same way on every run: the topic first seen earlier in the week first, then by the word."""
    week = dt.timedelta(days=7)
    matters = _matter_words(config)
    this_week = _words(reports.ticket_keywords(db, end - week, end), matters)
    last_week = _words(reports.ticket_keywords(db, end - 2 * week, end - week), matters)
    hot = sorted(((w, c) for w, c in this_week.items() if c[0] >= HOT_TOPIC_MIN),
                 key=lambda item: (-item[1][0], item[1][1], item[0]))
    # A learned routing table may have taken a keyword from what people wrote: masked too.
    return tuple((mask(word), n, last_week.get(word, (0, ""))[0])
                 for word, (n, _) in hot[:HOT_TOPICS])


def _words(rows: list[tuple[str, list[str], str]], matters: dict[str, float]
           ) -> dict[str, tuple[int, str]]:
    """Ticket counts per topic: (tickets, first received), each ticket once, under its first
    topic word; one with none (the hotline's 家里电没了, no keyword routed it) under the matter
    its text names by nlp/topics.txt, if it names one."""
    words: dict[str, tuple[int, str]] = {}
    for received, keywords, text in rows:
        word = ticket_matter(keywords, text, matters)
        if word is None:
            continue
        had, seen = words.get(word, (0, received))
        words[word] = (had + 1, min(seen, received))
    return words


def chart_file(report: Digest, folder: Path, tag: str = "") -> Path | None:
    """Draw the per-unit chart into `folder`; None when there is nothing to draw."""
    name = f"digest-{report.day.isoformat()}{'-' + tag if tag else ''}.png"
    return chart.draw(report, folder / name)
