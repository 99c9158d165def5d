"""/project's completion date as an outside tester tried it (refs #10): an earlier date keeps
the deadline, a day off moves to the next working day, the cap is /extend's, and the history
names each date once."""

from __future__ import annotations

import datetime as dt
import functools

from bot.actions import extensions, mine, staff
from bot.actions import views as staff_read
from bot.config import load_config
from bot.domain.calendar import calendar_of
from bot.domain.permissions import Role
from tests.harness import EXAMPLE
from tests.staffkit import NOW, Kit, make_kit

CITIZEN, WATER, SUPERVISOR = 1, 11, 900  # NOW: Wednesday 2026-11-25; deadline Wed 2026-12-02


@functools.cache
def project_day(days: int = 20) -> tuple[str, str]:
    """For tests on the real clock: a working day `days` days ahead (within /extend's cap
    after a new ticket's deadline), as typed and as a completion date reads."""
    config = load_config(EXAMPLE, env={})
    today = dt.datetime.now(config.county.tz).date()
    day, calendar = today + dt.timedelta(days=days), calendar_of(config)
    while not calendar.is_workday(day):
        day += dt.timedelta(days=1)
    return day.isoformat(), f"{day.year}年{day.month}月{day.day}日"  # as bot.texts.common.day


def kit_with_ticket() -> tuple[Kit, str]:
    kit = make_kit(supervisors=(SUPERVISOR,))
    kit.bind(WATER, Role.STAFF, "water")
    number = kit.report(CITIZEN, "停水了")
    assert kit.ticket(number)["deadline"].startswith("2026-12-02T10:00")  # 18:00 county time
    return kit, number


def project(kit: Kit, number: str, due: str, measures: str = "改造") -> extensions.Outcome:
    return extensions.project(kit.desk, kit.msg(WATER), number, measures, "两期", due, NOW)


def test_an_earlier_date_keeps_the_deadline_and_says_so() -> None:
    kit, number = kit_with_ticket()
    before = len(kit.sent_to(SUPERVISOR))
    answer = project(kit, number, "2026-11-28")  # a Saturday, before the deadline
    assert answer.ok and "办理时限不变" in answer.text and "提前办结" in answer.text
    assert "2026-11-28 不是工作日" in answer.text and "11月30日" in answer.text
    row = kit.ticket(number)
    assert row["deadline"].startswith("2026-12-02T10:00") and row["extension_until"] is None
    assert row["project"] == 1 and len(kit.sent_to(SUPERVISOR)) == before  # nothing to approve


def test_a_later_day_off_moves_to_the_next_working_day() -> None:
    kit, number = kit_with_ticket()
    answer = project(kit, number, "2026-12-13")  # a Sunday
    assert answer.ok and "批准后生效" in answer.text and "2026-12-13 不是工作日" in answer.text
    assert kit.ticket(number)["extension_until"].startswith("2026-12-14T10:00")  # Monday 18:00
    assert extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, NOW).ok
    assert kit.ticket(number)["deadline"].startswith("2026-12-14T10:00")


def test_a_date_more_than_a_year_ahead_is_refused_as_a_project_deadline() -> None:
    """A 实事项目 is a works project: its date may lie months ahead (not /extend's 30 working
    days), up to a year from the day it is set; past that the refusal speaks of the project's
    completion date, not of 延期 (T25 finding 14)."""
    kit, number = kit_with_ticket()
    answer = project(kit, number, "2027年11月26日")  # a year and a day after 2026-11-25
    assert not answer.ok and "最长一年" in answer.text and "2026年11月25日" not in answer.text
    assert "2027年11月25日" in answer.text and "延期" not in answer.text
    row = kit.ticket(number)
    assert row["project"] == 0 and row["extension_until"] is None
    assert not [e for e in kit.events(number) if e["action"] == "project"]


def test_each_project_event_names_its_date_once() -> None:
    kit, number = kit_with_ticket()
    assert project(kit, number, "2026-11-30").ok
    assert project(kit, number, "2026-12-10").ok
    again = project(kit, number, "2026-12-10")  # the same again: nothing new
    assert not again.ok and "无需重复" in again.text
    assert not project(kit, number, "2027-12-31").ok
    assert len([e for e in kit.events(number) if e["action"] == "project"]) == 2
    shown = staff_read.show(kit.desk, kit.msg(WATER), number, NOW).text
    assert "计划 11月30日 18:00 前完成（办理时限不变）" in shown
    assert "申请完成时限 12月10日 18:00（待督查人员批准）" in shown
    mine.status(kit.desk, kit.msg(CITIZEN), number, NOW)
    status = kit.sent_to(CITIZEN)[-1]
    assert status.count("列为实事项目") == 2
    assert "列为实事项目（计划 11月30日 18:00 前完成" in status
    assert "列为实事项目（申请完成时限 12月10日 18:00" in status
    assert extensions.approve(kit.desk, kit.msg(SUPERVISOR), number, NOW).ok
    mine.status(kit.desk, kit.msg(CITIZEN), number, NOW)
    assert "延期获批（办理时限延至 12月10日 18:00）" in kit.sent_to(CITIZEN)[-1]
    assert staff.done  # the ticket stays the unit's to finish


def test_a_date_months_ahead_in_chinese_is_asked_as_an_extension() -> None:
    """`2027年3月1日` (as /urge and /digest read dates) is read, months ahead, and asked for."""
    kit, number = kit_with_ticket()
    answer = project(kit, number, "2027年3月1日")
    assert answer.ok and "批准后生效" in answer.text, answer.text
    assert kit.ticket(number)["extension_until"].startswith("2027-03-01T10:00")


def test_a_date_without_its_year_or_a_weekday_is_the_next_one() -> None:
    """3月1日 set in November is next March's; 下周五 the Friday of next week (NOW: Wednesday
    2026-11-25, so 2026-12-04)."""
    kit, number = kit_with_ticket()
    assert project(kit, number, "3月1日").ok
    assert kit.ticket(number)["extension_until"].startswith("2027-03-01T10:00")
    assert project(kit, number, "下周五", measures="改造二期").ok
    assert kit.ticket(number)["extension_until"].startswith("2026-12-04T10:00")


def test_words_that_name_no_day_are_answered_with_the_forms_read() -> None:
    kit, number = kit_with_ticket()
    answer = project(kit, number, "明年开春")
    assert not answer.ok and "“明年开春”无法识别" in answer.text and "3月1日" in answer.text
    assert kit.ticket(number)["project"] == 0
