"""A digest rebuilt long after its issue time (the bot was off, or a past day is printed) shows
the units nobody could reach as they were then, from the audit log (refs #10): it left the
section out, so the rebuilt digest differed from the one that would have been issued."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.actions import invites
from bot.domain.permissions import Role
from bot.reports import digest
from bot.store import people, reach_log
from bot.texts import for_supervisors
from tests.followkit import Follow, cst, make_follow

DAY = dt.date(2026, 12, 9)  # its digest is due 12-10 08:30
SECTION = "无法送达的单位"


def bind(f: Follow, user: int, unit: str, at: dt.datetime) -> None:
    with f.desk.store.atomic() as db:
        code = invites.create(db, f.desk.config, Role.STAFF, unit, at).code
        people.seen(db, user, f"员工{user}", None, at)
        assert invites.redeem(db, f.desk.config, user, code, at).status == "joined"


def test_a_rebuilt_digest_names_the_units_unreachable_then(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    f.tick(cst(2026, 12, 9, 20, 0))  # the bot runs: housing, power, hotline have nobody
    # The bot is off over the issue time; meanwhile housing's staff join (a later run's tick).
    bind(f, 21, "housing", cst(2026, 12, 12, 9, 0))
    f.tick(cst(2026, 12, 12, 9, 0))
    report, _ = digest.current(f.desk.store, f.desk.config, DAY, cst(2026, 12, 20, 9, 0))
    assert report.unreachable == ("县住建局", "县供电公司", "县政务服务热线")
    assert SECTION in for_supervisors.digest(report)
    # Built on time it says the same: what the log noted is what was live then.
    on_time = digest.build(f.db, f.desk.config, DAY, cst(2026, 12, 10, 8, 30))
    later = digest.build(f.db, f.desk.config, DAY, cst(2026, 12, 10, 8, 30), rebuilt=True)
    assert on_time.unreachable == ("县供电公司", "县政务服务热线")  # today's, housing staffed
    assert later.unreachable == report.unreachable


def test_the_log_notes_a_change_once(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    for hour in (9, 10, 11):
        f.tick(cst(2026, 12, 9, hour, 0))
    bind(f, 31, "power", cst(2026, 12, 9, 11, 30))
    f.tick(cst(2026, 12, 9, 12, 0))
    rows = list(f.db.query("SELECT at, new FROM events WHERE action = ?", [reach_log.ACTION]))
    assert [r["new"] for r in rows] == ['["housing", "power", "hotline"]',
                                        '["housing", "hotline"]']
    assert reach_log.as_of(f.db, cst(2026, 12, 9, 8, 0)) is None
    assert reach_log.as_of(f.db, cst(2026, 12, 9, 11, 59)) == ["housing", "power", "hotline"]


def test_nothing_noted_then_leaves_the_section_out(tmp_path: Path) -> None:
    """A database from before the log kept it: left out, never today's under an old date."""
    f = make_follow(tmp_path)
    f.tick(cst(2026, 12, 15, 9, 0))
    report, _ = digest.current(f.desk.store, f.desk.config, DAY, cst(2026, 12, 20, 9, 0))
    assert report.unreachable == ()
