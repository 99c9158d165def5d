"""When the unit is reminded of a deadline (outside tester, county clerk; SPEC §5 reminder;
refs #10): inside office hours. A reminder whose moment falls at or after close of business
(a Monday 18:00 deadline, 24 hours ahead: Friday 18:00) goes out at 09:00 that working day, so
the unit has the day to act; one before 09:00 at 09:00 of the working day before — never later
than `remind_before_hours` asks. One that would come before the ticket arrived comes the next
working morning. Urgent tickets keep no office hours."""

from __future__ import annotations

from pathlib import Path

from tests.followkit import WATER_GROUP, cst, make_follow


def test_a_monday_deadline_is_reminded_on_friday_morning_not_after_close(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    ticket = f.create(cst(2026, 11, 23, 10, 0))  # Monday; due Monday 11-30 18:00
    assert f.tick(cst(2026, 11, 27, 8, 59)).reminders == 0
    assert f.tick(cst(2026, 11, 27, 9, 0)).reminders == 1  # Friday at opening
    assert "到期提醒" in f.texts(WATER_GROUP)[-1] and ticket.number in f.texts(WATER_GROUP)[-1]
    assert f.tick(cst(2026, 11, 27, 18, 1)).reminders == 0

def test_a_midweek_deadline_is_reminded_the_working_morning_before(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    f.create(cst(2026, 11, 25, 10, 0))  # due Wed 12-2 18:00
    assert f.tick(cst(2026, 12, 1, 8, 59)).reminders == 0
    assert f.tick(cst(2026, 12, 1, 9, 0)).reminders == 1  # Tuesday 09:00 for Wednesday
    assert f.tick(cst(2026, 12, 1, 18, 0)).reminders == 0

def test_a_reminder_before_opening_comes_the_working_morning_before(tmp_path: Path) -> None:
    f = make_follow(tmp_path, remind_before_hours=12)  # Wed 18:00 - 12 h = Wed 06:00
    f.create(cst(2026, 11, 25, 10, 0))  # due Wed 12-2 18:00
    assert f.tick(cst(2026, 12, 1, 8, 59)).reminders == 0
    assert f.tick(cst(2026, 12, 1, 9, 0)).reminders == 1  # Tuesday 09:00, not Wed 06:00

def test_a_reminder_inside_office_hours_stays_where_it_is(tmp_path: Path) -> None:
    f = make_follow(tmp_path, remind_before_hours=4)  # Wed 18:00 - 4 h = Wed 14:00
    f.create(cst(2026, 11, 25, 10, 0))
    assert f.tick(cst(2026, 12, 2, 13, 59)).reminders == 0
    assert f.tick(cst(2026, 12, 2, 14, 0)).reminders == 1

def test_a_reminder_never_comes_before_the_ticket(tmp_path: Path) -> None:
    f = make_follow(tmp_path, normal_working_days=1, remind_before_hours=20)
    f.create(cst(2026, 11, 27, 17, 0))  # Friday 17:00; due Monday 18:00
    assert f.tick(cst(2026, 11, 27, 17, 1)).reminders == 0
    assert f.tick(cst(2026, 11, 30, 8, 59)).reminders == 0
    assert f.tick(cst(2026, 11, 30, 9, 0)).reminders == 1  # the next working morning

def test_an_urgent_reminder_keeps_no_office_hours(tmp_path: Path) -> None:
    f = make_follow(tmp_path)
    f.create(cst(2026, 11, 28, 22, 0), urgent=True)  # Saturday night, due Sunday 22:00
    assert f.tick(cst(2026, 11, 29, 10, 0)).reminders == 1
