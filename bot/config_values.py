"""The checks of single config values: each converts a TOML value or raises ValueError with a
reason that bot.config prefixes with the key path."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_UNIT_CODE = re.compile(r"[A-Za-z0-9_-]{1,32}")
CHAT_ID_LIMIT = 10**15  # Telegram ids have at most 52 bits; channels are -100 and 10 digits

Check = Callable[[Any], Any]  # returns the converted value or raises ValueError with a reason


def _number(minimum: float = 0, maximum: float = 1e6) -> Check:
    """A finite number in [minimum, maximum]: a value past any sensible one (1e308, 1e20, inf)
    is a typo, and would overflow the deadlines computed from it."""
    def check(value: Any) -> float:
        span = f"between {minimum:g} and {maximum:g}"
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"must be a number {span}")
        if not math.isfinite(value):
            raise ValueError(f"must be a finite number {span}")
        if not minimum <= value <= maximum:
            raise ValueError(_outside(value < minimum, f"{minimum:g}", f"{maximum:g}", span))
        return value

    return check


def _integer(minimum: int = -CHAT_ID_LIMIT, maximum: int = CHAT_ID_LIMIT) -> Check:
    def check(value: Any) -> int:
        span = f"between {minimum} and {maximum}"
        if isinstance(value, str) and value.strip().startswith("@"):
            raise ValueError("must be the chat's numeric id, not its @name (a channel's id"
                             " starts with -100; to read it, forward one of its posts to an id"
                             " bot such as @getidsbot)")
        if isinstance(value, bool) or not isinstance(value, int):
            quoted = value.strip() if isinstance(value, str) \
                and re.fullmatch(r"\s*-?\d+\s*", value) else None
            raise ValueError(f"must be an integer {span}"
                             + (f" (without quotes: {quoted})" if quoted else ""))
        if not minimum <= value <= maximum:
            raise ValueError(_outside(value < minimum, str(minimum), str(maximum), span))
        return value

    return check


def _outside(low: bool, minimum: str, maximum: str, span: str) -> str:
    return f"must be at least {minimum}: {span}" if low else f"must be at most {maximum}: {span}"


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise ValueError("must be a string")
    return value


def _nonempty_text(value: Any) -> str:
    if not _text(value).strip():
        raise ValueError("must not be empty")
    return value.strip()


def _timezone(value: Any) -> str:
    try:
        ZoneInfo(_text(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {value!r} (an IANA name: China's is"
                         f" Asia/Shanghai)") from None
    return value


def _clock(value: Any) -> dt.time:
    try:
        return dt.datetime.strptime(_text(value), "%H:%M").time()
    except ValueError:
        raise ValueError("must be a time like \"08:30\"") from None


def _close_of_business(value: Any) -> dt.time:
    """After offices open (09:00): a deadline at close of business comes after its day began.
    Any refusal gives a time that would pass (08:30, _clock's example, would not)."""
    try:
        end = _clock(value)
    except ValueError:
        raise ValueError(f"must be a close of business time after offices open (09:00), like"
                         f" \"18:00\" or \"17:30\", not {value!r}") from None
    if end <= dt.time(9, 0):
        raise ValueError(f"must be a close of business after offices open (09:00), like"
                         f" \"18:00\", not {value!r}")
    return end


class EntryProblems(ValueError):
    """Entries of a list that are wrong, each as (index, reason): bot.config names each one
    with its place in the list (calendar.holidays[1]), as a unit is named (units[1])."""

    def __init__(self, entries: list[tuple[int, str]]) -> None:
        super().__init__("; ".join(f"[{index}] {reason}" for index, reason in entries))
        self.entries = entries


_DATE_FORM = "write it like \"2026-10-01\""


def _dates(value: Any) -> frozenset[dt.date]:
    if not isinstance(value, list):
        raise ValueError("must be a list of dates like \"2026-10-01\"")
    days: set[dt.date] = set()
    wrong: list[tuple[int, str]] = []
    for index, entry in enumerate(value):
        try:
            days.add(_date(entry))
        except ValueError as exc:
            shown = entry.isoformat() if isinstance(entry, dt.date) else repr(entry)
            wrong.append((index, f"{shown} {exc}"))
    if wrong:
        raise EntryProblems(wrong)
    return frozenset(days)


def _date(entry: Any) -> dt.date:
    """One day of a list: a TOML date (2026-10-01) or a string of one ("2026-10-01")."""
    if isinstance(entry, dt.datetime):
        raise ValueError(f"is a moment, not a day: {_DATE_FORM}")
    if isinstance(entry, dt.date):
        return entry
    if not isinstance(entry, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry.strip()):
        raise ValueError(f"is not a date: {_DATE_FORM}")
    try:
        return dt.date.fromisoformat(entry.strip())
    except ValueError as exc:  # month must be in 1..12, day is out of range for month
        raise ValueError(f"is no day of the calendar ({exc}): {_DATE_FORM}") from None


def _user_ids(value: Any) -> frozenset[int]:
    if not isinstance(value, list) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 0 < v <= CHAT_ID_LIMIT for v in value
    ):
        raise ValueError("must be a list of numeric Telegram user ids (positive, at most"
                         f" {CHAT_ID_LIMIT})")
    return frozenset(value)


def _code(value: Any) -> str:
    """A unit code, typed in /transfer and /stats: letters, digits, - and _."""
    if not _UNIT_CODE.fullmatch(_text(value).strip()):
        raise ValueError("must be 1 to 32 letters, digits, - or _ (it is typed in commands),"
                         f" not {value!r}")
    return value.strip()


def _keywords(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of strings")
    if not all(v.strip() for v in value):
        raise ValueError("must not contain an empty keyword")
    words = tuple(dict.fromkeys(v.strip() for v in value if v.strip()))
    if not words:
        raise ValueError("must not be empty")
    return words


_TOKEN_SHAPED = re.compile(r"\d{5,}:[A-Za-z0-9_-]{20,}")


def _url(value: Any) -> str:
    """A Bot API address: the bot's token is added after it (python-telegram-bot appends it,
    or puts it where `{token}` stands), so it ends in `bot` and never holds a token itself."""
    if not _text(value).startswith(("http://", "https://")):
        raise ValueError("must start with http:// or https://")
    if _TOKEN_SHAPED.search(value):
        raise ValueError("holds a bot token: give the address without it (it ends in /bot);"
                         " the token goes in telegram.token or INTAKE_BOT_TOKEN")
    if not value.endswith("bot") and "{token}" not in value:
        raise ValueError("must end in /bot, where the token is added (a local Bot API server:"
                         " http://127.0.0.1:8081/bot, files http://127.0.0.1:8081/file/bot)")
    return value
