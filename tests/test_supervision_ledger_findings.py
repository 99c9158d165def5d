"""An outside tester's findings on the supervision figures and the 督查台账:
- a citizen's /cancel does not erase a unit's failure to sign (签收) in time;
- every time the ledger gives is county time, the note's export time too;
- the ledger's 满意度 is the current round's, the rating before a 重办 kept beside it;
- an unanswered second 回访 is no second 不满意 (the first one's rating is not the new answer).
/stats, the digest and the ledger say the same throughout."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl

from bot.actions import citizen, followup, staff, supervise, visit
from bot.domain.figures import UnitRates
from bot.domain.permissions import Role
from bot.reports import digest, ledger
from bot.texts import for_supervisors
from bot.texts import ledger as ledger_texts
from tests.followkit import cst
from tests.staffkit import Kit, make_kit

WATER, SUPERVISOR, REPORTER = 11, 900, 501
HEADERS = ledger_texts.LEDGER_HEADERS


def _kit() -> Kit:
    kit = make_kit((SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    return kit


def _stats(kit: Kit, now: dt.datetime) -> str:
    supervise.stats(kit.desk, kit.msg(SUPERVISOR), "30", now)
    return kit.sent_to(SUPERVISOR)[-1]


def _line(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if name in line)


def _summary(kit: Kit, tmp_path: Path, now: dt.datetime) -> dict[str, Any]:
    out = tmp_path / "台账.xlsx"
    ledger.write(kit.db, kit.desk.config, out, now)
    rows = openpyxl.load_workbook(out)["汇总"].iter_rows(min_row=2, values_only=True)
    return {r[0]: dict(zip(ledger_texts.SUMMARY_HEADERS, r, strict=False)) for r in rows if r[0]}


def _cancel(kit: Kit, number: str, now: dt.datetime) -> None:
    citizen.cancel(kit.desk, kit.msg(REPORTER, f"/cancel {number}"), number, now)
    assert kit.ticket(number)["state"] == "withdrawn"


# --- 1. a withdrawal does not erase a missed 签收 ---------------------------------------------

def _signing_week(kit: Kit) -> tuple[str, str, str]:
    """Monday November 23: one ticket signed within the hour, one left unsigned, one the citizen
    withdrew two hours after sending it (before the unit's 24 hours to sign had passed)."""
    signed = kit.report(REPORTER, "中山路停水了", cst(2026, 11, 23, 9, 0))
    assert staff.accept(kit.desk, kit.msg(WATER), signed, cst(2026, 11, 23, 10, 0)).ok
    unsigned = kit.report(REPORTER, "解放路停水两天了", cst(2026, 11, 23, 9, 5))
    early = kit.report(REPORTER, "建设路停水了", cst(2026, 11, 23, 9, 10))
    _cancel(kit, early, cst(2026, 11, 23, 11, 10))
    return signed, unsigned, early


def test_a_ticket_left_unsigned_past_its_limit_stays_a_miss_after_the_citizen_withdraws_it(
        tmp_path: Path) -> None:
    kit = _kit()
    _, unsigned, _ = _signing_week(kit)
    before = _stats(kit, cst(2026, 11, 27, 9, 0))
    assert "县水务局：50.0% / — / — / —" in _line(before, "县水务局"), before
    assert "按已派单位、已到签收时限的 2 件计" in before

    _cancel(kit, unsigned, cst(2026, 11, 27, 10, 0))  # three days unsigned, then withdrawn
    now = cst(2026, 11, 27, 11, 0)
    after = _stats(kit, now)
    assert "县水务局：50.0% / — / — / —" in _line(after, "县水务局"), after
    assert _line(after, "全县").endswith("50.0% / — / — / —")
    assert "按已派单位、已到签收时限的 2 件计" in after
    # The DB still holds what happened: withdrawn, never signed.
    row = kit.ticket(unsigned)
    assert (row["state"], row["accepted_at"]) == ("withdrawn", None)

    # The digest of that day and the ledger say the same.
    report = digest.build(kit.db, kit.desk.config, dt.date(2026, 11, 27), cst(2026, 11, 28, 9, 0))
    water = next(r for r in report.rates if r.unit == "water")
    assert (water.dispatched, water.responded) == (2, 1)
    assert f"县水务局：{for_supervisors.rate_cells(water)}" in after
    summary = _summary(kit, tmp_path, now)
    assert summary["县水务局"]["响应率"] == 0.5
    assert summary["全县合计"]["响应率"] == 0.5
    assert summary["县水务局"]["已撤回"] == 2


def test_a_past_period_keeps_the_miss_whether_the_withdrawal_came_within_or_after_it() -> None:
    """The digest of Thursday November 26 (30 days up to its end), issued before and rebuilt
    after the withdrawal on Friday: the same figures."""
    kit = _kit()
    _, unsigned, _ = _signing_week(kit)
    day = dt.date(2026, 11, 26)
    first = digest.build(kit.db, kit.desk.config, day, cst(2026, 11, 27, 8, 30))
    _cancel(kit, unsigned, cst(2026, 11, 27, 10, 0))
    again = digest.build(kit.db, kit.desk.config, day, cst(2026, 11, 28, 8, 30))
    rates = [next(r for r in d.rates if r.unit == "water") for d in (first, again)]
    assert rates[0] == rates[1]
    assert (rates[1].dispatched, rates[1].responded) == (2, 1)
    # Withdrawn within the period, after the limit: still a miss, in the next day's digest too.
    later = digest.build(kit.db, kit.desk.config, dt.date(2026, 11, 27), cst(2026, 11, 28, 8, 30))
    assert next(r for r in later.rates if r.unit == "water") == UnitRates(
        "water", dispatched=2, responded=1, received=3)


def test_a_ticket_withdrawn_before_its_signing_limit_leaves_the_count() -> None:
    kit = _kit()
    _signing_week(kit)
    stats = _stats(kit, cst(2026, 11, 24, 12, 0))
    assert "按已派单位、已到签收时限的 2 件计" in stats  # signed + unsigned; not the early one
    assert "受理 3 件" in stats


# --- 2. county time everywhere in the ledger --------------------------------------------------

def test_every_time_in_the_ledger_is_county_time(tmp_path: Path) -> None:
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水了", cst(2026, 11, 30, 7, 15))  # 23:15 UTC the day before
    assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 11, 30, 7, 30)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", cst(2026, 11, 30, 8, 0)).ok
    followup.run_due(kit.desk, cst(2026, 12, 1, 9, 0))
    ticket = kit.ticket(number)
    for question, code in (("c", "1"), ("s", "1"), ("r", "3")):
        data = f"v:{ticket['id']}:{ticket['reopen_count']}:{question}:{code}"
        visit.answer(kit.desk, next(kit.updates), REPORTER, data, cst(2026, 12, 1, 7, 40))
    row = kit.ticket(number)
    assert row["state"] == "closed"
    assert row["received_at"].startswith("2026-11-29T23:15")  # stored in UTC
    assert row["closed_at"].startswith("2026-11-30T23:40")
    now = cst(2026, 12, 2, 13, 30).astimezone(dt.UTC)  # the store's clock runs in UTC

    xlsx, text = tmp_path / "台账.xlsx", tmp_path / "台账.csv"
    ledger.write(kit.db, kit.desk.config, xlsx, now)
    ledger.write(kit.db, kit.desk.config, text, now)
    book = openpyxl.load_workbook(xlsx)
    cells = dict(zip(HEADERS, next(book["县水务局"].iter_rows(min_row=2, values_only=True)),
                     strict=True))
    assert cells["受理时间"] == dt.datetime(2026, 11, 30, 7, 15)
    assert cells["完成时限"] == dt.datetime(2026, 12, 7, 18, 0)
    assert cells["销号日期"] == dt.datetime(2026, 12, 1, 0, 0)  # a date: December 1 in the county
    with text.open(encoding="utf-8-sig", newline="") as file:
        line = dict(zip(HEADERS, list(csv.reader(file))[1], strict=True))
    assert (line["受理时间"], line["完成时限"], line["销号日期"]) == (
        "2026-11-30 07:15", "2026-12-07 18:00", "2026-12-01")
    notes = [c for r in book["汇总"].iter_rows(values_only=True) for c in r
             if isinstance(c, str) and c.startswith("说明")]
    assert len(notes) == 1 and "导出时（2026-12-02 13:30）" in notes[0], notes
    # The document's creation time is UTC by the standard (Excel shows it in local time): the
    # export moment of the county's clock.
    assert book.properties.created == dt.datetime(2026, 12, 2, 5, 30)
