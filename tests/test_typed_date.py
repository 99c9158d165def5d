"""The one reader of a typed day (bot.domain.typed_date), as /digest, /project and /urge read it
(T25 finding 14: /project refused 2027年3月1日 and /digest refused 上周五 while /urge read
12月5日前 and 下周一前)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.domain.typed_date import typed_day

WEDNESDAY = dt.date(2026, 12, 9)


@pytest.mark.parametrize(("typed", "ahead", "day"), [
    ("2027年3月1日", True, dt.date(2027, 3, 1)),
    ("２０２７－０３－０１", True, dt.date(2027, 3, 1)),
    ("2027年3月1日前", True, dt.date(2027, 3, 1)),
    ("3月1日", True, dt.date(2027, 3, 1)),  # passed this year: next year's, ahead
    ("3月1日", False, dt.date(2026, 3, 1)),  # a digest's day: this year's
    ("上周五", False, dt.date(2026, 12, 4)),
    ("上周五", True, dt.date(2026, 12, 4)),  # a week named is that week, either way
    ("周五", False, dt.date(2026, 12, 4)),  # not yet come this week: the one gone
    ("周五", True, dt.date(2026, 12, 11)),
    ("周一", True, dt.date(2026, 12, 14)),  # over this week: the coming one
    ("周一", False, dt.date(2026, 12, 7)),
    ("下个星期一", False, dt.date(2026, 12, 14)),
    ("本周三", True, WEDNESDAY),
    ("下礼拜天", True, dt.date(2026, 12, 20)),
    ("昨天", False, dt.date(2026, 12, 8)),
    ("明天", True, dt.date(2026, 12, 10)),
])
def test_a_typed_day_is_read(typed: str, ahead: bool, day: dt.date) -> None:
    assert typed_day(typed, WEDNESDAY, ahead) == day


@pytest.mark.parametrize("typed", ["上个月", "月底", "2026-02-30", "周八", "明年开春", "五号楼"])
def test_words_that_name_no_day_are_none(typed: str) -> None:
    assert typed_day(typed, WEDNESDAY, True) is None
    assert typed_day(typed, WEDNESDAY) is None
