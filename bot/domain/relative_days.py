"""Relative day words in what staff wrote (今天, 昨天, 明天, 今晚, 下周一 …), made absolute from the day
they wrote them: a unit's result quoted days later — in a public post — must not say 今天 of the
day it is read. Pure: the words for a day come from the caller (bot/texts)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

# word → (days from the day it was written, the part of the day it names, or "")
_WORDS: dict[str, tuple[int, str]] = {
    "大前天": (-3, ""), "前天": (-2, ""), "昨天": (-1, ""), "昨日": (-1, ""), "昨晚": (-1, "晚上"),
    "昨夜": (-1, "夜里"), "今天": (0, ""), "今日": (0, ""), "今儿": (0, ""), "今早": (0, "早上"),
    "今晨": (0, "早上"), "今晚": (0, "晚上"), "今夜": (0, "夜里"), "明天": (1, ""), "明日": (1, ""),
    "明早": (1, "早上"), "明晚": (1, "晚上"), "后天": (2, ""), "大后天": (3, ""),
}
# Not a day where its characters belong to other words: 查明, 说明, 表明 … before 天然气 or 天气
# (已查明天然气泄漏点, 说明天气原因), and 天然气 after 今 or 明.
_PATTERN = re.compile("(?<![查说表证标注阐声指写载申探])(?:"
                      + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")(?!然)")


# 上周一, 本周三, 这个星期五, 下礼拜天: a weekday of the week before, of, or after the one written in.
_WEEKS = {"上": -1, "本": 0, "这": 0, "下": 1}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_WEEK_PATTERN = re.compile("(上|本|这|下)个?(?:周|星期|礼拜)([一二三四五六日天])")


def anchored(text: str, written: dt.date, day_words: Callable[[int, dt.date], str]) -> str:
    """`text` with each relative day word replaced by `day_words(offset, day)` (the day it
    meant, `offset` days from `written`) and the part of the day it named; a weekday of the
    week before, of, or after `written` (下周一) by the day it meant too."""
    def absolute(match: re.Match[str]) -> str:
        offset, part = _WORDS[match[0]]
        return day_words(offset, written + dt.timedelta(days=offset)) + part

    def weekday(match: re.Match[str]) -> str:
        monday = written - dt.timedelta(days=written.weekday())
        day = monday + dt.timedelta(weeks=_WEEKS[match[1]], days=_WEEKDAYS[match[2]])
        return day_words((day - written).days, day)
    return _PATTERN.sub(absolute, _WEEK_PATTERN.sub(weekday, text))