# --- 3. the 满意度 of the current round -------------------------------------------------------

def _visit(kit: Kit, number: str, answers: tuple[str, str, str], now: dt.datetime) -> None:
    followup.run_due(kit.desk, now)
    ticket = kit.ticket(number)
    for question, code in zip(("c", "s", "r"), answers, strict=True):
        data = f"v:{ticket['id']}:{ticket['reopen_count']}:{question}:{code}"
        visit.answer(kit.desk, next(kit.updates), REPORTER, data, now)


def _rating_cells(kit: Kit, tmp_path: Path, number: str, now: dt.datetime) -> tuple[Any, ...]:
    """The ticket's 办理状态 and 满意度 in the .xlsx and the .csv."""
    xlsx, text = tmp_path / "台账.xlsx", tmp_path / "台账.csv"
    ledger.write(kit.db, kit.desk.config, xlsx, now)
    ledger.write(kit.db, kit.desk.config, text, now)
    row = next(r for r in openpyxl.load_workbook(xlsx)["县水务局"].iter_rows(
        min_row=2, values_only=True) if r[0] == number)
    with text.open(encoding="utf-8-sig", newline="") as file:
        line = next(r for r in csv.reader(file) if r[0] == number)
    state, rating = HEADERS.index("办理状态"), HEADERS.index("满意度")
    assert (line[state], line[rating]) == (row[state], row[rating] or "")
    return row[state], row[rating] or ""


