"""A known name's given name alone, written the other way: in pinyin for a name in characters or
in pinyin (王桂兰 … Guilan 年纪大了; SUNLIQIANG … 请联系 Liqiang 或者 li qiang), and in characters
for a name spelled in pinyin (经联系Wang Defu …，德福说谢谢).

Only given names of two syllables or more count. A spelling is matched as whole Latin words, with
or without spaces between its syllables, in any case (aliases.py reads each character's pinyin),
standing apart from other Latin words (sunshine li qiang is no given name).
Characters for a pinyin name count only where what follows is said of a person (德福说, 德福他,
as aliases.py reads a given name that is also a word): how a spelling is written in characters is
a guess, and 道德福利 holds no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.domain.privacy import aliases, words
from bot.domain.privacy.names import NAME
from bot.domain.privacy.numbers import Span
from nlp.homophones import spellings

_LATIN = re.compile("[A-Za-z]")
_COMPOUND_PINYIN = ("ouyang", "sima", "zhuge", "shangguan", "dongfang", "huangfu", "murong",
                    "situ", "xiahou", "linghu", "gongsun", "yuwen", "zhangsun", "duanmu")


def find(text: str, names: Iterable[str]) -> list[Span]:
    """Every given name of `names` in `text` written the other way (see the module docstring)."""
    names = tuple(dict.fromkeys(n for n in names if not n.startswith("【")))
    spans: list[Span] = []
    latin = _LATIN.search(text) is not None
    for name in names:
        given = _given_syllables(name)
        if given is None:
            continue
        if latin:
            spans += [(m.start(), m.end(), NAME) for m in _pattern(given).finditer(text)]
        if name.isascii() and len(given) == 2:
            spans += _in_characters(text, given)
    return spans


def _in_characters(text: str, given: tuple[tuple[str, ...], ...]) -> list[Span]:
    """Two characters read as the given name's syllables (德福 for Wang Defu)."""
    out: list[Span] = []
    first, second = given
    for at in range(len(text) - 1):
        if not (_reads_as(text[at], first) and _reads_as(text[at + 1], second)):
            continue
        pair, end = text[at:at + 2], at + 2
        if pair in words.NOT_NAMES or pair in words.NOT_GIVEN_WORDS:
            continue
        if end == len(text) or aliases.said_of(text, end):
            out.append((at, end, NAME))
    return out


@lru_cache(maxsize=16384)
def _reads_as(char: str, syllable: tuple[str, ...]) -> bool:
    """Whether `char` may be read as one of the spellings `syllable`."""
    return not set(spellings(char)).isdisjoint(syllable)


@lru_cache(maxsize=1024)
def _given_syllables(name: str) -> tuple[tuple[str, ...], ...] | None:
    """The syllables of `name`'s given name as each may be spelled; None for a given name of
    fewer than two syllables or a name that is neither characters nor pinyin."""
    syllables = aliases.syllables(name)
    if syllables is None:
        return None
    if name.isascii():
        surname = 2 if "".join(name.lower().split()).startswith(_COMPOUND_PINYIN) else 1
    else:
        surname = 2 if aliases.compound(name) else 1
    given = syllables[surname:]
    return given if len(given) >= 2 else None


@lru_cache(maxsize=1024)
def _pattern(given: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    join = aliases.GAP.join(f"(?:{'|'.join(s)})" for s in given)
    # Not inside a Latin phrase (sunshine li qiang): a given name stands apart from other words.
    return re.compile(rf"(?<![A-Za-z])(?<![A-Za-z][ \u3000'’\-])(?:{join})(?![A-Za-z])(?![ \u3000]"
                      rf"[A-Za-z])", re.IGNORECASE)
