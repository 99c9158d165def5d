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


# English (a unit may answer an English-writing citizen in English): word → (days, part of day).
_ENGLISH: dict[str, tuple[int, str]] = {
    "today": (0, ""), "yesterday": (-1, ""), "tomorrow": (1, ""), "tonight": (0, "evening"),
    "last night": (-1, "night"), "this morning": (0, "morning"),
    "this afternoon": (0, "afternoon"), "this evening": (0, "evening"),
}
_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_ENGLISH_WEEKS = {"last": -1, "this": 0, "next": 1}
_BEFORE = "(?:(on|by|until|till|before|after|from|since) )?"  # kept; else the date is "on" it
_ENGLISH_PATTERN = re.compile(
    r"\b" + _BEFORE + r"(" + "|".join(sorted(_ENGLISH, key=len, reverse=True))
    + r"|(?:last|this|next|coming) (?:" + "|".join(_ENGLISH_WEEKDAYS) + r"))\b", re.IGNORECASE)


def anchored_english(text: str, written: dt.date, day_name: Callable[[dt.date], str]) -> str:
    """`text` with each English relative day (today, yesterday, tomorrow, tonight, next Monday …)
    replaced by `day_name` of the day it meant, counted from `written`: "replaced today" →
    "replaced on 2 Dec", "by tomorrow" → "by 3 Dec", "next Monday" → the Monday of the week
    after (as 下周一), "coming Monday" → the first Monday after `written`."""
    def dated(match: re.Match[str]) -> str:
        before, said = match[1], match[2]
        word = said.lower()
        if word in _ENGLISH:
            offset, part = _ENGLISH[word]
        else:
            which, name = word.split()
            wanted = _ENGLISH_WEEKDAYS.index(name)
            offset, part = (wanted - written.weekday()) % 7 or 7, ""
            if which != "coming":
                offset = 7 * _ENGLISH_WEEKS[which] + wanted - written.weekday()
        day = day_name(written + dt.timedelta(days=offset))
        lead = before or "on"
        shown = f"{lead} the {part} of {day}" if part else f"{lead} {day}"
        starts = (before or said)[0]
        return shown[0].upper() + shown[1:] if starts.isupper() else shown
    return _ENGLISH_PATTERN.sub(dated, text)
