"""An urgent ticket's escalation counts hours: 督办 and 约谈/通报 after its 24-hour limit, and the
限期办结 a 督办 sets, are hours, not working days (outside tester; SPEC §3, §5)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.domain.tickets import iso
from tests.followkit import SUPERVISOR, cst, make_follow


def test_an_unsigned_urgent_ticket_is_urged_and_listed_within_hours(tmp_path: Path) -> None:
    follow = make_follow(tmp_path)
    received = cst(2026, 12, 4, 16, 0)  # a Friday afternoon: the weekend must not slow it
    urgent = follow.create(received, text="楼道里煤气味很大", unit="housing", urgent=True)
    normal = follow.create(received, text="楼道灯坏了", unit="housing")
    deadline = received + dt.timedelta(hours=24)
    assert follow.tick(deadline + dt.timedelta(minutes=1)).overdue == 1
    assert follow.tick(deadline + dt.timedelta(hours=9)).urged == 0  # 2 × 4 h 48 min not yet
    moment = deadline + dt.timedelta(hours=10)
    assert follow.tick(moment).urged == 1
    row = follow.row(urgent)
    assert row["urge_count"] == 1 and row["urge_deadline"] == iso(
        (moment + dt.timedelta(hours=9, minutes=36)).replace(second=0, microsecond=0))
    notice = next(t for t in follow.texts(SUPERVISOR) if "督办通知书" in t)
    assert "已逾期 10 小时" in notice and "工作日" not in notice
    listed = follow.tick(deadline + dt.timedelta(hours=24, minutes=1))
    assert listed.reported == 1
    assert any("拟约谈/通报" in t and "已逾期 24 小时" in t for t in follow.texts(SUPERVISOR))
    assert follow.row(normal)["urge_count"] == 0  # a normal ticket still counts working days
    report = [e for e in follow.db.query("SELECT detail FROM events WHERE action = 'report'")]
    assert [e["detail"] for e in report] == ["24h"]
