"""Arguments of the commands: typed text → values, or None for a usage line.

A shape lists what follows the command word: "number" (a ticket number), "unit" (a unit code,
as typed, so an unknown one or UNIT_CODE is echoed so), "days" (a count: 3, 三, 十五天, 五 天 with
its unit apart, 3天等配件 with the reason joined to it), "text" (the rest, newlines kept,
required: punctuation or an emoji alone is no result, reply or reason),
"filter" (an optional /list filter, in English or Chinese: overdue, 逾期), "page" (an optional
page number, 1 when not given), "rest" (the rest, possibly empty) and "plan" (`MEASURES | PLAN
| YYYY-MM-DD`, three values).
Numbers, codes and dates may be typed with a Chinese input method's full-width characters
(２０２６１２０１－０００８).
"""

from __future__ import annotations

import re
import unicodedata

from bot.actions import numbers
from bot.actions.typed_usage import Fault
from bot.domain.tickets import LIST_FILTERS
from bot.texts.typed_faults import placeholder
from bot.texts.views import LIST_WORDS

Shape = tuple[str, ...]
Value = str | int

_WORD = re.compile(r"\S+")
_DAY_WORD = re.compile(r"^(?:个?工作日|天|日)(?:\s+|$)")  # a count's unit typed apart from it


def parse(shape: Shape, typed: str) -> list[Value] | None:
    """The values `typed` holds for `shape`, or None when something is missing or malformed."""
    return _read(shape, typed)[0]


def fault(shape: Shape, typed: str) -> Fault | None:
    """What is missing or malformed in `typed` for `shape` (None when it fits), so the usage
    line can say what was wrong (T25 finding 14: /transfer 6 power got the bare usage line)."""
    return _read(shape, typed)[1]


def _read(shape: Shape, typed: str) -> tuple[list[Value] | None, Fault | None]:
    """parse's values, or None with the first part that does not fit and the words read before
    it (a ticket number, a unit code)."""
    values: list[Value] = []
    rest = typed.strip()
    for part in shape:
        before = tuple(str(v) for v in values)
        if part == "rest":
            values.append(rest)
            rest = ""
            continue
        if part in ("text", "plan"):
            if not _says(rest):
                return None, Fault(part, rest, before)
            if part == "plan":
                pieces = [p.strip() for p in rest.replace("｜", "|").split("|")]
                if len(pieces) != 3 or not all(map(_says, pieces)):
                    return None, Fault(part, rest, before, tuple(pieces))
                values.extend([*pieces[:2], unicodedata.normalize("NFKC", pieces[2])])
            else:
                values.append(rest)
            rest = ""
            continue
        match = _WORD.match(rest)
        typed_word = match.group() if match else ""
        rest = rest[len(typed_word):].strip()
        word = unicodedata.normalize("NFKC", typed_word)
        if part == "filter":
            word = LIST_WORDS.get(word, word).lower()  # /list 逾期 is /list overdue
            if word and word not in LIST_FILTERS:
                return None, Fault(part, typed_word, before)
            values.append(word)
        elif part == "number" and (number := numbers.typed(word)) is not None:
            values.append(number)  # a short one is read by the action, as /status reads it
        elif part == "unit" and word:
            values.append(word)  # as typed, to echo; an unknown code is answered with the valid ones
        elif part == "days" and (days := numbers.count(word)) is not None:
            values.append(days)  # 3, 三, 十五天: numbers.count
            if not word.endswith(("天", "日")):  # 五 天 理由: the 天 is not the reason
                rest = _DAY_WORD.sub("", rest, count=1)
        elif part == "days" and (joined := numbers.leading_count(typed_word)) is not None:
            values.append(joined[0])  # 3天等配件: 3 days, the reason joined to them
            rest = f"{joined[1]} {rest}".strip()
        elif part == "page" and (not word or _page(word)):
            values.append(int(word or 1))  # however large: past the last page is answered
        else:
            return None, Fault(part, typed_word, before)
    return (None, Fault("", rest, tuple(str(v) for v in values))) if rest else (values, None)


def _says(text: str) -> bool:
    """Whether `text` holds a word: a letter, a digit or a Chinese character (`/done 6 .` reached
    the citizen as 办理结果：. and was put to them at the 回访) — other than a usage line's
    placeholder alone."""
    return any(c.isalnum() for c in text) and not placeholder(text)


def several(shape: Shape, typed: str) -> tuple[str, ...]:
    """The ticket numbers `typed` gives a command taking one (`shape` opens with "number") when
    it gives several — 3 4, 3-4, 3，4, #3 #4, ３号 ４号 — or () when it does not. A number may
    be followed by a number of another meaning: `/extend 3 5 理由` asks 5 days for 3, and
    `/note 3 4 户反映…` notes on 3, so a bare number after the first counts only where nothing
    but a number could follow (a unit code never is one) or nothing else follows."""
    if not shape or shape[0] != "number":
        return ()
    found = numbers.listed(typed)
    after = shape[1] if len(shape) > 1 else "unit"
    refs = found.refs[:-1] if after == "days" and found.last_plain else found.refs
    if len(refs) < 2:
        return ()
    plain = after == "unit" or (after != "days" and not found.rest)
    return refs if found.joined or plain else ()


def _page(word: str) -> bool:
    """A positive number in ASCII digits (full-width ones are normalised before), of any size
    a message can hold (Python's int() stops at 4300 digits; a Telegram message at 4096)."""
    return word.isascii() and word.isdigit() and len(word) <= 4096 and int(word) > 0
