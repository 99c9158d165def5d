"""The other ways a known name is written: its given name alone, and its spelling in pinyin.

Once a ticket names 王桂兰, people go on with 桂兰大姐, 桂兰她 …: the given name alone (two characters
or more, after a surname of one character or a compound one) is masked wherever it stands in the
ticket's texts; one that is also a word (王建国: 建国以来) only where what follows is said of a
person (建国他, 建国说, 建国大哥). A name in characters may also come back spelled in pinyin
(孙立强 … Sun Liqiang, sun li qiang, SUNLIQIANG, Liqiang Sun), and a name spelled in pinyin in
other spellings (sun li qiang … Sun Liqiang): each syllable as the name's characters may be read
(曾 zeng or ceng), with or without spaces between them, in any case, as whole Latin words only.
The readings come from pypinyin's character dictionary (nlp.homophones), read on first need: a
text with Latin letters and a name in characters (about 60 ms once; the router has usually read
it by then). A pattern is built only for a name whose surname's spelling is in the text.

A name is never half-shown: a masked two-character name right after a surname (王 before 桂兰)
takes the surname with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bot.domain.privacy import words
from bot.domain.privacy.names import NAME, plausible
from bot.domain.privacy.numbers import Span
from nlp.homophones import spellings

_HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]+")
_COMPOUNDS = frozenset(words.COMPOUND.split("|"))
# A post right before a name keeps its last character (队长孙大勇 is no 长孙 大勇).
_POST_BEFORE = re.compile(f"(?:{'|'.join(sorted(words.POSTS, key=len, reverse=True))})$")
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an|en|in|un|vn|ia|ie|"
    r"iu|ua|uo|ui|ue|ve|er|a|o|e|i|u|v)")
GAP = _GAP = r"[ \u3000'’\-]*"
_LATIN = re.compile("[A-Za-z]")
# A given name alone whose characters are also a word (建国, 国庆, 海洋) counts only where what
# follows is said of a person: 建国他, 建国说, 国庆大哥, not 建国以来, 国庆期间.
_SAID_OF = re.compile("[^\u3400-\u9fff]|她|他|家|说|讲|告诉|打电话|来|去|在|今年|现年|也|和|一个人|"
                      "身体|腿|本人|" + "|".join(sorted(words.GIVEN_TITLES, key=len, reverse=True)))
_FUNCTION_WORDS = frozenset(words.FUNCTION_WORDS)
_AMBIGUOUS = frozenset(words.AMBIGUOUS)


def find(text: str, names: Iterable[str]) -> list[Span]:
    """Every given name alone and every pinyin spelling of `names` in `text`."""
    names = tuple(dict.fromkeys(n for n in names if not n.startswith("【")))
    if not names:
        return []
    spans: list[Span] = []
    for given in _given_names(names):
        usual = all(ch in words.GIVEN_CHARS for ch in given)
        at = text.find(given)
        while at != -1:
            end = at + len(given)
            if usual or end == len(text) or _SAID_OF.match(text, end):
                spans.append((at, end, NAME))
            at = text.find(given, end)
    if _LATIN.search(text):
        lower = text.lower()
        for name in names:
            # A plain search first: a pattern is built only for a name whose surname is there.
            syllables = _syllables(name)
            if syllables and len(syllables) >= 2 and any(s in lower for s in syllables[0]):
                pattern = _spelled(name)
                spans += [(m.start(), m.end(), NAME) for m in pattern.finditer(text)]
    return spans


def said_of(text: str, end: int) -> bool:
    """Whether what follows `end` in `text` is said of a person (建国他, 建国说)."""
    return _SAID_OF.match(text, end) is not None


def compound(name: str) -> bool:
    """Whether `name` starts with a compound surname (欧阳, 司马)."""
    return name[:2] in _COMPOUNDS


def syllables(name: str) -> tuple[tuple[str, ...], ...] | None:
    """Each syllable of `name` as it may be spelled (see _syllables)."""
    return _syllables(name)


def whole(text: str, spans: list[Span]) -> list[Span]:
    """`spans` with a two-character name that follows a surname taking the surname (王【桂兰】),
    unless the surname is a function word (和桂兰) or an everyday word inside a phrase (向桂兰);
    and a name that lost the first character of its compound surname to the cue before it
    (联系上 read as a cue in 联系上官丽丽) taking it back."""
    out: list[Span] = []
    for start, end, kind in spans:
        if kind == NAME and start and text[start - 1:start + 1] in _COMPOUNDS \
                and not _POST_BEFORE.search(text, max(0, start - 4), start):
            start -= 1  # 联系上【官丽丽】: 上官丽丽
        if kind == NAME and end - start == 2 and start and _HAN.fullmatch(text, start, end):
            before = text[start - 1]
            inside = start > 1 and _HAN.fullmatch(text, start - 2, start - 1) is not None
            if before in words.SURNAMES and before not in _FUNCTION_WORDS \
                    and not (before in _AMBIGUOUS and inside) \
                    and text[start - 2:start] not in words.ENDS_IN_SURNAME \
                    and plausible(text[start - 1:end], strict=False):
                start -= 1
        out.append((start, end, kind))
    return out


def elsewhere(text: str, spans: list[Span]) -> list[Span]:
    """Never half-shown: where a masked given name of two characters (德福 of 德福他) stands
    elsewhere after a surname (5组12号王德福到现在), that surname and given name go too."""
    masked = {text[s:e] for s, e, kind in spans
              if kind == NAME and e - s == 2 and _HAN.fullmatch(text, s, e)}
    out: list[Span] = []
    for given in masked:
        at = text.find(given, 1)
        while at != -1:
            end = at + 2
            if not any(s < end and at < e for s, e, _ in spans):
                for start in (at - 2, at - 1):
                    name = text[max(0, start):end]
                    if start >= 0 and (name[:2] in _COMPOUNDS if len(name) == 4
                                       else name[0] in words.SURNAMES) \
                            and name[0] not in _FUNCTION_WORDS and plausible(name):
                        out.append((start, end, NAME))
                        break
            at = text.find(given, end)
    return out


@lru_cache(maxsize=1024)
def _given_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """The given names of two characters or more of the names written in characters."""
    out = []
    for name in names:
        if not _HAN.fullmatch(name):
            continue
        surname = 2 if name[:2] in _COMPOUNDS else 1
        given = name[surname:]
        if 2 <= len(given) <= 3 and given not in words.NOT_GIVEN_WORDS \
                and given not in words.NOT_NAMES and (surname == 2 or name[0] in words.SURNAMES):
            out.append(given)
    return tuple(out)


@lru_cache(maxsize=1024)
def _spelled(name: str) -> re.Pattern[str]:
    """Every pinyin spelling of `name`, a name of two syllables or more (see _syllables)."""
    join = [f"(?:{'|'.join(s)})" for s in _syllables(name) or ()]
    forms = [_GAP.join(join)]
    surname = 2 if name[:2] in _COMPOUNDS else 1
    if len(join) > surname:  # Liqiang Sun: the given name first, as in English
        forms.append(_GAP.join(join[surname:]) + r"[ \u3000,，]+" + _GAP.join(join[:surname]))
    return re.compile(rf"(?<![A-Za-z])(?:{'|'.join(forms)})(?![A-Za-z])", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _syllables(name: str) -> tuple[tuple[str, ...], ...] | None:
    """Each syllable of `name` as it may be spelled: its characters' readings (ü as v or u), or
    the pinyin it is written in; None for a name that is neither."""
    if _HAN.fullmatch(name):
        out = []
        for char in name:
            read = spellings(char)
            if not read:
                return None
            out.append(tuple(dict.fromkeys(x for r in read for x in (r, r.replace("v", "u")))))
        return tuple(out)
    if not name.isascii():
        return None
    letters = "".join(name.lower().split())
    found = _SYLLABLE.findall(letters)
    if not letters.isalpha() or "".join(found) != letters:
        return None
    return tuple((s,) for s in found)
