"""The time limit a supervisor writes in a 督办 (/urge NUMBER 2小时内办结): read from the text.

A county office orders a limit in words — 2小时内, 三天内, 3个工作日内, 今天下班前, 明天之内,
本周内, 下周二前 — and expects it kept: a written limit sooner than the one in force — the
deadline of a ticket not yet overdue, the rules' `urge_limit` past it — becomes the ticket's
限期办结 (and, before the deadline, its deadline); a later one or none read leaves that limit
(bot.actions.notices), and the supervisor is told which was set. A limit by the day (三天内,
12月5日前) that falls on a day off is the next working day's close, as a 实事项目's date is, and
one by the clock (明天上午十点前) the next working day at that time — an urgent ticket's stay
where written, emergencies keeping no office hours; words ordered that name no
moment (月底前, 0小时内) are named as such; one already past (今天16点前 at 16:15) is reported
as such, so the supervisor can write a later one. Pure: `now` and the county's calendar come in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from bot.config import DeadlinesConfig
from bot.domain.calendar import WorkCalendar
from bot.domain.tickets import close_of_working_day, working_days_ahead
from bot.domain.typed_date import typed_day

__all__ = ["Written", "read_limit", "written_limit"]

_COUNT = r"(\d{1,3}|[一二两三四五六七八九十]{1,3}|半)"
_WITHIN = r"(之内|以内|内)"  # 2小时前 is two hours ago
_SPAN = re.compile(rf"{_COUNT}(个)?(半)?(分钟|小时|钟头|工作日|天|日){_WITHIN}")
_DAY = re.compile(rf"(今天|今日|当天|明天|明日|后天)(下班之?前|{_WITHIN}|前)")
_HOUR = r"(\d{1,2}|[一二两三四五六七八九十]{1,3})"
_CLOCK = re.compile(rf"(今天|今日|当天|明天|明日|后天)?(上午|下午|晚上|中午|早上)?{_HOUR}(点|时)"
                    r"(半|(\d{1,2})分)?之?前")
# 12月8日前, 12.8前, 12/8前, 2026-12-08前, 2026年12月8日前: read by the one reader of typed days.
_DATE = re.compile(r"(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号]?之?前")
_WEEKDAY = re.compile(r"(本|这|下)?(周|星期|礼拜)([一二三四五六日天1-7])(下班)?之?前")
_THIS_WEEK = re.compile(r"(本周|这周)(之内|以内|内)")
# A limit ordered that none of the above reads (月底前办结, 下周内办结): named as unreadable.
_OTHER = re.compile(r"([^请于在限务必须要求责成，]{1,8}?)(之前|以前|前|之内|以内|内)(?=(必须|务必|要)?"
                    r"(办结|处置|处理|解决|完成|到位))")
_RULES = re.compile(r"时限|期限|规定|要求")  # 在规定时限内办结: the rules' limit, none written
_OPENING = dt.time(8, 30)  # a clock limit moved off a day off is never before the office opens
_DAYS_AHEAD = {"今天": 0, "今日": 0, "当天": 0, "明天": 1, "明日": 1, "后天": 2}
_CLAUSE = re.compile(r"[，。,；;！!？?]")
_REPORTED = re.compile(r"反映|据称|群众称|有人说")  # what people report, not what is ordered
_ORDER = re.compile(r"请|务必|限|要求|须|责成")
_DONE = re.compile(r"(之?前)?(必须|务必|要)?(办结|处置|处理|解决|到位|完成|反馈|答复|回复|落实|整改|"
                   r"修复|办理|上报)")
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


def _ordered(clause: str, start: int, end: int, last: bool) -> bool:
    """Whether the limit found at clause[start:end] is ordered (请/务必/限 before it, 办结/处置
    after it, or nothing after it at the text's end) rather than part of a description."""
    return (_ORDER.search(clause[:start]) is not None or _DONE.match(clause[end:]) is not None
            or (last and not clause[end:]))


@dataclass(frozen=True)
class Written:
    """The limit ordered in a 督办's note: `at` the moment it names, to the minute (None when
    none is ordered); `passed` when that moment is already over; `day_off` the day off it named
    by the day, when `at` moved to the next working day's close; `unread` the words of a limit
    ordered that name no moment (半天内: days are whole); `invalid` when those words name no
    time at all (0小时内); `clock` when `at` moved off a day off keeps the clock time named
    (明天上午十点前 on a Friday: Monday 10:00), not the close of business."""

    at: dt.datetime | None = None
    passed: bool = False
    day_off: dt.date | None = None
    unread: str = ""
    invalid: bool = False
    clock: bool = False


def _by_day(day: dt.date, deadlines: DeadlinesConfig, calendar: WorkCalendar, urgent: bool
            ) -> tuple[dt.datetime, dt.date | None]:
    """A limit named by the day: its close of business, or the next working day's (and the
    day off it moved from); an urgent ticket's that day's, whatever day it is."""
    if urgent:
        return dt.datetime.combine(day, deadlines.workday_end, calendar.tz), None
    close = close_of_working_day(day, deadlines, calendar)
    return close, (day if close.astimezone(calendar.tz).date() != day else None)


def _by_clock(day: dt.date, clock: dt.time, calendar: WorkCalendar, urgent: bool
              ) -> tuple[dt.datetime, dt.date | None]:
    """A limit named by the clock: then, or on a day off the next working day at the same time
    (at the office's opening if that is earlier), and the day off it moved from; an urgent
    ticket's then, whatever day it is."""
    if urgent or calendar.is_workday(day):
        return dt.datetime.combine(day, clock, calendar.tz), None
    moved = day + dt.timedelta(days=1)
    while not calendar.is_workday(moved):
        moved += dt.timedelta(days=1)
    return dt.datetime.combine(moved, max(clock, _OPENING), calendar.tz), day


def _at(match: re.Match[str], now: dt.datetime, deadlines: DeadlinesConfig,
        calendar: WorkCalendar, urgent: bool) -> tuple[dt.datetime, dt.date | None] | None:
    """The moment one match of the limit patterns names (and the day off a limit by the day
    moved from), or None when it names none."""
    today = now.astimezone(calendar.tz).date()
    if match.re is _SPAN:
        if (count := _count(match[1])) is None:
            return None
        count += 0.5 if match[3] else 0.0
        if count <= 0:  # 0小时内
            return None
        unit = match[4]
        if unit == "分钟":
            return now + dt.timedelta(minutes=count), None
        if unit in ("小时", "钟头"):
            return now + dt.timedelta(hours=count), None
        if count != int(count) or count < 1:  # days are whole: 三天内, 2个工作日内
            return None
        if unit == "工作日":
            return working_days_ahead(now, int(count), deadlines, calendar), None
        return _by_day(today + dt.timedelta(days=int(count)), deadlines, calendar, urgent)
    if match.re is _DAY:
        return _by_day(today + dt.timedelta(days=_DAYS_AHEAD[match[1]]), deadlines, calendar,
                       urgent)
    if match.re is _CLOCK:
        hour = _count(match[3])
        minute = 30.0 if match[5] == "半" else float(match[6] or 0)
        if hour is None or hour != int(hour) or hour > 24 or minute >= 60:
            return None
        if match[2] in ("下午", "晚上") and hour < 12:
            hour += 12
        day = today + dt.timedelta(days=_DAYS_AHEAD[match[1] or "今天"] + int(hour // 24))
        return _by_clock(day, dt.time(int(hour) % 24, int(minute)), calendar, urgent)
    if match.re is _THIS_WEEK:  # this week's last working day (Monday to Sunday)
        sunday = today + dt.timedelta(days=6 - today.weekday())
        last = next((today + dt.timedelta(days=n) for n in range((sunday - today).days, -1, -1)
                     if calendar.is_workday(today + dt.timedelta(days=n))), sunday)
        return _by_day(last, deadlines, calendar, urgent)
    # 下周二前: next week's; 周五前, 本周五前: this one's or the next; 12月5日前: this year's or
    # (once passed) next year's — read as /project and /digest read a day (bot.domain.typed_date)
    named = typed_day(match[0] if match.re is _DATE else f"{match[1] or ''}周{match[3]}", today,
                      ahead=True)
    return None if named is None else _by_day(named, deadlines, calendar, urgent)


def read_limit(note: str, now: dt.datetime, deadlines: DeadlinesConfig,
               calendar: WorkCalendar, urgent: bool = False) -> Written:
    """The limit ordered in `note` (the first one ordered and readable), or Written() when none
    is. A limit counts only where it is ordered: 群众反映护栏2小时内就可能伤人 describes a danger
    and sets nothing. For an `urgent` ticket a limit by the day or the clock stays where it was
    written, on a day off too: emergencies keep no office hours (今天17点前 on a Saturday)."""
    clauses = [c for c in _CLAUSE.split(re.sub(r"\s+", "", note)) if c]
    for number, clause in enumerate(clauses):
        if _REPORTED.search(clause):
            continue
        found = sorted((m for pattern in (_SPAN, _DAY, _CLOCK, _DATE, _WEEKDAY, _THIS_WEEK)
                        for m in pattern.finditer(clause)), key=lambda m: m.start())
        for match in found:
            if not _ordered(clause, match.start(), match.end(), number == len(clauses) - 1):
                continue
            if clause[match.start() - 1:match.start()] in ("-", "－", "负"):  # -1天内: none
                return Written(unread=clause[match.start() - 1:match.end()], invalid=True)
            named = _at(match, now, deadlines, calendar, urgent)
            if named is None:
                return Written(unread=match[0], invalid=match.re is _SPAN
                               and _count(match[1]) == 0 and not match[3])
            limit, day_off = named
            return Written(limit.astimezone(dt.UTC).replace(second=0, microsecond=0),
                           limit <= now, day_off, clock=day_off is not None
                           and match.re is _CLOCK)
        other = _OTHER.search(clause)
        if other and not _RULES.search(other[1]):
            return Written(unread=other[1] + other[2])
    return Written()


def written_limit(note: str, now: dt.datetime, deadlines: DeadlinesConfig,
                  calendar: WorkCalendar) -> dt.datetime | None:
    """The moment a limit ordered in `note` falls at, to the minute, or None when none is read
    or the one read has already passed (今天下班前 after hours)."""
    written = read_limit(note, now, deadlines, calendar)
    return None if written.passed else written.at
