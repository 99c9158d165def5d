"""Relative day words of what staff wrote are made absolute from the day they wrote them
(refs #10): a result quoted in a public post days later reads right."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.relative_days import anchored
from bot.texts.public_column import day_words

WRITTEN = dt.date(2026, 12, 2)


@pytest.mark.parametrize(("said", "told"), [
    ("今天上午恢复供电", "当天上午恢复供电"),
    ("昨天夜里抢修，今早恢复供水", "12月1日夜里抢修，当天早上恢复供水"),
    ("已清理，明天再派人复查", "已清理，12月3日再派人复查"),
    ("今晚十点前完成，后天验收", "当天晚上十点前完成，12月4日验收"),
    ("前天已联系施工方，大后天进场", "11月30日已联系施工方，12月5日进场"),
    ("昨晚已修复，明早回访", "12月1日晚上已修复，12月3日早上回访"),
    ("已更换阀门恢复供水", "已更换阀门恢复供水"),
    ("已查明天然气泄漏点并修复", "已查明天然气泄漏点并修复"),
    ("已向群众说明天气原因，今天下午复工", "已向群众说明天气原因，当天下午复工"),
])
def test_relative_days_become_the_days_they_meant(said: str, told: str) -> None:
    assert anchored(said, WRITTEN, day_words) == told


def test_a_month_and_a_year_are_crossed() -> None:
    assert anchored("明天施工", dt.date(2026, 12, 31), day_words) == "1月1日施工"
    assert anchored("昨天已排查", dt.date(2027, 3, 1), day_words) == "2月28日已排查"
