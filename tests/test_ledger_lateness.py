"""The 督查台账 keeps what happened (refs #10), opened as Excel/WPS or a CSV reader would: lateness
already incurred stays in 逾期天数 after a 重办; a 实事项目's 完成时限 is the unit's committed date;
a rate with nothing to divide by reads "—" as the digest says it; the CSV ends its last line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from bot.domain.calendar import calendar_of
from bot.domain.tickets import iso
from bot.reports import ledger
from bot.store import tickets as repo
from bot.texts import ledger as ledger_texts
from tests.followkit import Follow, cst, make_follow

NOW = cst(2026, 12, 30, 9, 0)


def _rows(f: Follow, tmp_path: Path, name: str = "台账.xlsx") -> dict[str, dict[str, object]]:
    out = tmp_path / name
    ledger.write(f.db, f.desk.config, out, NOW.astimezone(dt.UTC))
    book = openpyxl.load_workbook(out)
    found = {}
    for sheet in book.worksheets[1:]:
        headers = [c.value for c in sheet[1]]
        for row in sheet.iter_rows(min_row=2, values_only=True):
            found[str(row[0])] = dict(zip(headers, row, strict=True))
    return found


def _update(f: Follow, ticket: repo.Ticket, at: dt.datetime, action: str,
            changes: dict[str, object], old: str | None = None, new: str | None = None
            ) -> repo.Ticket:
    with f.desk.store.atomic() as db:
        return repo.update(db, ticket, at.astimezone(dt.UTC), 7, "staff", action, changes,
                           None, old, new)


@pytest.fixture
def f(tmp_path: Path) -> Follow:
    return make_follow(tmp_path)


def test_lateness_incurred_before_a_reopen_stays_in_the_ledger(f: Follow, tmp_path: Path) -> None:
    t = f.create(cst(2026, 11, 2, 10, 0), "中山路停水")
    first = t.deadline
    assert first is not None
    f.accept(t, cst(2026, 11, 2, 11, 0))
    done = cst(2026, 11, 30, 16, 0)
    f.resolve(t, done, "已恢复供水")
    late = calendar_of(f.desk.config).working_days_between(first, done.astimezone(dt.UTC))
    assert late >= 10
    t = f.act(t, "reopen", cst(2026, 12, 28, 10, 0), reopen_count=1, overdue=0,
              deadline=iso(cst(2027, 1, 5, 18, 0)))
    row = _rows(f, tmp_path)[t.number]
    # The new 重办 deadline is not over, but the first round was `late` working days late.
    assert row["完成时限"] == dt.datetime(2027, 1, 5, 18, 0)
    assert row["逾期天数（工作日）"] == late, row
    # Finished late again: both rounds count.
    f.resolve(t, cst(2027, 1, 7, 17, 0), "已再次抢修")
    out = tmp_path / "again.xlsx"
    ledger.write(f.db, f.desk.config, out, cst(2027, 1, 8, 9, 0).astimezone(dt.UTC))
    water = openpyxl.load_workbook(out)["县水务局"]
    headers = [c.value for c in water[1]]
    again = dict(zip(headers, next(water.iter_rows(min_row=2, values_only=True)), strict=True))
    assert again["逾期天数（工作日）"] == late + 1, again


def test_a_projects_committed_date_is_its_completion_limit(f: Follow, tmp_path: Path) -> None:
    t = f.create(cst(2026, 12, 28, 10, 0), "老旧小区改造", unit="housing")
    deadline = cst(2027, 1, 20, 18, 0)
    t = _update(f, t, cst(2026, 12, 28, 11, 0), "approve", {"deadline": iso(deadline)},
                iso(t.deadline) if t.deadline else None, iso(deadline))
    committed = cst(2027, 1, 12, 18, 0)
    _update(f, t, cst(2026, 12, 29, 10, 0), "project",
            {"project": 1, "measures": "更换管网", "plan": "分两期施工"}, iso(deadline), iso(committed))
    row = _rows(f, tmp_path)[t.number]
    assert row["实事项目"] == "是" and row["完成时限"] == dt.datetime(2027, 1, 12, 18, 0), row


def test_rates_without_a_denominator_read_a_dash_and_the_csv_ends_its_line(
        f: Follow, tmp_path: Path) -> None:
    f.create(cst(2026, 12, 29, 10, 0), "中山路停水")
    out = tmp_path / "台账.xlsx"
    ledger.write(f.db, f.desk.config, out, NOW.astimezone(dt.UTC))
    summary = openpyxl.load_workbook(out)["汇总"]
    headers = [c.value for c in summary[1]]
    lines = {r[0]: dict(zip(headers, r, strict=True))
             for r in summary.iter_rows(min_row=2, values_only=True) if r[0] in ("县住建局", "县水务局")}
    assert lines["县住建局"]["满意率"] == "—" and lines["县住建局"]["响应率"] == "—"
    assert lines["县水务局"]["满意率"] == "—"  # nothing rated yet
    csv_out = tmp_path / "台账.csv"
    ledger.write(f.db, f.desk.config, csv_out, NOW.astimezone(dt.UTC))
    assert csv_out.read_bytes().endswith(b"\n")
    assert ledger_texts.NO_RATE == "—"
