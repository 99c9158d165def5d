"""The time limit a supervisor writes in a 督办 (bot/domain/urge.py): read to the minute, in
hours, days, working days or 今天下班前; none read from words that name no limit or one past."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.config import load_config
from bot.domain.calendar import calendar_of
from bot.domain.urge import Written, read_limit, written_limit
from bot.texts import urging

CONFIG = load_config(Path(__file__).resolve().parent.parent / "config.example.toml")
NOW = dt.datetime(2026, 12, 1, 2, 0, tzinfo=dt.UTC)  # Tuesday 10:00 in the county


@pytest.mark.parametrize(("note", "later"), [
    ("2小时内处置到位", dt.timedelta(hours=2)),
    ("请两小时之内办结", dt.timedelta(hours=2)),
    ("半小时内反馈", dt.timedelta(minutes=30)),
    ("一个半小时内", dt.timedelta(hours=1, minutes=30)),
    ("二十四小时以内", dt.timedelta(hours=24)),
    ("今天下班前办结", dt.timedelta(hours=8)),  # 18:00 county time
    ("明天之内", dt.timedelta(hours=32)),
    ("三天内办结", dt.timedelta(days=3, hours=8)),
    ("3个工作日内", dt.timedelta(days=3, hours=8)),
])
def test_a_written_limit_is_read(note: str, later: dt.timedelta) -> None:
    assert written_limit(note, NOW, CONFIG.deadlines, calendar_of(CONFIG)) == NOW + later


@pytest.mark.parametrize("note", ["请尽快处置", "立即处置", "2小时前已电话督促", "已超时3天", ""])
def test_no_limit_is_read_where_none_is_written(note: str) -> None:
    assert written_limit(note, NOW, CONFIG.deadlines, calendar_of(CONFIG)) is None


def test_a_limit_already_past_is_none() -> None:
    evening = NOW + dt.timedelta(hours=10)  # 20:00: today's close of business has passed
    assert written_limit("今天下班前办结", evening, CONFIG.deadlines, calendar_of(CONFIG)) is None


@pytest.mark.parametrize(("note", "later"), [
    ("明天上午十点前办结", dt.timedelta(hours=24)),
    ("请于今天17点前处置到位", dt.timedelta(hours=7)),
    ("务必在下午3点半前反馈", dt.timedelta(hours=5, minutes=30)),
    ("12月4日前办结", dt.timedelta(days=3, hours=8)),  # that day's close of business
    ("请抓紧，2小时内", dt.timedelta(hours=2)),  # a limit at the text's end
])
def test_a_clock_time_or_date_is_read(note: str, later: dt.timedelta) -> None:
    assert written_limit(note, NOW, CONFIG.deadlines, calendar_of(CONFIG)) == NOW + later


@pytest.mark.parametrize("note", ["群众反映护栏2小时内就可能伤人，请抓紧",
                                  "据反映3天内已发生两次事故，请尽快处置",
                                  "2小时内就可能伤人，请抓紧处置"])
def test_a_span_that_describes_danger_is_no_limit(note: str) -> None:
    assert written_limit(note, NOW, CONFIG.deadlines, calendar_of(CONFIG)) is None


@pytest.mark.parametrize(("note", "day_off"), [
    ("请四天内办结", dt.date(2026, 12, 5)),  # Saturday
    ("12月6日前办结", dt.date(2026, 12, 6)),  # Sunday
])
def test_a_limit_by_the_day_on_a_day_off_is_the_next_working_days_close(
        note: str, day_off: dt.date) -> None:
    monday_close = dt.datetime(2026, 12, 7, 10, 0, tzinfo=dt.UTC)  # 18:00 in the county
    assert read_limit(note, NOW, CONFIG.deadlines, calendar_of(CONFIG)) == Written(
        monday_close, False, day_off)


def test_a_clock_time_already_past_is_read_as_past() -> None:
    quarter_past_four = dt.datetime(2026, 12, 1, 8, 15, tzinfo=dt.UTC)  # 16:15 in the county
    written = read_limit("请今天16点前办结", quarter_past_four, CONFIG.deadlines,
                         calendar_of(CONFIG))
    assert written == Written(dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.UTC), True)
    assert written_limit("请今天16点前办结", quarter_past_four, CONFIG.deadlines,
                         calendar_of(CONFIG)) is None


def test_a_limit_ordered_in_words_naming_no_moment_is_named_as_unread() -> None:
    written = read_limit("请半天内办结", NOW, CONFIG.deadlines, calendar_of(CONFIG))
    assert written == Written(unread="半天内")
    said = urging.urge_limit_unread("20261201-0001", written.unread, written.invalid)
    assert "“半天内”无法识别" in said and "未对工单" in said
