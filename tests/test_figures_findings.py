"""An outside tester's findings on the supervisors' figures (refs #10): a 回访 that said 已解决
and 不满意 stays 已解决 in its period's 解决率 after the 重办 it caused, in the digest and the
督查台账 alike (SPEC §5's formulas: 解决率 = rated solved ÷ rated)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl

from bot.actions import extensions, followup, staff, supervise, visit
from bot.domain.permissions import Role
from bot.reports import digest, ledger
from bot.texts import for_supervisors
from bot.texts import ledger as ledger_texts
from tests.followkit import cst
from tests.staffkit import Kit, make_kit

WATER, SUPERVISOR, REPORTER = 11, 900, 501
SINCE, UNTIL = cst(2026, 12, 1, 0, 0), cst(2026, 12, 3, 0, 0)


def _kit() -> Kit:
    kit = make_kit((SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    return kit


def _visit(kit: Kit, number: str, at: dt.datetime, solved: str, rating: str) -> None:
    followup.run_due(kit.desk, at)
    ticket = kit.ticket(number)
    for question, code in (("c", "1"), ("s", solved), ("r", rating)):
        data = f"v:{ticket['id']}:{ticket['reopen_count']}:{question}:{code}"
        visit.answer(kit.desk, next(kit.updates), REPORTER, data, at + dt.timedelta(hours=1))


def _water_rates(kit: Kit, tmp_path: Path, now: dt.datetime) -> tuple[str, tuple[object, ...]]:
    """The water bureau's line of the 12-02 digest and its 解决率, 满意率 in the 12-01..12-02
    ledger, both built at `now`."""
    text = for_supervisors.digest(digest.build(kit.db, kit.desk.config, dt.date(2026, 12, 2), now))
    line = next(x for x in text.splitlines() if re.match(r"(\d+\.|·) 县水务局：", x))
    out = tmp_path / f"台账-{now:%d%H%M}.xlsx"
    ledger.write(kit.db, kit.desk.config, out, now, since=SINCE, until=UNTIL)
    rows = {r[0]: r for r in openpyxl.load_workbook(out)["汇总"].iter_rows(min_row=2,
                                                                        values_only=True)}
    cells = tuple(rows["县水务局"][ledger_texts.SUMMARY_HEADERS.index(h)]
                  for h in ("解决率", "满意率"))
    return line, cells


def test_a_reopen_after_unsatisfied_keeps_the_solved_answer_of_its_period(tmp_path: Path
                                                                          ) -> None:
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水了", cst(2026, 12, 1, 8, 0))
    assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 12, 1, 8, 30)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", cst(2026, 12, 1, 9, 0)).ok
    _visit(kit, number, cst(2026, 12, 2, 10, 0), solved="1", rating="1")  # 已解决, 不满意
    assert kit.ticket(number)["state"] == "reopened"  # the 重办 on 12-02, in the period
    line, cells = _water_rates(kit, tmp_path, cst(2026, 12, 3, 9, 0))
    assert " / 100.0% / 0.0% / " in line, line
    assert cells == (1, 0), cells
    # Resolved again and answered again on 12-03: 12-02's figures stay as they were.
    assert staff.done(kit.desk, kit.msg(WATER), number, "已换管", cst(2026, 12, 3, 8, 0)).ok
    _visit(kit, number, cst(2026, 12, 4, 9, 0), solved="0", rating="3")
    assert _water_rates(kit, tmp_path, cst(2026, 12, 5, 9, 0)) == (line, cells)


def _summary(kit: Kit, tmp_path: Path, now: dt.datetime) -> dict[str, tuple[object, ...]]:
    out = tmp_path / f"汇总-{now:%d%H%M}.xlsx"
    ledger.write(kit.db, kit.desk.config, out, now, since=SINCE, until=UNTIL)
    rows = openpyxl.load_workbook(out)["汇总"].iter_rows(
        min_row=2, max_col=len(ledger_texts.SUMMARY_HEADERS), values_only=True)
    return {r[0]: r[1:] for r in rows if r[0] and not str(r[0]).startswith("说明")}


def test_a_past_periods_ledger_counts_only_what_happened_by_its_end(tmp_path: Path) -> None:
    """12-01..12-02 exported again after 12-03's 督办, 实事项目, 办结 and 销号: its summary
    counts (in 在办, 已办结, 实事项目, 督办次数 …) are what they were at 12-02's end."""
    kit = _kit()
    urged = kit.report(REPORTER, "中山路停水了", cst(2026, 12, 1, 8, 0))
    planned = kit.report(REPORTER + 1, "建设路停水两天了", cst(2026, 12, 1, 8, 10))
    done = kit.report(REPORTER + 2, "人民路停水了", cst(2026, 12, 2, 9, 0))
    for number in (urged, planned, done):
        assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 12, 2, 9, 30)).ok
    assert supervise.urge(kit.desk, kit.msg(SUPERVISOR), urged, "", cst(2026, 12, 2, 10, 0)).ok
    before = _summary(kit, tmp_path, cst(2026, 12, 3, 8, 0))
    assert before["县水务局"][:9] == (3, 3, 0, 0, 0, 0, 0, 0, 1), before["县水务局"]

    assert supervise.urge(kit.desk, kit.msg(SUPERVISOR), urged, "", cst(2026, 12, 3, 9, 0)).ok
    assert supervise.urge(kit.desk, kit.msg(SUPERVISOR), planned, "", cst(2026, 12, 3, 9, 5)).ok
    assert extensions.project(kit.desk, kit.msg(WATER), planned, "改造管网", "分两期",
                              "2026-12-04", cst(2026, 12, 3, 9, 10)).ok
    assert staff.done(kit.desk, kit.msg(WATER), done, "已修复", cst(2026, 12, 3, 9, 20)).ok
    assert kit.ticket(done)["state"] == "resolved"
    assert _summary(kit, tmp_path, cst(2026, 12, 3, 12, 0)) == before
    note = next(c.value for row in openpyxl.load_workbook(
        tmp_path / "汇总-031200.xlsx")["汇总"].iter_rows() for c in row
        if isinstance(c.value, str) and c.value.startswith("说明"))
    assert "汇总的件数和比率均为2026年12月2日24时的情况" in note, note
