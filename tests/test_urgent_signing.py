"""An emergency nobody signs for, as outside tester T24 found it (finding 8; SPEC §5; refs #10):
with `accept_hours = 24` an urgent ticket's unit heard nothing until its 催办, the supervisors'
digest said 超时未签收（无） while seven emergencies sat unsigned for 14 hours, and the hotline's
unsigned emergencies were never listed. Now an urgent ticket's unit is reminded after an hour
(night or day, the hotline too), the supervisors alerted after two, and the digest lists every
unit's urgent tickets unsigned past their hour, the hotline's included, urgent ones first."""

from __future__ import annotations

from pathlib import Path

from bot.reports import digest
from bot.texts import for_supervisors
from tests.followkit import SUPERVISOR, WATER_GROUP, cst, make_follow


def test_an_urgent_ticket_is_reminded_after_an_hour_and_alerted_after_two(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    urgent = f.create(cst(2026, 12, 4, 2, 0), "家里煤气泄漏了，有人晕倒", urgent=True)
    normal = f.create(cst(2026, 12, 4, 2, 0), "小区停水三天了")
    assert f.tick(cst(2026, 12, 4, 2, 59)).unsigned == 0
    summary = f.tick(cst(2026, 12, 4, 3, 0))  # at night: an emergency's reminder goes at once
    assert summary.unsigned == 1 and summary.alerted == 0
    [reminder] = [t for t in f.texts(WATER_GROUP) if "签收提醒" in t]
    assert urgent.number in reminder and "超过 1 小时" in reminder
    assert normal.number not in reminder
    assert f.tick(cst(2026, 12, 4, 3, 59)).alerted == 0
    assert f.tick(cst(2026, 12, 4, 4, 0)).alerted == 1
    [alert] = [t for t in f.texts(SUPERVISOR) if "紧急工单超时未签收" in t]
    assert urgent.number in alert and "超过 2 小时" in alert and "仍无人签收" in alert
    assert "13812345678" not in alert
    summary = f.tick(cst(2026, 12, 4, 5, 0))
    assert summary.unsigned == summary.alerted == 0  # once each
    # The normal ticket keeps its 24 hours, reminded by day.
    assert f.tick(cst(2026, 12, 5, 2, 1)).unsigned == 0
    assert f.tick(cst(2026, 12, 5, 8, 0)).unsigned == 1


def test_a_signed_urgent_ticket_is_not_alerted(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    urgent = f.create(cst(2026, 12, 4, 10, 0), "家里煤气泄漏了", urgent=True)
    f.tick(cst(2026, 12, 4, 11, 0))
    f.accept(urgent, cst(2026, 12, 4, 11, 30))
    assert f.tick(cst(2026, 12, 4, 12, 0)).alerted == 0


def test_the_hotlines_unsigned_emergencies_are_reminded_alerted_and_in_the_digest(
    tmp_path: Path,
) -> None:
    f = make_follow(tmp_path)
    smoke = f.create(cst(2026, 12, 3, 18, 40), "楼道里冒黑烟", unit="hotline", urgent=True)
    waiting = f.create(cst(2026, 12, 3, 7, 0), "不知道该找谁", unit="hotline")
    water = f.create(cst(2026, 12, 3, 18, 50), "水管爆了水漫进屋，老人困在里面", urgent=True)
    calm = f.create(cst(2026, 12, 3, 18, 55), "小区停水三天了")
    summary = f.tick(cst(2026, 12, 3, 21, 0))
    assert summary.unsigned == 2 and summary.alerted == 2
    alerts = [t for t in f.texts(SUPERVISOR) if "紧急工单超时未签收" in t]
    [hotline] = [t for t in alerts if smoke.number in t]
    assert "县政务服务热线" in hotline and "没有能接收消息的工作群或工作人员" in hotline

    report = digest.build(f.db, f.desk.config, cst(2026, 12, 3, 0, 0).date(),
                          cst(2026, 12, 4, 8, 30))
    names = {name: numbers for name, _, numbers in report.unsigned}
    assert names["县政务服务热线"] == (smoke.number,)  # the desk's non-urgent one waits for dispatch
    assert names["县水务局"] == (water.number,)  # the calm one has its 24 hours
    text = for_supervisors.digest(report)
    section = text.split("超时未签收")[1].split("约谈/通报")[0]
    assert "紧急件超过 1 小时" in section
    assert smoke.number in section and water.number in section
    assert waiting.number not in section and calm.number not in section
