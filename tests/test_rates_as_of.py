"""A past period's figures read each ticket as it stood at the period's end (SPEC §5's formulas,
unchanged): a second 回访 after the period does not take the first one's 解决率 and 满意率 out of
it, and a ticket open and overdue at the period's end stays 逾期在办 in its 按时办结率 after a
late 办结 or an approved extension. /stats asked at October's last second, and the digest and the
督查台账 of October built later, say the same."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import openpyxl

from bot.actions import extensions, followup, staff, supervise, visit
from bot.domain.figures import UnitRates
from bot.domain.permissions import Role
from bot.reports import digest, ledger
from bot.store.reports import unit_rates
from bot.texts import for_supervisors
from bot.texts import ledger as ledger_texts
from tests.followkit import cst
from tests.staffkit import Kit, make_kit

WATER, SUPERVISOR, REPORTER = 11, 900, 501
DAY = dt.date(2026, 10, 31)  # the digest of October 31 rates the 30 days up to its end
START, END = cst(2026, 10, 2, 0, 0), cst(2026, 11, 1, 0, 0)
LAST_SECOND = cst(2026, 10, 31, 23, 59) + dt.timedelta(seconds=59)
LATER = cst(2026, 11, 13, 9, 0)
RATES = ("响应率", "解决率", "满意率", "按时办结率")


def _kit() -> Kit:
    kit = make_kit((SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    return kit


def _visit(kit: Kit, number: str, at: dt.datetime, solved: str, rating: str,
           citizen: int = REPORTER) -> None:
    """The 回访 asked by the follow-up tick, answered with the buttons an hour later."""
    followup.run_due(kit.desk, at)
    ticket = kit.ticket(number)
    for question, code in (("c", "1"), ("s", solved), ("r", rating)):
        data = f"v:{ticket['id']}:{ticket['reopen_count']}:{question}:{code}"
        visit.answer(kit.desk, next(kit.updates), citizen, data, at + dt.timedelta(hours=1))


def _figures(kit: Kit, tmp_path: Path, now: dt.datetime) -> tuple[str, str, tuple[object, ...]]:
    """What supervisors read of October as of `now`: the water bureau's rates in the digest of
    October 31 (built then) and in the ledger of October, and the digest's county line."""
    report = digest.build(kit.db, kit.desk.config, DAY, now)
    text = for_supervisors.digest(report)
    line = next(x for x in text.splitlines() if re.match(r"\d+\. 县水务局：", x))
    county = next(x for x in text.splitlines() if x.startswith("全县："))
    out = tmp_path / f"台账-{now:%m%d%H%M}.xlsx"
    ledger.write(kit.db, kit.desk.config, out, now, since=START, until=END)
    rows = {r[0]: r for r in openpyxl.load_workbook(out)["汇总"].iter_rows(min_row=2,
                                                                        values_only=True)}
    cells = tuple(rows["县水务局"][ledger_texts.SUMMARY_HEADERS.index(h)] for h in RATES)
    return line.split("：", 1)[1], county, cells


def _stats_line(kit: Kit) -> str:
    """The water bureau's line of /stats 30, asked at October's last second."""
    supervise.stats(kit.desk, kit.msg(SUPERVISOR), "30", LAST_SECOND)
    line = next(x for x in kit.sent_to(SUPERVISOR)[-1].splitlines() if "县水务局" in x)
    return line.split("：", 1)[1]


def _october(kit: Kit, now: dt.datetime) -> UnitRates:
    return unit_rates(kit.db, START, END, 24, now)["water"]


def test_a_second_visit_after_the_period_leaves_its_rating_in_it(tmp_path: Path) -> None:
    kit = _kit()
    number = kit.report(REPORTER, "中山路停水三天了", cst(2026, 10, 20, 10, 0))
    assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 10, 20, 11, 0)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", cst(2026, 10, 22, 10, 0)).ok
    _visit(kit, number, cst(2026, 10, 23, 11, 0), solved="0", rating="3")  # 未解决 but 满意: 重办
    assert kit.ticket(number)["state"] == "reopened"
    before = _october(kit, LAST_SECOND)
    assert (before.rated, before.solved, before.satisfied) == (1, 0, 1)
    stats = _stats_line(kit)
    assert stats == "100.0% / 0.0% / 100.0% / 0.0%", stats  # 重办 overdue since Oct 30
    as_then = _figures(kit, tmp_path, LAST_SECOND)

    assert staff.done(kit.desk, kit.msg(WATER), number, "已更换水管", cst(2026, 11, 3, 10, 0)).ok
    _visit(kit, number, cst(2026, 11, 4, 11, 0), solved="1", rating="1")  # 不满意: closed
    assert kit.ticket(number)["state"] == "closed"

    assert _october(kit, LATER) == before
    assert _figures(kit, tmp_path, LATER) == as_then
    assert as_then[0] == stats and as_then[2] == (1, 0, 1, 0)
    # November has the second 回访; October and November together its latest, once.
    november = unit_rates(kit.db, END, cst(2026, 12, 1, 0, 0), 24, LATER)["water"]
    assert (november.rated, november.solved, november.satisfied) == (1, 1, 0)
    both = unit_rates(kit.db, START, cst(2026, 12, 1, 0, 0), 24, LATER)["water"]
    assert (both.rated, both.solved, both.satisfied) == (1, 1, 0)


