"""The numbers of a person's documents, found by the word for the document before them.

A passport (护照号E87654321), a travel permit to Hong Kong and Macau or Taiwan (港澳通行证C12345678),
a 台胞证 or 回乡证, a residence or disability certificate (残疾证号 is an ID number with two more
digits), a social security or medical insurance card, a driving licence: each number is letters
and digits, which no digit pattern tells from a model or ticket number. The document's word tells:
after it, with 号/号码/No./number, 是 or a colon between or not, a run of letters and digits is that
person's document number however it is written — spaced, dashed, full-width (Ｅ８７６５ ４３２１) or
in English (passport no. E 8765 4321). Without such a word nothing here is found: a model number
(型号ABC12345678), a train ticket (车票号E123456789) and ticket numbers stay.
"""

from __future__ import annotations

import re

from bot.domain.privacy.digits import FULL, LETTERS, NUMERALS, OTHER_DIGITS
from bot.domain.privacy.kinds import date

# What the reader sees: full-width letters, digits and spaces as ASCII, 八 as 8 (one for one).
_VIEW = str.maketrans({**FULL, **NUMERALS, **OTHER_DIGITS, "\u3000": " "})
# The words for a person's documents; 通行证 ends 港澳通行证, 往来台湾通行证 … alike.
_WORD = re.compile(
    r"护照|通行证|台胞证|回乡证|居留证|居留许可|居住证|残疾人?证|军官证|士兵证|警官证|退役军人证|"
    r"驾驶证|驾照|社保卡|医保卡|社会保障卡|医疗保障卡|低保证|低保卡|老年证|学生证|工作证|户口[本簿]|"
    r"结婚证|离婚证|出生医学证明|出生证|签证|绿卡|身份证|证件")
# … and in English, searched only where a plain search finds a piece of one (a case-blind
# search of a long Chinese text is slow).
_LATIN_WORD = re.compile(
    r"(?<![A-Za-z])(?:passport|travel permit|home[- ]return permit|entry permit|residen(?:ce|t) permit|"
    r"residence card|id card|identity card|id number|id no|driver'?s licen[cs]e|driving licen[cs]e|"
    r"social security card|medical insurance card|insurance card|disability card|"
    r"disability certificate|green card|visa)(?![A-Za-z])", re.IGNORECASE)
_LATIN_HINTS = ("ass", "ASS", "ermit", "ERMIT", "ard", "ARD", "icen", "ICEN", "isa", "ISA", "id",
                "Id", "ID")
_FULL_LETTER = re.compile("[Ａ-Ｚａ-ｚ]")
_WINDOW = 80  # characters after a word where its number is looked for
# Between the word and the number: 号, 号码, No., number, 是, a colon, an opening bracket …
_GAP = re.compile(r"(?:[\s:：#＃(（\[【「“\"'.]|号码|证号|卡号|编号|号|的|上的|是|为|(?<![A-Za-z])"
                  r"(?:no|nr|num|number|is|was)(?![A-Za-z]))*", re.IGNORECASE)
# Letters and digits, at most two separators between two of them (space, dash, dot, slash).
# A check digit in brackets goes with it (A123456(7)).
_NUMBER = re.compile(r"[A-Za-z0-9](?:[ \t\-‐‑–—./·()（）]{0,2}[A-Za-z0-9])*[)）]?")
_GROUP = re.compile(r"[A-Za-z0-9]+")
_FEWEST, _MOST, _DIGITS = 6, 24, 4  # letters and digits in a document number; digits in it
# An amount or a quantity after the digits (医保卡100000元) is no document number.
_AMOUNT_AFTER = re.compile(r"\s?[元块万亿角米吨斤克亩人户次个件台辆天年月日时分秒岁%％度千百]")


def find(text: str) -> list[tuple[int, int]]:
    """Where document numbers stand in `text`: after a word for a document (see the module)."""
    if _FULL_LETTER.search(text):  # ＰＡＳＳＰＯＲＴ: one for one, so every span stays
        text = text.translate(LETTERS)
    words = [m.end() for m in _WORD.finditer(text)]
    if any(hint in text for hint in _LATIN_HINTS):
        words += [m.end() for m in _LATIN_WORD.finditer(text)]
    found: list[tuple[int, int]] = []
    for start in words:
        view = text[start:start + _WINDOW].translate(_VIEW)
        at = _GAP.match(view).end()  # type: ignore[union-attr]  # a starred pattern always matches
        number = _NUMBER.match(view, at)
        if number and (end := _end(view, number)):
            found.append((start + at, start + end))
    return found


def _end(view: str, number: re.Match[str]) -> int | None:
    """Where the document number at `number` ends, if it is one: its first group, then every
    group with a digit in it (passport no. E87654321 and then … stops before "and"). A first
    group of letters only is a series of three letters at most (EA 1234567); all digits, a date
    is no document (身份证2026年…, 护照2025-03-01到期)."""
    groups = list(_GROUP.finditer(view, number.start(), number.end()))
    if groups[0][0].isalpha() and len(groups[0][0]) > 3:
        return None
    kept = [groups[0]]
    for group in groups[1:]:
        if not any(ch.isdigit() for ch in group[0]):
            break
        kept.append(group)
    written = [g[0] for g in kept]
    characters = "".join(written)
    digits = sum(ch.isdigit() for ch in characters)
    if not (_FEWEST <= len(characters) <= _MOST and digits >= _DIGITS):
        return None
    if characters.isdigit() and (date(characters, written)
                                 or _AMOUNT_AFTER.match(view, kept[-1].end())):
        return None
    end = kept[-1].end()
    opened = any(ch in "(（" for ch in view[number.start():end])
    return end + 1 if opened and view[end:end + 1] in (")", "）") else end