def test_the_ledger_rates_the_current_round_and_keeps_the_rating_before_the_reopen(
        tmp_path: Path) -> None:
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水三天了", cst(2026, 11, 23, 9, 0))
    assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 11, 23, 10, 0)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", cst(2026, 11, 23, 16, 0)).ok
    assert _rating_cells(kit, tmp_path, number, cst(2026, 11, 23, 17, 0)) == ("已办结待回访", "")
    _visit(kit, number, ("1", "0", "1"), cst(2026, 11, 24, 17, 0))  # 未解决, 不满意: 重办
    assert kit.ticket(number)["state"] == "reopened"
    assert _rating_cells(kit, tmp_path, number, cst(2026, 11, 24, 18, 0)) == (
        "重办中", "重办前：不满意")

    assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 11, 25, 9, 0)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已更换管道", cst(2026, 11, 25, 16, 0)).ok
    # The tester's row: finished again, not yet visited — no rating of the new result.
    assert _rating_cells(kit, tmp_path, number, cst(2026, 11, 25, 17, 0)) == (
        "已办结待回访", "重办前：不满意")
    # The DB keeps both: the first round's rating in the audit log.
    assert [e["detail"] for e in kit.events(number) if e["action"] == "rate"][-1] == "r:1"

    _visit(kit, number, ("1", "1", "3"), cst(2026, 11, 26, 17, 0))  # solved, 满意
    assert (kit.ticket(number)["state"], kit.ticket(number)["rating"]) == ("closed", "satisfied")
    assert _rating_cells(kit, tmp_path, number, cst(2026, 11, 26, 18, 0)) == (
        "已销号", "满意（重办前：不满意）")
    # The note under the summary says how to read the column.
    book = openpyxl.load_workbook(tmp_path / "台账.xlsx")
    assert any("重办前：不满意" in c for r in book["汇总"].iter_rows(values_only=True) for c in r
               if isinstance(c, str) and c.startswith("说明"))


