"""A citizen's view of a ticket that travels (refs #10): passed on twice, signed, extended, made
a 实事项目 with a later date and that approved, then finished. Every change the citizen should
know of reaches them once, in order, naming the unit that holds the ticket then; nothing an
internal step does (a request awaiting approval, a note) reaches them. Through the real handlers
behind a mocked Bot API (tests.fuzzkit)."""

from __future__ import annotations

import datetime as dt

from bot.actions import followup
from bot.domain.permissions import Role
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig, unit_chat
from tests.test_project_dates import project_day

HOUSING_STAFF, URBAN_STAFF = 12, 13


def _ok(rig: Rig, user: int, command: str, needle: str) -> None:
    """A staff or supervisor command, answered with `needle` in the reply."""
    answers = rig.answers(rig.say(user, command))
    assert any(needle in a for a in answers), (command, answers)


def test_a_travelling_ticket_is_told_to_its_citizen_once_each_in_order(rig: Rig) -> None:
    rig.bind(HOUSING_STAFF, Role.STAFF, "housing")
    rig.bind(URBAN_STAFF, Role.STAFF, "urban")
    user = rig.citizen()
    rig.say(user, "我们小区停水了，已经两天了")
    [ticket] = rig.tickets_of(user)
    number = ticket["number"]
    assert ticket["unit"] == "water"

    _ok(rig, WATER_STAFF, f"/accept {number}", "签收")
    _ok(rig, WATER_STAFF, f"/transfer {number} housing 小区内部管网归物业", "县住房和城乡建设局")
    _ok(rig, HOUSING_STAFF, f"/transfer {number} urban 私接管道占道施工", "县综合行政执法局")
    _ok(rig, URBAN_STAFF, f"/accept {number}", "签收")
    _ok(rig, URBAN_STAFF, f"/note {number} 已联系施工方", "备注")
    _ok(rig, URBAN_STAFF, f"/extend {number} 5 需协调施工方恢复管道", "延期")
    _ok(rig, SUPERVISOR, f"/approve {number}", "已批准")
    extended = rig.tickets_of(user)[0]["deadline"]
    day, shown_day = project_day(40)
    _ok(rig, URBAN_STAFF, f"/project {number} 拆除私接管道并恢复供水 | 分两步实施 | {day}", "实事项目")
    _ok(rig, SUPERVISOR, f"/approve {number}", "已批准")
    _ok(rig, URBAN_STAFF, f"/done {number} 已拆除私接管道，恢复正常供水", "办结")

    pushes = rig.shown_to(user, "push:")
    expected = [
        ("已由县水务局签收", "签收"),
        ("已改由县住房和城乡建设局办理", "改由"),
        ("已改由县综合行政执法局办理", "改由"),
        ("已由县综合行政执法局签收", "签收"),
        ("县综合行政执法局的办理时限延至", "延至"),
        ("已列为“我为群众办实事”实事项目", "实事项目"),
        (f"{shown_day}", "批准"),
        ("已由县综合行政执法局办结", "办结"),
    ]
    assert len(pushes) == len(expected), "\n---\n".join(pushes)
    for push, (needle, word) in zip(pushes, expected, strict=True):
        assert number in push and needle in push and word in push, (needle, push)
    project = pushes[5]
    assert "责任单位：县综合行政执法局" in project and "待督查部门批准后生效" in project
    assert "县水务局" not in "".join(pushes[3:]) and "县住房和城乡建设局" not in "".join(pushes[3:])
    # The project's date approved is told as that, not as a generic 延期.
    assert "实事项目" in pushes[6] and "完成时限" in pushes[6] and "需要更多时间" not in pushes[6]
    assert rig.tickets_of(user)[0]["deadline"] > extended
    assert "已联系施工方" not in "".join(pushes)  # a staff note is internal


def test_a_ticket_passed_on_and_late_is_told_with_the_unit_holding_it(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "我们小区停水了，已经两天了")
    [ticket] = rig.tickets_of(user)
    number = ticket["number"]
    _ok(rig, WATER_STAFF, f"/transfer {number} urban 私接管道占道施工", "县综合行政执法局")
    deadline = dt.datetime.fromisoformat(ticket["deadline"])
    config = rig.desk.config
    urban = unit_chat(next(i for i, u in enumerate(config.units) if u.code == "urban"))

    assert followup.run_due(rig.desk, deadline + dt.timedelta(minutes=1)).told == 1
    rig.check_outbox()  # as Telegram would take it
    late = rig.shown_to(user, "push:")[-1]
    assert number in late and "已自动向县综合行政执法局发出催办提醒" in late and "县水务局" not in late
    assert any("催办" in text and number in text for text in rig.shown_to(urban))
    after = deadline + dt.timedelta(days=7)  # past the 督办, whatever the weekdays
    assert followup.run_due(rig.desk, after).told == 1
    urged = rig.shown_to(user, "push:")[-1]
    assert "已按督办规定向县综合行政执法局发出督办通知书" in urged
    assert any("督办通知书" in text for text in rig.shown_to(SUPERVISOR))
    assert any("督办通知书" in text and number in text for text in rig.shown_to(urban))
    later = [t for t in rig.shown_to(user, "push:") if "工单" in t]
    assert [t for t in later if "超过办理时限" in t] == [late]


def test_a_ticket_sent_back_for_dispatch_is_told_as_that(rig: Rig) -> None:
    hotline_staff = 14
    rig.bind(hotline_staff, Role.STAFF, "hotline")
    user = rig.citizen()
    rig.say(user, "我们小区停水了，已经两天了")
    [ticket] = rig.tickets_of(user)
    number = ticket["number"]
    rig.press(WATER_STAFF, f"ret:{ticket['id']}")  # 退单 asks for the reason: nothing moves
    assert rig.tickets_of(user)[0]["unit"] == "water"
    _ok(rig, WATER_STAFF, f"/transfer {number} hotline 管网归县城投公司维护", number)
    assert rig.tickets_of(user)[0]["unit"] == "hotline"
    _ok(rig, hotline_staff, f"/transfer {number} urban 私接管道占道施工", "县综合行政执法局")
    back, dispatched = rig.shown_to(user, "push:")
    # Not "now handled by the hotline": it is back to be dispatched, and the citizen hears
    # of the unit it goes to.
    assert number in back and "重新确定责任单位" in back and "改由" not in back, back
    assert "已改由县综合行政执法局办理" in dispatched
