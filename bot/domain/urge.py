"""The time limit a supervisor writes in a 督办 (/urge NUMBER 2小时内办结): read from the text.

A county office orders a limit in words — 2小时内, 三天内, 3个工作日内, 今天下班前, 明天之内 — and
expects it kept: a written limit sooner than the one the rules give (`urge_limit`) becomes the
ticket's 限期办结; a later one or none read leaves the rules' limit (bot.actions.notices), and the
supervisor is told which was set. Pure: `now` and the county's calendar come in.
"""

from __future__ import annotations

import datetime as dt
import re

from bot.config import DeadlinesConfig
from bot.domain.calendar import WorkCalendar
from bot.domain.tickets import working_days_ahead

__all__ = ["written_limit"]

_COUNT = r"(\d{1,3}|[一二两三四五六七八九十]{1,3}|半)"
_WITHIN = r"(之内|以内|内)"  # 2小时前 is two hours ago
_SPAN = re.compile(rf"{_COUNT}(个)?(半)?(分钟|小时|钟头|工作日|天|日){_WITHIN}")
_DAY = re.compile(rf"(今天|今日|当天|明天|明日)(下班之?前|{_WITHIN}|前)")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _count(word: str) -> float | None:
    """1-999 in digits or Chinese (两, 十二, 二十四), or 半 (a half)."""
    if word.isdigit():
        return float(word)
    if word == "半":
        return 0.5
    tens, _, ones = word.partition("十")
    if "十" not in word:
        return float(_DIGITS[word]) if len(word) == 1 and word in _DIGITS else None
    if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
        return None
    return float(_DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0))


def written_limit(note: str, now: dt.datetime, deadlines: DeadlinesConfig,
                  calendar: WorkCalendar) -> dt.datetime | None:
    """The moment a limit written in `note` falls at, to the minute, or None when none is read
    (or the one read has already passed: 今天下班前 after hours)."""
    text = re.sub(r"\s+", "", note)
    limit: dt.datetime | None = None
    if (span := _SPAN.search(text)) is not None and (count := _count(span[1])) is not None:
        count += 0.5 if span[3] else 0.0
        unit = span[4]
        if unit == "分钟":
            limit = now + dt.timedelta(minutes=count)
        elif unit in ("小时", "钟头"):
            limit = now + dt.timedelta(hours=count)
        elif count == int(count) and count >= 1:  # days are whole: 三天内, 2个工作日内
            if unit == "工作日":
                limit = working_days_ahead(now, int(count), deadlines, calendar)
            else:
                day = now.astimezone(calendar.tz).date() + dt.timedelta(days=int(count))
                limit = dt.datetime.combine(day, deadlines.workday_end, calendar.tz)
    elif (named := _DAY.search(text)) is not None:
        day = now.astimezone(calendar.tz).date() + dt.timedelta(
            days=1 if named[1] in ("明天", "明日") else 0)
        limit = dt.datetime.combine(day, deadlines.workday_end, calendar.tz)
    if limit is None or limit <= now:
        return None
    return limit.astimezone(dt.UTC).replace(second=0, microsecond=0)
