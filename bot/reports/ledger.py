"""The supervision ledger (督查台账): one row per ticket or 实事项目, as .xlsx or .csv.

Rows stream from one SQLite cursor straight into the file: xlsxwriter's constant_memory mode
flushes each row as the next begins (every sheet has its own temporary file), and the CSV writer
writes line by line, so a year of tickets never sits in memory. The .xlsx has a summary sheet
first (counts and the four rates per unit), then one sheet per unit, each with Chinese headers,
a frozen header row, column widths and a filter. Contents are masked (names, phones, IDs): the
ledger is passed around offices.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import xlsxwriter
from sqlite_utils import Database

from bot.config import FALLBACK_UNIT, Config
from bot.domain import listing
from bot.domain.calendar import WorkCalendar, calendar_of
from bot.domain.figures import UnitRates, total
from bot.domain.privacy import mask
from bot.domain.tickets import OPEN_STATES, known_names, parse_time
from bot.domain.visit import ANSWERS, Rating
from bot.store import ledger_history, matters, reports
from bot.store.files import private_file
from bot.texts import common
from bot.texts import ledger as texts
from bot.texts import listing as listing_texts
from bot.texts.common import unit_label
from bot.texts.for_supervisors import MANUAL_DISPATCH

WIDTHS = (15, 17, 20, 48, 9, 30, 30, 17, 12, 40, 10, 10, 9, 10, 12)
# Each ticket once, by its current state: total = open + resolved + closed + withdrawn; a
# reopened ticket (重办) is open, and also shown in its own column as part of the open ones.
COUNTS = ("total", "open", "reopened", "late", "resolved", "closed", "withdrawn", "projects",
          "urged")
STAMP, DAY = "yyyy-mm-dd hh:mm", "yyyy-mm-dd"  # how dates show in the .xlsx
SUMMARY_WIDTHS = (22, 10, 8, 10, 10, 12, 8, 8, 10, 10, 10, 10, 10, 12)
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]")


class LedgerError(Exception):
    """The ledger cannot be written (unknown file type)."""


def write(db: Database, config: Config, out: Path, now: dt.datetime,
          since: dt.datetime | None = None, until: dt.datetime | None = None) -> int:
    """Write the ledger of tickets received in [since, until) to `out`; returns the row count."""
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise LedgerError(f"{out}: the ledger is written as .xlsx or .csv")
    partial = out.with_name(out.name + ".partial")
    private_file(partial)  # names, texts and results of a county's tickets: the owner's only
    # Moments are stored to the second: a ticket received in the second of the export is in it.
    start, end = since or EPOCH, until or now + dt.timedelta(seconds=1)
    # A period that ended before now counts each ticket for the unit that held it at its end, as
    # the digest and /stats do: its rows, sheets, counts and rates alike (the ledger says so).
    last = (end - dt.timedelta(days=1)).astimezone(config.county.tz).date() if end <= now \
        else None
    headers = texts.headers(last)
    rows = _rows(db, config, now, start, end)
    count = _xlsx(db, config, partial, rows, (start, end, now), headers, last) \
        if suffix == ".xlsx" else _csv(partial, rows, headers)
    partial.replace(out)
    return count


def _rows(db: Database, config: Config, now: dt.datetime, start: dt.datetime,
          end: dt.datetime) -> Iterator[tuple[str, list[Any]]]:
    """(unit code, cells) per ticket, in order of receipt."""
    tz = config.county.tz
    calendar = calendar_of(config)
    names = {u.code: u.name for u in config.units}
    for row in reports.ledger_rows(db, start, end, now):
        row = _limit(db, dict(row))
        who = known_names(row["citizen_name"], row["names"])
        # Back with its unit after a 回访 turned its result down (signed again or passed on too):
        # a 重办 until finished again, and the result it shows is the one turned down.
        redo = bool(row["reopened"]) and row["state"] in ("new", "accepted", "reopened")
        # Closed on a 未解决 or 不满意 of its last 回访 (after a 重办): the result stands, turned down.
        final = row["state"] == "closed" and (row["solved"] == 0 or (row["rating"] == "unsatisfied"
                                              and (not row["reopened"] or bool(row["rated_again"]))))
        yield row["unit"], [
            row["number"], _local(row["received_at"], tz),
            names.get(row["unit"], row["unit"]),
            texts.content_cell(mask(row["text"], who),
                               [mask(more, who) for more in matters.supplements(
                                   db, row["id"], common.media_placeholder)]),
            texts.YES if row["project"] else "", mask(row["measures"] or "", who),
            mask(row["plan"] or "", who),
            _local(row["deadline"], tz),
            texts.LEDGER_STATES.get(state := "reopened" if redo else row["state"], state),
            texts.result_cell(_dated(mask(row["result"] or "", who), row, tz), redo, final),
            _rating(row),
            texts.overdue_cell(*overdue_days(row, calendar, now)), row["urge_count"] or 0,
            _listing(row, config, calendar, now),
            closed.date() if (closed := _local(row["closed_at"], tz)) else None,
        ]


def _listing(row: dict[str, Any], config: Config, calendar: WorkCalendar, now: dt.datetime
             ) -> str:
    """约谈/通报: 列入 while open and listed by the rule the digest's 名单 and the 拟约谈/通报
    push follow (bot.domain.listing); 曾列入 once listed, since finished or given more time."""
    if row["state"] in OPEN_STATES and listing.listed(
            parse_time(row["deadline"]), bool(row["urgent"]), now, config.deadlines, calendar):
        return listing_texts.LISTED
    return listing_texts.WAS_LISTED if row["listed_once"] else ""


def _dated(result: str, row: dict[str, Any], tz: dt.tzinfo) -> str:
    """The result with its 今天, 明天 and 下周一 dated from the day of its 办结, when it was
    written: a ledger read next month must not say 今天 of the day it is read."""
    return common.dated_result(result, parse_time(row["resolved_at"]), tz)


def _rating(row: dict[str, Any]) -> str:
    """满意度 of the current round only — empty until its 回访, as a 重办 asks again — with the
    one given before the 重办 beside it, so an old 不满意 never reads as the new result's."""
    if not row["reopened"]:
        return common.rating_name(row["rating"])
    # Rated since, or closed as 默认满意 unanswered: the column is this round's. Otherwise it
    # still holds the one before the 重办 (a second round closed on 未解决 alone included).
    current = row["rating"] if row["rated_again"] or row["rating"] == Rating.DEFAULT else None
    answer = (row["earlier_answer"] or "").partition(":")[2]
    earlier = ANSWERS["r"].get(answer) or (None if current else row["rating"])
    return texts.rating_cell(common.rating_name(current),
                             common.rating_name(str(earlier) if earlier else None))


