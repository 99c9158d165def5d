"""A day a person typed (/digest 2026-12-05, /digest 上周五, /project … | 2027年3月1日, a 督办's
12月5日前 and 下周一前): read in the county's calendar, or None when the words name no day. The
one reader of typed days: /digest, /project and /urge (bot.domain.urge) read them alike."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

__all__ = ["no_such_day", "typed_day"]

_FULL = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_SHORT = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
# 周五, 本周五, 上周五, 下个星期一, 下礼拜天, 周5
_WEEKDAY = re.compile(r"(上|本|这|下)?个?(?:周|星期|礼拜)([一二三四五六日天1-7])")
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEKS = {"上": -1, "本": 0, "这": 0, "下": 1}
_RELATIVE = {"今天": 0, "今日": 0, "当天": 0, "昨天": -1, "昨日": -1, "前天": -2,
             "明天": 1, "明日": 1, "后天": 2}
_BEFORE = re.compile(r"(?:下班)?(?:之前|以前|前)$")  # 2027年3月1日前: the day itself


def typed_day(text: str, today: dt.date, ahead: bool = False) -> dt.date | None:
    """The day `text` names, whole: a date with its year (2026-12-05, 2026/12/5, 2026年12月5日,
    full-width digits too), one without (12月5日, 12-05), a weekday (周五, 上周五, 下周一), or
    今天/昨天/前天/明天/后天; a 前 after it (12月5日前) names the same day. A date without its
    year is this year's, and a weekday with no week named this week's, unless that day is over
    when reading `ahead` (a limit, a completion date: then next year's, next week's) or still
    to come when not (a digest's day: then last week's; a date is this year's either way)."""
    words = _BEFORE.sub("", unicodedata.normalize("NFKC", text).strip()).strip()
    if words in _RELATIVE:
        return today + dt.timedelta(days=_RELATIVE[words])
    if weekday := _WEEKDAY.fullmatch(words):
        return _weekday(weekday, today, ahead)
    full = _FULL.fullmatch(words)
    short = None if full else _SHORT.fullmatch(words)
    try:
        if full:
            return dt.date(int(full[1]), int(full[2]), int(full[3]))
        if short:
            day = dt.date(today.year, int(short[1]), int(short[2]))
            return day.replace(year=today.year + 1) if ahead and day < today else day
    except ValueError:  # 2026-02-30, 2月29日 read ahead into a common year
        return None
    return None


def _weekday(found: re.Match[str], today: dt.date, ahead: bool) -> dt.date:
    """The weekday `found` names: of the week named (上/本/下), or with none the nearest one
    on the side `ahead` says (today itself either way)."""
    number = found[2]
    weekday = int(number) - 1 if number.isdigit() else _WEEKDAYS[number]
    monday = today - dt.timedelta(days=today.weekday())
    day = monday + dt.timedelta(weeks=_WEEKS.get(found[1] or "", 0), days=weekday)
    if found[1] in (None, "本", "这") and ahead and day < today:
        return day + dt.timedelta(weeks=1)  # 周五前 on a Saturday: the coming Friday
    if found[1] is None and not ahead and day > today:
        return day - dt.timedelta(weeks=1)  # /digest 周五 on a Wednesday: the Friday gone
    return day


def no_such_day(text: str, today: dt.date) -> tuple[int, int, int] | None:
    """(year, month, day) that `text` writes as a date but that no calendar has (2025-02-30,
    13月5日, 2月29日 in a common year: the year is today's when none is written), or None when
    `text` is no date in that shape or is a real day (T27 finding 17: /digest 2025-02-30 was
    answered as words naming no day)."""
    words = _BEFORE.sub("", unicodedata.normalize("NFKC", text).strip()).strip()
    full = _FULL.fullmatch(words)
    short = None if full else _SHORT.fullmatch(words)
    if full:
        year, month, day = int(full[1]), int(full[2]), int(full[3])
    elif short:
        year, month, day = today.year, int(short[1]), int(short[2])
    else:
        return None
    try:
        dt.date(year, month, day)
    except ValueError:
        return year, month, day
    return None
