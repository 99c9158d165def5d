"""A night of late emergencies, as outside tester T24 lived it (finding 6; refs #10): seven urgent
tickets of one citizen pass their 24 hours in the evening and are urged in the small hours. The
units and the supervisors get the 催办 and the 督办通知书 when they fall due; the citizen is told
nothing between 21:00 and 08:00, then one message at 08:00 naming every ticket, which tells the
督办 as done under the rules — not as an office that acted at 04:42."""

from __future__ import annotations

from pathlib import Path

from tests.followkit import CITIZEN, SUPERVISOR, WATER_GROUP, cst, make_follow
from tests.fuzzkit import shown


def test_the_citizens_night_notices_wait_for_eight_and_come_as_one(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    numbers = [f.create(cst(2026, 12, 3, 21, 30 + n), f"第{n}件：家里煤气泄漏了",
                        urgent=True).number for n in range(7)]
    # Overdue at 21:30 on Friday 4 December, urged 9 h 36 min later (07:06 and after).
    for hour in (21, 22, 23):
        f.tick(cst(2026, 12, 4, hour, 45))
    for hour in range(0, 8):
        f.tick(cst(2026, 12, 5, hour, 42))
    assert f.sent(CITIZEN) == []
    assert sum("催办" in text for text in f.texts(WATER_GROUP)) == 7
    assert sum("督办通知书" in text for text in f.texts(WATER_GROUP)) == 7  # units keep their clock
    assert sum("督办通知书" in text for text in f.texts(SUPERVISOR)) == 7

    assert f.tick(cst(2026, 12, 5, 8, 0)).told == 7
    [message] = f.sent(CITIZEN)
    text = shown(message["method"], {k: v for k, v in message.items()
                                     if k not in ("key", "method")})
    assert text.startswith("🔔 您反映的 7 件问题有以下办理进展")
    assert all(number in text for number in numbers)
    assert text.count("已按督办规定向县水务局发出督办通知书") == 7
    assert "督查部门已向" not in text and "回复本消息" not in text
    assert "请回复该件的受理回执" in text
    assert f.tick(cst(2026, 12, 5, 8, 1)).told == 0 and len(f.sent(CITIZEN)) == 1


def test_one_late_ticket_by_day_is_told_on_its_own(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    ticket = f.create(cst(2026, 12, 3, 10, 0), "第一件：家里煤气泄漏了", urgent=True)
    f.create(cst(2026, 12, 3, 15, 0), "第二件：家里煤气泄漏了", urgent=True)
    assert f.tick(cst(2026, 12, 4, 10, 1)).told == 1
    [notice] = f.texts(CITIZEN)
    assert ticket.number in notice and "件问题有以下办理进展" not in notice
    assert "回复本消息即可补充" in notice
