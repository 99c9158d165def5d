"""按时办结率 of a past period judges each 办结 by the deadline in force when it happened: a
重办, a 延期 or a 督办 later gives the ticket a new deadline, not the closed month a new figure.
/stats, the digest and the 督查台账 say the same for the same period."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from sqlite_utils import Database

from bot.actions import extensions, followup, staff, supervise, visit
from bot.domain.figures import UnitRates
from bot.domain.permissions import Role
from bot.reports import digest, ledger
from bot.store.db import Store
from bot.store.reports import unit_rates
from bot.store.schema import migrations
from bot.texts import for_supervisors
from bot.texts import ledger as ledger_texts
from tests.followkit import cst
from tests.staffkit import Kit, make_kit

WATER, SUPERVISOR, REPORTER = 11, 900, 501
# The digest of October 31 rates the 30 days up to its end; /stats 30 asked at its last
# second covers the very same days.
DAY = dt.date(2026, 10, 31)
START, END = cst(2026, 10, 2, 0, 0), cst(2026, 11, 1, 0, 0)
LAST_SECOND = cst(2026, 10, 31, 23, 59) + dt.timedelta(seconds=59)


def _kit() -> Kit:
    kit = make_kit((SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    return kit


def _resolved_late_in_october(kit: Kit) -> str:
    """Received on Tuesday October 20 (due October 27, 18:00), 办结 on Friday October 30."""
    number = kit.report(REPORTER, "中山路停水三天了", cst(2026, 10, 20, 10, 0))
    assert kit.ticket(number)["deadline"] == "2026-10-27T10:00:00+00:00"
    assert staff.accept(kit.desk, kit.msg(WATER), number, cst(2026, 10, 20, 11, 0)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已修复", cst(2026, 10, 30, 10, 0)).ok
    return number


def _sent_back(kit: Kit, number: str) -> None:
    """The 回访 on Monday November 2: not solved, 不满意: 重办, with a new deadline."""
    followup.run_due(kit.desk, cst(2026, 11, 2, 9, 0))
    ticket = kit.ticket(number)
    for question, code in (("c", "1"), ("s", "0"), ("r", "1")):
        data = f"v:{ticket['id']}:{ticket['reopen_count']}:{question}:{code}"
        visit.answer(kit.desk, next(kit.updates), REPORTER, data, cst(2026, 11, 2, 10, 0))
    assert kit.ticket(number)["state"] == "reopened"
    assert kit.ticket(number)["deadline"] > "2026-11-02"


def _october(kit: Kit, now: dt.datetime) -> UnitRates:
    return unit_rates(kit.db, START, END, 24, now)["water"]


def _stats_line(kit: Kit) -> str:
    """The water bureau's line of /stats 30, asked at October's last second."""
    supervise.stats(kit.desk, kit.msg(SUPERVISOR), "30", LAST_SECOND)
    return next(line for line in kit.sent_to(SUPERVISOR)[-1].splitlines() if "县水务局" in line)


def _ledger_punctuality(kit: Kit, tmp_path: Path, now: dt.datetime) -> object:
    out = tmp_path / "台账.xlsx"
    ledger.write(kit.db, kit.desk.config, out, now, since=START, until=END)
    lines = {r[0]: r for r in openpyxl.load_workbook(out)["汇总"].iter_rows(min_row=2,
                                                                         values_only=True)}
    return lines["县水务局"][ledger_texts.SUMMARY_HEADERS.index("按时办结率")]


def test_a_late_resolution_stays_late_after_a_reopen_an_extension_and_a_second_resolution(
        tmp_path: Path) -> None:
    kit = _kit()
    number = _resolved_late_in_october(kit)
    before = _october(kit, LAST_SECOND)
    assert (before.resolved, before.on_time, before.punctuality) == (1, 0, 0.0)
    stats = _stats_line(kit)
    assert stats.endswith("/ 0.0%"), stats

    _sent_back(kit, number)
    assert extensions.extend(kit.desk, kit.msg(WATER), number, 10, "需更换主管网",
                             cst(2026, 11, 3, 9, 0)).ok
    assert extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, cst(2026, 11, 3, 10, 0)).ok
    assert staff.done(kit.desk, kit.msg(WATER), number, "已更换主管网",
                      cst(2026, 11, 5, 10, 0)).ok  # on time by the extended deadline

    now = cst(2026, 11, 6, 9, 0)
    assert _october(kit, now) == before
    report = digest.build(kit.db, kit.desk.config, DAY, now)
    water = next(r for r in report.rates if r.unit == "water")
    assert water == before
    assert f"县水务局：{for_supervisors.rate_cells(water)}" in stats
    assert _ledger_punctuality(kit, tmp_path, now) == 0
    # November has the second 办结, on time by the deadline it was held to then.
    november = unit_rates(kit.db, END, cst(2026, 12, 1, 0, 0), 24, now)["water"]
    assert (november.resolved, november.on_time) == (1, 1)
    # Over both months the first 办结, sent back within them, is none: one 办结, on time.
    both = unit_rates(kit.db, START, cst(2026, 12, 1, 0, 0), 24, now)["water"]
    assert (both.resolved, both.on_time) == (1, 1)


def test_a_reopen_with_a_later_deadline_does_not_make_a_late_resolution_on_time() -> None:
    kit = _kit()
    number = _resolved_late_in_october(kit)
    _sent_back(kit, number)
    october = _october(kit, cst(2026, 11, 3, 9, 0))
    assert (october.resolved, october.on_time, october.open_overdue) == (1, 0, 0)


def test_an_older_database_keeps_the_deadline_each_resolution_was_held_to(
        tmp_path: Path) -> None:
    """The migration fills the deadline of past 办结 from what the log and the ticket say: the
    ticket's own deadline when nothing re-timed it since, else the deadline the log last names
    before it; left unknown otherwise (read then as the ticket's deadline, as before)."""
    path = tmp_path / "old.db"
    old = Database(sqlite3.connect(str(path)))
    migrations.apply(old, stop_before="m009_resolution_deadline")

    def ticket(n: int, deadline: str, *events: tuple[str, str, str, str, str | None]) -> None:
        """A ticket and its log as the older version wrote them: (at, action, old, new, detail)."""
        reopened = any(action == "reopen" for _, action, *_ in events)
        old["tickets"].insert({"id": n, "number": f"20261020-000{n}", "source_key": f"k{n}",
                               "text": "停水", "unit": "water",
                               "state": "reopened" if reopened else "resolved",
                               "received_at": "2026-10-20T02:00:00+00:00", "deadline": deadline,
                               "resolved_at": "2026-10-30T02:00:00+00:00"})
        for at, action, before, after, detail in events:
            old["events"].insert({"ticket_id": n, "at": at, "actor_id": 7, "actor_role": "staff",
                                  "action": action, "old": before, "new": after,
                                  "detail": detail})

    late, later = "2026-10-27T10:00:00+00:00", "2026-11-20T10:00:00+00:00"
    resolve = ("2026-10-30T02:00:00+00:00", "resolve", "accepted", "resolved", "已修复")
    reopen = ("2026-11-02T02:00:00+00:00", "reopen", "resolved", "reopened", "不满意")
    ticket(1, late, resolve)
    # Overdue at its deadline, resolved, then 重办 and 延期: the overdue event named it.
    ticket(2, later, ("2026-10-28T02:00:00+00:00", "overdue", "0", "1", late), resolve, reopen,
           ("2026-11-03T02:00:00+00:00", "approve", "2026-11-09T10:00:00+00:00", later, "10"))
    # Re-timed since, and nothing in the log says the deadline it was resolved by.
    ticket(3, later, resolve, reopen)
    old.close()
    store = Store.open(path)
    held = {r["ticket_id"]: r["deadline"] for r in store.db.query(
        "SELECT ticket_id, deadline FROM events WHERE action = 'resolve'")}
    assert held == {1: late, 2: late, 3: None}
    rates = unit_rates(store.db, START, END, 24, cst(2026, 11, 6, 9, 0))["water"]
    assert (rates.resolved, rates.on_time) == (3, 1)  # the third, unknown, reads its deadline
    with pytest.raises(sqlite3.IntegrityError):  # the log is append-only again
        store.db.execute("UPDATE events SET deadline = NULL")
    store.close()
