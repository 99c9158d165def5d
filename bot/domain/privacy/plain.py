"""A text as a reader sees it, before anything in it is matched: one place for every masking path.

People hide a number or a name from a machine with what a reader never notices: zero-width
spaces and joiners, a word joiner, a soft hyphen (139\u200b0537\u200b1234, 李\u200b秀英), a
non-breaking or thin space (139\u00a00537), a tilde (139~0537~1234), a right-to-left override
around a reversed number (\u202e4321 7350 931\u202c reads 139 0537 1234), digits of another
script (١٣٩), combining marks drawn over digits (1\u03363\u0336…), and traditional characters
(聯繫人：陳美玲 for 联系人：陈美玲). `plain(text)` folds all of that once, so the masker reads what the
reader reads; `restore(plain, origin, masked)` puts the writer's own spelling back into what the
masker kept (traditional characters, their digits and spaces), so a unit reads 社區垃圾桶滿了 as
written and only the personal data is gone. The citizen's own text is stored as written: this is
only how others read it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from bot.domain.privacy.digits import NUMERALS, OTHER_DIGITS, SEPARATORS, D, S

__all__ = ["fold", "plain", "restore", "visual"]

# Invisible characters that only hide: zero-width space and non-joiner, word joiner, invisible
# operators, BOM, soft hyphen, Mongolian vowel separator, bidi marks, and the blank Hangul fillers.
_INVISIBLE = frozenset("\u200b\u200c\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e\u200e\u200f"
                       "\u061c\u034f\u115f\u1160\u3164\uffa0\u206a\u206b\u206c\u206d\u206e\u206f")
_ZWJ = "\u200d"
_RLO, _LRO, _RLE, _LRE, _PDF = "\u202e", "\u202d", "\u202b", "\u202a", "\u202c"
_RLI, _LRI, _FSI, _PDI = "\u2067", "\u2066", "\u2068", "\u2069"
_OPENERS = frozenset((_RLO, _LRO, _RLE, _LRE, _RLI, _LRI, _FSI))
_CLOSERS = frozenset((_PDF, _PDI, "\n"))
# Between digits a tilde, a bar or an equals sign only separates (139~0537~1234): a dash then.
_TILDES = frozenset("~～〜∼⁓|｜¦‖=＝")
_DIGITLIKE = frozenset("0123456789０１２３４５６７８９" + "".join(NUMERALS) + "".join(OTHER_DIGITS))
_SKIPPED = frozenset(SEPARATORS + ".．") | _TILDES  # between a digit group and the next
# Symbols and emoji put between digit groups to break a number up or "hide" it (138🔥0537🔥1234,
# 138★0537★1234, 139→0537→1234, 138♥0537♥1234, 138※0537※1234): arrows, shapes, stars, dingbats
# and emoji (the circled and dingbat digits ①, ❶ excepted), and #, +, ;, ※, 丨. Up to four between
# two digits only separate; a star typed to hide digits (138****1234) is starred.py's.
_HIDER = re.compile("[#＃+＋;；※丨\u00d7\u00f7\u2190-\u245f\u2500-\u2775\u2794-\u2bff"
                    "\U0001f000-\U0001faff]")
_HIDERS_MOST = 4
_HIDES = re.compile(f"[{D}][{S}]*{_HIDER.pattern}")
_KEPT_MARKS = frozenset("\ufe0f\u20e3")  # a keycap emoji's marks: numbers.py reads them
_TOKENS = re.compile(r"\s+|\S+")


@lru_cache(maxsize=1)
def _t2s() -> dict[str, str]:
    table: dict[str, str] = {}
    text = resources.files("nlp").joinpath("t2s.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            traditional, simplified = line.split("\t")
            if len(simplified) == 1:
                table[traditional] = simplified
    return table


def fold(text: str) -> str:
    """`text` as plain reads it, without the way back (for names and phone numbers)."""
    return plain(text)[0]


def plain(text: str) -> tuple[str, list[str]]:
    """The text as read, and for each of its characters the writer's own (with any marks drawn
    over it). The same text comes back, and the origin is the text itself, for nearly every text."""
    if not _unusual(text) and not _HIDES.search(text):  # traditional characters at most: one for one
        read = text if _t2s().keys().isdisjoint(text) else text.translate(_simplified())
        return read, list(text)
    seen = visual(text)
    chars: list[str] = []
    origin: list[str] = []
    t2s = _t2s()
    for at, ch in enumerate(seen):
        category = unicodedata.category(ch)
        if ch in _INVISIBLE:
            continue
        if ch == _ZWJ or 0xE0020 <= ord(ch) <= 0xE007F:  # 👨‍👩‍👧 and 🏴 tags stay in an emoji
            if chars and _emoji(chars[-1]) and at + 1 < len(seen) and (
                    _emoji(seen[at + 1]) or 0xE0020 <= ord(seen[at + 1]) <= 0xE007F):
                chars.append(ch)
                origin.append(ch)
            continue
        if category in ("Mn", "Me") and ch not in _KEPT_MARKS and chars and not _emoji(chars[-1]):
            origin[-1] += ch  # a mark over a digit or a character: read the character
            continue
        if category == "Cf":
            continue
        if category == "Zs" and ch not in " \u3000":
            chars.append(" ")
        elif category == "Nd" and not ch.isascii() and not 0xFF10 <= ord(ch) <= 0xFF19:
            chars.append(str(unicodedata.decimal(ch)))
        else:
            chars.append(t2s.get(ch, ch))
        origin.append(ch)
    return _between(chars, origin)


def _between(chars: list[str], origin: list[str]) -> tuple[str, list[str]]:
    """Separators read by what stands on either side: a tilde between digits is a dash
    (139~0537, 139 ~ 0537), an unusual space between Chinese characters is none (李\u00a0秀英)."""
    keep = [True] * len(chars)
    dashes = [at for at, ch in enumerate(chars)
              if ch in _TILDES and _digit(_beside(chars, at, -1))
              and (_digit(_beside(chars, at, 1)) or _check_letter(chars, at))]
    for at, ch in enumerate(chars):
        if ch == " " and origin[at] not in " \u3000" \
                and _han(_beside(chars, at, -1)) and _han(_beside(chars, at, 1)):
            keep[at] = False
    for at in [*dashes, *_hiders(chars)]:
        chars[at] = "-"
    if all(keep):
        return "".join(chars), origin
    out: list[str] = []
    kept: list[str] = []
    for at, ch in enumerate(chars):
        if keep[at]:
            out.append(ch)
            kept.append(origin[at])
        elif kept:
            kept[-1] += origin[at]  # shown where the writer put it, read as nothing
    return "".join(out), kept


def _hiders(chars: list[str]) -> list[int]:
    """Where symbols or emoji stand between two digits (138🔥0537, 138 ★★ 0537): read as dashes."""
    found: list[int] = []
    at = 0
    while at < len(chars):
        if not _hider(chars[at]):
            at += 1
            continue
        end = at
        while end < len(chars) and (_hider(chars[end]) or chars[end] in _SKIPPED):
            end += 1
        run = [i for i in range(at, end) if _hider(chars[i])]
        if len(run) <= _HIDERS_MOST and _digit(_beside(chars, at, -1)) and end < len(chars) \
                and _digit(chars[end]) and not _spelled_at(chars, at, run):
            found += run
        at = end
    return found


def _spelled_at(chars: list[str], at: int, run: list[int]) -> bool:
    """Whether a # at `at` spells an e-mail's @ (lisi88#163.com): the digits before it follow a
    letter."""
    if any(chars[i] not in "#＃" for i in run):
        return False
    start = at
    while start > 0 and (_digit(chars[start - 1]) or chars[start - 1] in _SKIPPED):
        start -= 1
    return start > 0 and chars[start - 1].isalpha() and not _han(chars[start - 1])


def _hider(ch: str) -> bool:
    return ch not in _DIGITLIKE and _HIDER.fullmatch(ch) is not None


def restore(read: str, origin: list[str], masked: str, labels: re.Pattern[str]) -> str:
    """`masked` (the masker's reading of `read`) with the writer's own characters put back where
    it kept them. Only a character the masker kept is ever given back, each as the writer spelled
    it, so nothing it replaced can come back; what it cannot place stays as the masker wrote it."""
    if "".join(origin) == read:
        return masked
    kept = labels.findall(masked)  # the masker's labels (privacy.LABELS), in order
    out: list[str] = []
    at = 0
    for index, piece in enumerate(labels.split(masked)):
        found = read.find(piece, at) if piece else -1
        if found >= 0:
            out.append("".join(origin[found:found + len(piece)]))
            at = found + len(piece)
        else:
            out.append(piece)
        if index < len(kept):
            out.append(kept[index])
    return "".join(out)


def _unusual(text: str) -> bool:
    return not _odd().isdisjoint(text)


@lru_cache(maxsize=1)
def _odd() -> frozenset[str]:
    """Every character `plain` reads differently but traditional characters (a set, looked up
    in C: every text anyone but its citizen reads passes here)."""
    codes = [c for c in range(0x80, 0x20000) if _reads_other(chr(c))]
    codes += [*range(0xE0000, 0xE01F0), *(ord(ch) for ch in _TILDES)]  # tags, selectors
    return frozenset(map(chr, codes))


def _reads_other(ch: str) -> bool:
    if ch in _KEPT_MARKS or ch == "\u3000" or "\uff10" <= ch <= "\uff19":
        return False  # read as they are by numbers.py
    return ch in _INVISIBLE or unicodedata.category(ch) in ("Zs", "Mn", "Me", "Cf", "Nd")


@lru_cache(maxsize=1)
def _simplified() -> dict[int, str]:
    return {ord(k): v for k, v in _t2s().items()}


def _beside(chars: list[str], at: int, step: int) -> str:
    """The first character from `at` in direction `step` that is no separator ("" if none)."""
    at += step
    while 0 <= at < len(chars) and chars[at] in _SKIPPED:
        at += step
    return chars[at] if 0 <= at < len(chars) else ""


def _han(ch: str) -> bool:
    return ch != "" and ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or ch in _t2s())


def _check_letter(chars: list[str], at: int) -> bool:
    """Whether an ID number's check letter follows the separator at `at` (…346~X, found by
    Hypothesis: the tilde kept the X apart, and the number unmasked): an X alone, no word."""
    after = at + 1
    while after < len(chars) and chars[after] in _SKIPPED:
        after += 1
    return after < len(chars) and chars[after] in "XxＸｘ" and not (
        after + 1 < len(chars) and chars[after + 1].isascii() and chars[after + 1].isalpha())


def _digit(ch: str) -> bool:
    return ch != "" and ch in _DIGITLIKE


def _emoji(ch: str) -> bool:
    return ord(ch) >= 0x1F000 or unicodedata.category(ch) == "So" or ch in "\ufe0f\u20e3" \
        or 0x2600 <= ord(ch) <= 0x27BF


def visual(text: str) -> str:
    """The text in the order a reader sees it, bidi controls gone: what a right-to-left override
    holds reversed, what a right-to-left embedding or isolate holds in the reverse order of its
    words and numbers (each read as written), the rest as written."""
    if not any(ch in _OPENERS or ch in _CLOSERS for ch in text if ch != "\n"):
        return text
    out, _ = _run(text, 0, None)
    return out


def _run(text: str, at: int, opener: str | None) -> tuple[str, int]:
    parts: list[str] = []
    while at < len(text):
        ch = text[at]
        if ch in _OPENERS:
            inner, at = _run(text, at + 1, ch)
            parts.append(inner)
            continue
        if ch in (_PDF, _PDI):
            at += 1
            if opener is not None:
                break
            continue
        if ch == "\n" and opener is not None:
            break  # a paragraph ends every override
        parts.append(ch)
        at += 1
    held = "".join(parts)
    if opener == _RLO:
        held = held[::-1]
    elif opener in (_RLE, _RLI):
        held = "".join(reversed(_TOKENS.findall(held)))
    return held, at