def test_a_ticket_overdue_at_the_periods_end_stays_overdue_in_it(tmp_path: Path) -> None:
    """One resolved late in November, one given an extension in November: both were open and
    past their deadline at October's end, in 按时办结率's denominator."""
    kit = _kit()
    late = kit.report(REPORTER, "中山路停水三天了", cst(2026, 10, 20, 10, 0))
    extended = kit.report(REPORTER + 1, "建设路停水两天了", cst(2026, 10, 21, 10, 0))
    on_time = kit.report(REPORTER + 2, "人民路停水了", cst(2026, 10, 26, 10, 0))
    for number in (late, extended, on_time):
        assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 10, 26, 11, 0)).ok
    assert staff.done(kit.desk, kit.msg(WATER), on_time, "已修复", cst(2026, 10, 27, 10, 0)).ok
    followup.run_due(kit.desk, cst(2026, 10, 29, 9, 0))  # 催办: both are overdue
    before = _october(kit, LAST_SECOND)
    assert (before.resolved, before.on_time, before.open_overdue) == (1, 1, 2)
    stats = _stats_line(kit)
    assert stats.endswith(" / 33.3%"), stats
    as_then = _figures(kit, tmp_path, LAST_SECOND)

    assert staff.done(kit.desk, kit.msg(WATER), late, "已修复", cst(2026, 11, 3, 10, 0)).ok
    assert extensions.extend(kit.desk, kit.msg(WATER), extended, 10, "需更换主管网",
                             cst(2026, 11, 3, 9, 0)).ok
    assert extensions.approve(kit.desk, kit.msg(SUPERVISOR), extended,
                              cst(2026, 11, 3, 10, 0)).ok
    followup.run_due(kit.desk, cst(2026, 11, 3, 11, 0))

    assert _october(kit, LATER) == before
    assert _figures(kit, tmp_path, LATER) == as_then
    assert as_then[0] == stats


def test_every_periods_figures_stay_as_they_were_read(tmp_path: Path) -> None:
    """Rates read at the end of each day of a month of 回访 — answered, typed ahead, left
    unanswered (默认满意), sent back and answered again — are what the same periods read a
    month later; and replaying each ticket's whole log gives its 满意度 columns now."""
    from bot.actions import citizen as intake
    from bot.domain.visit import Rated, rated_then

    kit = _kit()
    numbers = [kit.report(REPORTER + n, f"第{n}小区停水了", cst(2026, 10, 5, 10, n))
               for n in range(5)]
    read: dict[dt.datetime, UnitRates] = {}
    answers = {0: ("1", "3"), 2: ("0", "2"), 3: ("1", "1")}  # 1 is left unanswered

    def day_end(day: int) -> None:
        end = cst(2026, 10, day, 23, 59) + dt.timedelta(seconds=59)
        read[end] = unit_rates(kit.db, START, end + dt.timedelta(seconds=1), 24, end)["water"]

    for n, number in enumerate(numbers):
        assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 10, 5, 11, n)).ok
        assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", cst(2026, 10, 6, 10, n)).ok
    day_end(6)
    followup.run_due(kit.desk, cst(2026, 10, 7, 11, 0))  # every 回访 asked
    # Ticket 4's citizen types it ahead: 还是没水, 很不满意.
    intake.receive(kit.desk, kit.msg(REPORTER + 4, "还是没解决，很不满意"), cst(2026, 10, 7, 12, 0))
    for n, (solved, rating) in answers.items():
        ticket = kit.ticket(numbers[n])
        for question, code in (("c", "1"), ("s", solved), ("r", rating)):
            visit.answer(kit.desk, next(kit.updates), REPORTER + n,
                         f"v:{ticket['id']}:{ticket['reopen_count']}:{question}:{code}",
                         cst(2026, 10, 7, 12, 30))
    day_end(7)
    for day in range(8, 13):
        followup.run_due(kit.desk, cst(2026, 10, day, 11, 0))
        day_end(day)
    for number in numbers:  # those sent back are resolved again and answered again
        if kit.ticket(number)["state"] == "reopened":
            assert staff.done(kit.desk, kit.msg(WATER), number, "已换管",
                              cst(2026, 10, 13, 10, 0)).ok
    _visit(kit, numbers[2], cst(2026, 10, 14, 11, 0), solved="1", rating="3", citizen=REPORTER + 2)
    day_end(14)
    for day in range(15, 20):
        followup.run_due(kit.desk, cst(2026, 10, day, 11, 0))
        day_end(day)
    closed = [(kit.ticket(n)["state"], kit.ticket(n)["rating"]) for n in numbers]
    assert closed == [("closed", "satisfied"), ("closed", "default"), ("closed", "satisfied"),
                      ("closed", "default"), ("closed", "default")], closed
    assert {r.rated for r in read.values()} > {0}

    for end, then in read.items():
        assert unit_rates(kit.db, START, end + dt.timedelta(seconds=1), 24, LATER)["water"] \
            == then, end
    for number in numbers:
        row = kit.ticket(number)
        log = [(e["action"], e["at"], e["new"], e["detail"]) for e in kit.events(number)]
        solved = None if row["solved"] is None else bool(row["solved"])
        assert rated_then(log) == Rated(row["rating"], row["rated_at"], solved), number
