"""Limits an outside tester wrote in /urge that were not read, or read wrongly (bot/domain/urge.py;
refs #10): 本周内, 下周一前, 于下周二前, 周五之前 by the day; a clock time on a day off moved to the
next working day at that time; 0小时内 named as no valid limit; a limit ordered in words that name
no moment (月底前) named as unread, never passed over in silence."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.config import load_config
from bot.domain.calendar import calendar_of
from bot.domain.urge import Written, read_limit
from bot.texts import urging

CONFIG = load_config(Path(__file__).resolve().parent.parent / "config.example.toml")
NOW = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)  # Tuesday 10:00 in the county
FRIDAY = NOW + dt.timedelta(days=3)  # Friday 4 December 10:00


def _read(note: str, now: dt.datetime = NOW) -> Written:
    return read_limit(note, now, CONFIG.deadlines, calendar_of(CONFIG))


def _close(day: int) -> dt.datetime:
    """18:00 in the county on that day of December 2026."""
    return dt.datetime(2026, 12, day, 10, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("note", "day"), [
    ("请本周内办结", 4),  # this week's last working day, Friday
    ("请下周一前办结", 7),
    ("请下周一之前办结", 7),
    ("请于下周二前办结", 8),
    ("请周五之前办结", 4),
    ("请本周五前处置到位", 4),
    ("请星期三前办结", 2),
])
def test_a_limit_by_the_weekday_is_that_days_close(note: str, day: int) -> None:
    assert _read(note) == Written(_close(day))


def test_a_weekday_off_moves_to_the_next_working_days_close() -> None:
    assert _read("请下周六前办结") == Written(_close(14), day_off=dt.date(2026, 12, 12))


def test_a_clock_time_on_a_day_off_moves_to_the_next_working_day_at_that_time() -> None:
    monday_ten = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.UTC)  # 10:00 in the county
    assert _read("请明天上午十点前办结", FRIDAY) == Written(
        monday_ten, day_off=dt.date(2026, 12, 5), clock=True)
    monday_opening = dt.datetime(2026, 12, 7, 0, 30, tzinfo=dt.UTC)  # 08:30: not before it
    assert _read("请明天早上7点前办结", FRIDAY) == Written(
        monday_opening, day_off=dt.date(2026, 12, 5), clock=True)
    said = urging.urge_done("20261204-0001", "金乡县督字〔2026〕第1号", True, "12月7日 10:00",
                            "written", dt.date(2026, 12, 5), clock=True)
    assert "12月5日，当天不是工作日，已顺延至下一个工作日，即 <b>12月7日 10:00 前</b>" in said


def test_zero_hours_is_no_valid_limit() -> None:
    assert _read("请0小时内办结") == Written(unread="0小时内", invalid=True)
    # a limit below nothing (outside tester T28, finding 15: 请在-1天内办结 issued a notice)
    assert _read("请在-1天内办结") == Written(unread="-1天内", invalid=True)
    assert _read("请负2小时内办结") == Written(unread="负2小时内", invalid=True)
    said = urging.urge_limit_unread("20261201-0001", "0小时内", True)
    assert "“0小时内”不是有效的时限" in said and "已经过了" not in said


@pytest.mark.parametrize(("note", "unread"), [("请月底前办结", "月底前"),
                                              ("请于下周内办结", "下周内")])
def test_a_limit_ordered_in_words_not_read_is_named(note: str, unread: str) -> None:
    assert _read(note) == Written(unread=unread)


def test_a_date_is_read_in_the_forms_project_and_digest_read() -> None:
    for note in ("请于12.8前办结", "请于12/8前办结", "请于2026-12-08前办结", "请于2026年12月8日前办结"):
        assert _read(note).at == _read("请于12月8日前办结").at is not None, note
    assert _read("请于2026年13月1日前办结") == Written(unread="2026年13月1日前")


@pytest.mark.parametrize("note", ["请在规定时限内办结", "请按要求前办结", "请尽快办结"])
def test_the_rules_limit_named_is_no_limit_written(note: str) -> None:
    assert _read(note) == Written()


def test_the_notice_says_an_earlier_sooner_limit_stands() -> None:
    notice = urging.urge_notice("金乡县督字〔2026〕第2号", "金乡县", "县住建局", "20261201-0001",
                                "煤气泄漏", "12月1日 19:38", "12月1日 19:38", "",
                                "请明天下班前办结", "kept_earlier")
    assert "请于 <b>12月1日 19:38 前办结</b>（前次督办时限不变；督办意见中的时限晚于此" in notice
