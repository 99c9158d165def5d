"""Keywords typed in other shapes than a wrong character of the same sound (nlp.homophones).

Two slips of typing that keep a keyword recognisable, read as homophone hits at their lower
weight and explained as typed:

- spelled in pinyin inside Chinese, where the input method was switched off for a word:
  我们村tingdian了 is 停电(tingdian), 我的yi bao卡 医保(yi bao). A run of letters is read only when
  all of it spells one keyword of two or more characters by their usual readings, and the message
  holds Chinese (a message wholly in pinyin is read by nlp.pinyin, and English spells no keyword);
- one character dropped from a keyword of four or more: 家庭医签约 is 家庭医生(家庭医), 住房公金
  住房公积金(住房公金). The shortened form keeps the first character and three or more in all,
  starts and ends on word boundaries (电动车电瓶 holds no 电动车充电), is not followed closely by
  the character it lacks (下雨积了一坑水 is 下雨积水 told with words between), is no keyword itself
  and no common word; the keyword is a name with no grammar in it (村里的账 does not shorten to
  村里的, 能不能报 to 能不能, 带俩孩子 to 带孩子), and a keyword cut short at its end does not end in a
  whole common word (爷爷奶奶 is no 爷爷奶奶带). It counts less than the same sound typed wrong
  (`exact` is False).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from nlp.homophones import COMMON_WORD, FUNCTION, HomophoneHit, HomophoneIndex, fits, usual_spelling

__all__ = ["SlipIndex"]

_LETTERS = re.compile(r"[a-z]+(?: [a-z]+)*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CHINESE = re.compile(r"^[\u4e00-\u9fff]+$")
_SHORTEST = 4  # characters of a keyword that may lose one and still be read
_KEPT = 3  # characters a shortened keyword keeps
_FUNCTION = FUNCTION | frozenset("入到被俩两")  # a keyword phrase with grammar in it shortens into grammar


class SlipIndex:
    """Keywords by their spelling in pinyin and by their forms with one character dropped."""

    def __init__(self, words: Iterable[str]) -> None:
        keywords = frozenset(word for word in words if len(word) >= 2 and _CHINESE.match(word))
        spelled: dict[str, set[str]] = {}
        dropped: dict[str, set[tuple[str, int]]] = {}
        for word in keywords:
            letters = usual_spelling(word)
            if letters:
                spelled.setdefault(letters, set()).add(word)
            if len(word) >= _SHORTEST and _FUNCTION.isdisjoint(word):  # (村里的账 is no 村里的)
                for at in range(1, len(word)):  # (its first character kept: 了一整天 is no 停了一整天)
                    short = word[:at] + word[at + 1 :]
                    if len(short) >= _KEPT and short not in keywords:
                        dropped.setdefault(short, set()).add((word, at))
        # A spelling or a shortening that may stand for two keywords is read as neither.
        self._spelled = {key: next(iter(found)) for key, found in spelled.items() if len(found) == 1}
        self._dropped = {key: next(iter(found)) for key, found in dropped.items() if len(found) == 1}
        # The lengths of the shortened forms by their first two characters, longest first: most
        # places in a message start none, and are passed over by one look-up.
        lengths: dict[str, set[int]] = {}
        for short in self._dropped:
            lengths.setdefault(short[:2], set()).add(len(short))
        self._lengths = {key: sorted(found, reverse=True) for key, found in lengths.items()}

    def match(
        self,
        text: str,
        hits: Sequence[tuple[int, int]],
        bounds: frozenset[int],
        frequency: Callable[[str], int],
    ) -> list[HomophoneHit]:
        """Slips in normalised text that leave every real hit alone (or hold it whole)."""
        if not _CJK.search(text):
            return []
        found = [HomophoneHit(self._spelled[key], run.group(), run.start(), run.end(), True)
                 for run in _LETTERS.finditer(text)
                 if (key := run.group().replace(" ", "")) in self._spelled]
        taken = -1
        for start in sorted(bounds):
            if start < taken or text[start : start + 2] not in self._lengths:
                continue
            for length in self._lengths[text[start : start + 2]]:
                short = text[start : start + length]
                entry = self._dropped.get(short) if len(short) == length else None
                if entry is None or frequency(short) >= COMMON_WORD or (start + length) not in bounds:
                    continue
                word, at = entry
                if word[at] in text[start + length : start + length + 6]:
                    continue  # the keyword told with words in between (下雨积了一坑水), not shortened
                if at == len(word) - 1 and frequency(short[-2:]) >= COMMON_WORD:
                    continue  # what is left ends in a whole word: 爷爷奶奶 is no 爷爷奶奶带 cut short
                hit = HomophoneHit(word, short, start, start + length, False)
                if fits(hit, hits):
                    found.append(hit)
                    taken = hit.end
                    break
        return [hit for hit in found if fits(hit, hits)]


class TypoIndex(HomophoneIndex):
    """Every slip of typing the router reads: a wrong character of the same sound
    (nlp.homophones), then a keyword spelled in pinyin or with a character dropped where no
    homophone hit holds its stretch."""

    def __init__(self, words: Iterable[str], whole: Iterable[str] = ()) -> None:
        super().__init__(words, whole)
        self._slips = SlipIndex(entry[0] for entries in self._table.values() for entry in entries)

    def match(
        self,
        text: str,
        hits: Sequence[tuple[int, int]],
        bounds: frozenset[int],
        frequency: Callable[[str], int],
    ) -> list[HomophoneHit]:
        found = super().match(text, hits, bounds, frequency)
        found.extend(slip for slip in self._slips.match(text, hits, bounds, frequency) if fits(
            slip, [(hit.start, hit.end) for hit in found]) and all(
            slip.end <= hit.start or hit.end <= slip.start for hit in found))
        return sorted(found, key=lambda hit: hit.start)