def test_a_ticket_never_reopened_shows_its_rating_alone(tmp_path: Path) -> None:
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水三天了", cst(2026, 11, 23, 9, 0))
    assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", cst(2026, 11, 23, 16, 0)).ok
    _visit(kit, number, ("1", "1", "2"), cst(2026, 11, 24, 17, 0))
    assert _rating_cells(kit, tmp_path, number, cst(2026, 11, 24, 18, 0)) == ("已销号", "基本满意")


def _reopened_and_done_again(kit: Kit) -> str:
    """Rated 不满意 on Tuesday, 重办, finished again on Wednesday at 10:00."""
    number = kit.report(REPORTER, "中山路停水三天了", cst(2026, 11, 23, 9, 0))
    assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 11, 23, 10, 0)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", cst(2026, 11, 23, 16, 0)).ok
    _visit(kit, number, ("1", "0", "1"), cst(2026, 11, 24, 17, 0))
    assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 11, 25, 9, 0)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已更换管道", cst(2026, 11, 25, 10, 0)).ok
    return number


def test_an_unanswered_second_visit_is_no_second_unsatisfied(tmp_path: Path) -> None:
    """The 不满意 before the 重办 stays in the rating column (the rates read it): it must not
    be taken for the new 回访's answer when that one goes unanswered."""
    kit = _kit()
    number = _reopened_and_done_again(kit)
    for day in range(26, 31):
        followup.run_due(kit.desk, cst(2026, 11, day, 10, 0))
    row = kit.ticket(number)
    assert (row["state"], row["rating"]) == ("closed", "default")
    assert [e["detail"] for e in kit.events(number)][-1] == "默认满意"
    assert not any(for_supervisors.SECOND_UNSATISFIED in t for t in kit.sent_to(SUPERVISOR))
    report = digest.build(kit.db, kit.desk.config, dt.date(2026, 11, 29), cst(2026, 11, 30, 9, 0))
    assert report.closed == 1 and report.unhappy == ()
    assert _rating_cells(kit, tmp_path, number, cst(2026, 11, 30, 9, 0)) == (
        "已销号", "默认满意（重办前：不满意）")


def test_a_second_unsatisfied_typed_ahead_still_closes_as_one(tmp_path: Path) -> None:
    kit = _kit()
    number = _reopened_and_done_again(kit)
    followup.run_due(kit.desk, cst(2026, 11, 26, 10, 0))  # the new 回访 asks 是否联系过您
    citizen.receive(kit.desk, kit.msg(REPORTER, "还是不满意"), cst(2026, 11, 26, 11, 0))
    assert [e["new"] for e in kit.events(number) if e["action"] == "visit_said"] == ["r"]
    assert _rating_cells(kit, tmp_path, number, cst(2026, 11, 26, 12, 0)) == (
        "已办结待回访", "不满意（重办前：不满意）")
    for day in range(27, 31):
        followup.run_due(kit.desk, cst(2026, 11, day, 10, 0))
    row = kit.ticket(number)
    assert (row["state"], row["rating"]) == ("closed", "unsatisfied")
    assert any(for_supervisors.SECOND_UNSATISFIED in t for t in kit.sent_to(SUPERVISOR))
    report = digest.build(kit.db, kit.desk.config, dt.date(2026, 11, 29), cst(2026, 11, 30, 9, 0))
    assert [n for n, _ in report.unhappy] == [number]
    assert _rating_cells(kit, tmp_path, number, cst(2026, 11, 30, 9, 0)) == (
        "已销号", "不满意（重办前：不满意）")