def _limit(db: Database, row: dict[str, Any]) -> dict[str, Any]:
    """The row with its 完成时限 as the ledger shows it — a 实事项目's the completion date its unit
    committed to, when sooner than the deadline (a later one waits for /approve) — and the
    办结 a 重办 sent back (`sent_back`), whose lateness stays counted."""
    if row["project"]:
        planned = ledger_history.committed(db, row["id"])
        if planned and (not row["deadline"] or planned < row["deadline"]):
            row["deadline"] = planned
    row["sent_back"] = ledger_history.sent_back(db, row["id"]) if row["reopened"] else []
    return row


def overdue_days(row: dict[str, Any], calendar: WorkCalendar, now: dt.datetime
                 ) -> tuple[int, bool]:
    """Working days past the deadline: until 办结, or until now while still open; with the days
    each 办结 a 重办 sent back was late by the deadline it was held to (lateness incurred stays).
    And whether it was late at all, if by less than a working day."""
    if row["state"] == "withdrawn":
        return 0, False
    rounds = [(held, done) for at, limit in row.get("sent_back") or ()
              if (held := parse_time(limit)) and (done := parse_time(at))]
    deadline = parse_time(row["deadline"])
    if deadline is not None:
        end = parse_time(row["resolved_at"]) if row["state"] in ("resolved", "closed") else now
        rounds.append((deadline, end or now))
    return (sum(calendar.working_days_between(held, done) for held, done in rounds),
            any(done > held for held, done in rounds))


def _local(value: str | None, tz: dt.tzinfo) -> dt.datetime | None:
    """A stored moment as county wall time (spreadsheets have no time zones)."""
    moment = parse_time(value)
    return moment.astimezone(tz).replace(tzinfo=None) if moment else None


def _summary(db: Database, config: Config, start: dt.datetime, end: dt.datetime,
             now: dt.datetime) -> list[list[Any]]:
    counts = reports.ledger_counts(db, start, end, now)
    rates = reports.unit_rates(db, start, end, config.deadlines.accept_hours, now)
    codes = [u.code for u in config.units] + sorted(set(counts) - {u.code for u in config.units})
    out = []
    for code in codes:
        c = counts.get(code) or {}
        r = rates.get(code, UnitRates(code))
        # The hotline holds what nobody could route: its line is not in a ranking (the digest's
        # and /stats' words for it), and the county's total still adds its tickets up.
        name = unit_label(config, code) + (MANUAL_DISPATCH if code == FALLBACK_UNIT else "")
        out.append([name, *(int(c.get(k) or 0) for k in COUNTS),
                    *_rate_cells(r)])
    county = total(rates.values())
    out.append([texts.COUNTY_TOTAL, *(sum(int(c.get(k) or 0) for c in counts.values())
                                      for k in COUNTS), *_rate_cells(county)])
    return out


