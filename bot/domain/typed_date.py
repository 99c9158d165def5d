"""A day a person typed after a command (/digest 2026-12-05, /digest 12月5日, /digest 昨天):
read in the county's calendar, or None when the words name no day."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

__all__ = ["typed_day"]

_FULL = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_SHORT = re.compile(r"(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_RELATIVE = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2}


def typed_day(text: str, today: dt.date) -> dt.date | None:
    """The day `text` names, whole: a date with its year (2026-12-05, 2026/12/5, 2026年12月5日,
    full-width digits too), one without (12月5日, 12-05: this year's), or 今天/昨天/前天."""
    words = unicodedata.normalize("NFKC", text).strip()
    if words in _RELATIVE:
        return today - dt.timedelta(days=_RELATIVE[words])
    full = _FULL.fullmatch(words)
    short = None if full else _SHORT.fullmatch(words)
    try:
        if full:
            return dt.date(int(full[1]), int(full[2]), int(full[3]))
        if short:
            return dt.date(today.year, int(short[1]), int(short[2]))
    except ValueError:  # 2026-02-30
        return None
    return None
