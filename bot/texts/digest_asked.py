"""What a supervisor reads when /digest names a day that cannot be given, or /overdue is given
words it does not take (HTML parse mode)."""

from __future__ import annotations

import calendar
import datetime as dt

from bot.render import esc

DIGEST_USAGE = ("用法：/digest [日期]，不写日期为昨天的督办日报；日期写作 2026-12-05、12月5日、"
                "昨天、前天或 上周五、周一，例如 /digest 2026-12-01。")


def digest_unread(typed: str) -> str:
    """/digest WORDS that name no day."""
    return f"“{esc(typed)}”不是可以识别的日期，未发送日报。{DIGEST_USAGE}"


def digest_no_such_day(typed: str, year: int, month: int, day: int) -> str:
    """/digest of a date no calendar has (2025-02-30, 13月1日)."""
    if not 1 <= month <= 12:
        why = f"没有 {month} 月"
    else:
        why = f"{year}年{month}月只有 {calendar.monthrange(year, month)[1]} 天"
    return f"“{esc(typed)}”这个日期不存在（{why}），未发送日报。请检查日期后重发。{DIGEST_USAGE}"


def digest_not_come(day: dt.date, today: dt.date) -> str:
    """/digest of a day after today: there is no digest of it yet."""
    return (f"{day.year}年{day.month}月{day.day}日还没有到（今天是 {today.month}月{today.day}日），"
            "还没有这一天的督办日报。每天的日报在次日早上发出；今天的可发 /digest 今天 查看预览，"
            "已过去的日子请写那一天的日期。")


def overdue_takes_nothing(typed: str) -> str:
    """/overdue WORDS: it takes none; the list follows this line."""
    return (f"/overdue 不带参数（“{esc(typed)}”未使用），列出全部逾期未办结的工单；"
            "查看单件工单请发 /show 工单编号。\n")