def _rate_cells(r: UnitRates) -> list[Any]:
    return [texts.NO_RATE if v is None else round(v, 4)
            for v in (r.response, r.solution, r.satisfaction, r.punctuality)]


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet name (31 characters, none of []:*?/\\)."""
    base = _SHEET_BAD.sub("_", name)[:31] or "sheet"
    candidate, n = base, 2
    while candidate.lower() in taken:
        candidate = f"{base[:28]}_{n}"
        n += 1
    taken.add(candidate.lower())
    return candidate


def _xlsx(db: Database, config: Config, path: Path, rows: Iterator[tuple[str, list[Any]]],
          period: tuple[dt.datetime, dt.datetime, dt.datetime], headers: tuple[str, ...],
          held_on: dt.date | None) -> int:
    """`period`: start, end and now; `held_on`: the day units are counted at, if not now."""
    start, end, now = period
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    # The file's own creation time (document properties, UTC by the standard, shown in local
    # time by Excel and WPS) is the county clock's export moment, not the machine's.
    book.set_properties({"created": now.astimezone(dt.UTC).replace(tzinfo=None)})
    head = book.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True,
                            "valign": "vcenter"})
    wrap = book.add_format({"text_wrap": True, "valign": "top"})
    pct = book.add_format({"num_format": "0.0%"})
    dates = {dt.datetime: book.add_format({"num_format": STAMP, "valign": "top"}),
             dt.date: book.add_format({"num_format": DAY, "valign": "top"})}
    taken: set[str] = set()
    summary = book.add_worksheet(sheet_name(texts.SUMMARY_SHEET, taken))
    _header(summary, texts.SUMMARY_HEADERS, SUMMARY_WIDTHS, head)
    lines = _summary(db, config, start, end, now)
    for index, line in enumerate(lines, 1):
        counted = 1 + len(COUNTS)
        summary.write_row(index, 0, line[:counted])
        for col, value in enumerate(line[counted:], counted):
            summary.write(index, col, value, pct)
    # Spreadsheets have no time zones: every moment in the file is county wall time.
    summary.write(len(lines) + 2, 0, texts.note(held_on, now.astimezone(config.county.tz)))
    sheets: dict[str, tuple[Any, list[int]]] = {}
    for unit in config.units:
        sheets[unit.code] = (book.add_worksheet(sheet_name(unit.name, taken)), [0])
        _header(sheets[unit.code][0], headers, WIDTHS, head)
    count = 0
    for code, cells in rows:
        if code not in sheets:  # a unit since removed from the config keeps its rows
            sheets[code] = (book.add_worksheet(sheet_name(code, taken)), [0])
            _header(sheets[code][0], headers, WIDTHS, head)
        sheet, last = sheets[code]
        last[0] += 1
        for col, cell in enumerate(cells):
            sheet.write(last[0], col, cell, dates.get(type(cell), wrap))
        count += 1
    for sheet, last in sheets.values():
        sheet.autofilter(0, 0, max(last[0], 1), len(headers) - 1)
    book.close()
    return count


def _header(sheet: Any, headers: tuple[str, ...], widths: tuple[int, ...], fmt: Any) -> None:
    for col, width in enumerate(widths):
        sheet.set_column(col, col, width)
    sheet.set_row(0, 30)
    sheet.write_row(0, 0, headers, fmt)
    sheet.freeze_panes(1, 0)


def _csv(path: Path, rows: Iterator[tuple[str, list[Any]]], headers: tuple[str, ...]) -> int:
    count = 0
    # utf-8-sig: Excel and WPS open a CSV with a byte-order mark as UTF-8, not the local code page.
    with path.open("w", encoding="utf-8-sig", newline="") as file:
        writer = csv.writer(file)
        writer.writerow(headers)
        for _, cells in rows:
            writer.writerow([_inert(_text(c)) for c in cells])
            count += 1
    return count


def _text(cell: Any) -> Any:
    """Dates as a CSV reader expects them (ISO), everything else as it is."""
    if isinstance(cell, dt.datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    return cell.isoformat() if isinstance(cell, dt.date) else cell


def _inert(cell: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading quote (CSV injection)."""
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell
