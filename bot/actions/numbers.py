"""A ticket number as people type it, read one way for a citizen's /status and for every staff
and supervisor command: whole (20261127-0001), without its dash (202611270001), or by its daily
sequence alone (0001, 1) when only one of the tickets the asker may see has it; when several do,
only those the command can act on are offered (a finished ticket is no choice for /done)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from bot.domain.tickets import Ticket, looks_like_number
from bot.store import tickets

SEQUENCE_DIGITS = 6  # a daily sequence alone: at most this many digits
PICK_SHOWN = 5  # an ambiguous sequence lists this many of the tickets that have it
_WHOLE_NUMBER = re.compile(r"(\d{8})(\d{4,})")  # a number typed without its dash
_SHORT_SEQUENCE = re.compile(r"(\d{8})-(\d{1,3})")  # its sequence without the leading zeros
# Its day written as a date (2026-12-06-0003, 2026-12-6-3: T27 finding 17).
_DASHED_DAY = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})[-_](\d{1,6})")
_SPLIT_NUMBER = re.compile(r"(\d{8})\s*[ _.·/:：—－]\s*(\d{1,6})(?!\d)|(\d{8})\s+(\d{1,6})(?!\d)")
_MARKED = re.compile(r"(?:#|第|no\.?)?(?P<bare>[\d-]+)(?:号(?:工单|单子)?)?", re.IGNORECASE)
# What stands between numbers listed together (3 4, 3，4, 3、4; full-width marks are NFKC'd
# to these, except 、), and a range of daily sequences (3-4, 3~5, 3到5; 20261201-0004 is none).
_BETWEEN = re.compile(r"[\s,、;/]+")
_RANGE = re.compile(rf"(?:#|第)?(?P<low>\d{{1,{SEQUENCE_DIGITS}}})号?(?:-|~|到|至)"
                    rf"(?:#|第)?(?P<high>\d{{1,{SEQUENCE_DIGITS}}})号?")
RANGE_AT_MOST = 20  # a range of sequences names at most this many


def typed(word: str) -> str | None:
    """`word` as a ticket reference (a whole number with its dash, or a sequence), or None
    when it is no ticket number in any form. A number may be marked as one (#5, 5号, 第5号,
    0005号工单), typed in full-width digits (５号), and its day written as a date with dashes
    (2026-12-06-0003 is 20261206-0003)."""
    word = unicodedata.normalize("NFKC", word)
    if (marked := _MARKED.fullmatch(word)) is not None:
        word = marked["bare"]
    if (dashed := _DASHED_DAY.fullmatch(word)) is not None:
        day = f"{dashed[1]}{int(dashed[2]):02d}{int(dashed[3]):02d}"
        return f"{day}-{dashed[4].zfill(4)}" if _dated(day) else None
    if (short := _SHORT_SEQUENCE.fullmatch(word)) is not None and _dated(short[1]):
        return f"{short[1]}-{short[2].zfill(4)}"  # 20270101-3: the sequence without its zeros
    if (whole := _WHOLE_NUMBER.fullmatch(word)) is not None:
        # 000000000000 is no date, so no number without its dash (a staff text may be it).
        return f"{whole[1]}-{whole[2]}" if _dated(whole[1]) else None
    if looks_like_number(word) or (word.isascii() and word.isdigit()
                                   and len(word) <= SEQUENCE_DIGITS):
        return word
    return None


def _dated(digits: str) -> bool:
    """Whether eight digits can be a ticket's day (YYYYMMDD)."""
    try:
        dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Found:
    """What a typed number names: one ticket, none, or several sharing its sequence."""

    ticket: Ticket | None
    several: tuple[str, ...] = ()  # the first PICK_SHOWN numbers of those that can take it
    count: int = 0  # how many of those sharing it can take the action
    shared: tuple[Ticket, ...] = ()  # the first PICK_SHOWN of all sharing it, when several do
    among: int = 0  # how many tickets the asker may see share it, when several do


def resolve(db: Database, word: str, visible: Callable[[Ticket], bool],
            able: Callable[[Ticket], bool] | None = None) -> Found:
    """The ticket `word` names. A whole number is looked up as it is (who may act on it is the
    caller's question); a sequence alone names the one ticket with it that `visible` admits.
    When several share it, those `able` admits (the ones the command can act on) are listed."""
    ref = typed(word)
    if ref is None:
        return Found(None)
    if looks_like_number(ref):
        return Found(tickets.by_number(db, ref))
    mine = [t for t in tickets.with_sequence(db, int(ref)) if visible(t)]
    if len(mine) > 1:
        fit = [t for t in mine if able is None or able(t)]
        return Found(None, tuple(t.number for t in fit[:PICK_SHOWN]), len(fit),
                     tuple(mine[:PICK_SHOWN]), len(mine))
    return Found(mine[0] if mine else None)


@dataclass(frozen=True)
class Listed:
    """The ticket numbers a command's arguments open with (numbers.listed)."""

    refs: tuple[str, ...]  # each as `typed` reads it, a range's in turn
    rest: str  # what follows them, as typed
    joined: bool  # more than one, and told so plainly: a range, 3，4, #4, 4号 or a whole one
    last_plain: bool = False  # the last is a bare number after a space (/extend 3 5: the days)


def expand(word: str) -> list[str] | None:
    """The ticket numbers one typed word names: itself (`typed`), or each of a range of daily
    sequences (3-4, 3~5: at most RANGE_AT_MOST); None when it names none."""
    word = unicodedata.normalize("NFKC", word)
    if (ranged := _RANGE.fullmatch(word)) is not None:
        low, high = int(ranged["low"]), int(ranged["high"])
        if low < high <= low + RANGE_AT_MOST - 1:
            width = len(ranged["low"]) if ranged["low"].startswith("0") else 0
            return [str(n).zfill(width) for n in range(low, high + 1)]
    return [ref] if (ref := typed(word)) is not None else None


def listed(typed_text: str) -> Listed:
    """The ticket numbers `typed_text` opens with (3 4, 3，4, 3、4, 3-4, #3 #4, ３号 ４号) and the
    rest; one place reads them for every command, so that a command taking one number can say
    it takes one at a time and /status can take them all."""
    text = unicodedata.normalize("NFKC", typed_text).strip()
    refs: list[str] = []
    joined, last_plain, at = False, False, 0
    while at < len(text):
        gap = _BETWEEN.match(text, at)
        start = gap.end() if gap is not None else at
        end = _BETWEEN.search(text, start)
        word = text[start:end.start() if end is not None else len(text)]
        found = expand(word) if word else None
        if found is None:
            break
        if refs and (start == at or gap is None or gap.group().strip()
                     or word != found[0] or looks_like_number(found[0])):
            joined = True  # 3，4 or 3、4; #4 / 4号; a whole number
        joined = joined or len(found) > 1
        last_plain = bool(refs) and word == found[0] and gap is not None \
            and not gap.group().strip()
        refs.extend(found)
        at = start + len(word)
    return Listed(tuple(refs), text[at:].strip(), joined and len(refs) > 1,
                  bool(refs) and last_plain)


def near_miss(typed_text: str) -> tuple[str, str] | None:
    """The ticket number `typed_text` opens with when it is written nearly right — a space or
    another mark for the dash (20261202 0001, 20261202.0001) — in the right form, and the rest
    of the text; None when it opens with no such thing."""
    text = unicodedata.normalize("NFKC", typed_text).strip()
    found = _SPLIT_NUMBER.match(text)
    if found is None:
        return None
    day, sequence = (found[1], found[2]) if found[1] else (found[3], found[4])
    return (f"{day}-{sequence.zfill(4)}", text[found.end():].strip()) if _dated(day) else None


_NUMERALS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
             "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_COUNTED = re.compile(r"(?P<n>[0-9]{1,4}|[零〇一二两三四五六七八九十百千]{1,8})"
                      r"(?:个)?(?:工作日|天|日)?")


def count(word: str) -> int | None:
    """A count typed as people type it (days for /extend, /stats): 3, ３, 三, 十五, 二十一, 一百,
    with 天, 日 or 个工作日 after it or not; None when it is no count (or above 9999)."""
    found = _COUNTED.fullmatch(unicodedata.normalize("NFKC", word.strip()))
    if found is None:
        return None
    digits = found["n"]
    return int(digits) if digits.isascii() else _chinese(digits)


# A count with its unit at the head of a word, the rest joined to it (3天等配件: T27 finding 17).
_LEADING = re.compile(r"(?:[0-9０-９]{1,4}|[零〇一二两三四五六七八九十百千]{1,8})个?(?:工作日|天|日)")
# A period of weeks or months (/stats 一周, 两个月): a week is 7 days, a month 30.
_PERIOD = re.compile(r"(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})?个?(?P<unit>周|星期|礼拜|月)")
_PERIOD_DAYS = {"周": 7, "星期": 7, "礼拜": 7, "月": 30}


def leading_count(word: str) -> tuple[int, str] | None:
    """A count with its unit (3天, 五个工作日) at the head of `word` and the words joined after it
    (3天等配件: 3, 等配件), or None when `word` does not open with one or holds nothing after it."""
    found = _LEADING.match(word)
    if found is None or found.end() == len(word) or (days := count(found[0])) is None:
        return None
    return days, word[found.end():]


def period(word: str) -> int | None:
    """Days of a period typed for /stats: a count (7, 七天, as `count` reads it) or weeks and
    months (一周, 两周, 1个月: 7, 14 and 30 days); None when it is neither."""
    if (days := count(word)) is not None:
        return days
    found = _PERIOD.fullmatch(unicodedata.normalize("NFKC", word.strip()))
    if found is None or (found["unit"] == "月" and found["n"] is None):
        return None
    many = 1 if found["n"] is None else (int(found["n"]) if found["n"].isascii()
                                         else _chinese(found["n"]))
    return None if not many else many * _PERIOD_DAYS[found["unit"]]


def _chinese(numeral: str) -> int | None:
    """一百二十三 → 123, 十五 → 15, 三十 → 30; None for a malformed numeral (三三十, 十十)."""
    total, digit, last_unit = 0, None, 10_000
    for char in numeral:
        if char in _NUMERALS:
            if digit is not None and digit != 0:
                return None  # two digits in a row: 三三
            digit = _NUMERALS[char]
        else:
            unit = _UNITS[char]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
    return total + (digit or 0)
