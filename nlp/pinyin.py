"""Messages typed in pinyin (mei qi xie lou le), read as the characters they stand for (煤气泄漏了).

A citizen whose phone has no Chinese input method types the sounds. A stretch of words that all
split into pinyin syllables is read back as characters: the likeliest sequence of dictionary
words with that reading (jieba's word frequencies, as jieba cuts Chinese), from a table of
pinyin → word shipped in nlp/pinyin_words.txt (jieba's common words and every shipped keyword,
read by pypinyin). The router then reads the characters like any message, and each keyword
found in a stretch read from pinyin is explained with what was typed: 停电(tingdian).

The same sounds are also read a second way for nlp.urgent, recall first (the alarm reading): the
words of a call (nlp.urgent's words and those emergencies are told with in our routing sets, also
as their characters alone are read: 流血 liu xue) count 200 times likelier, unless everyday
(大家, 现在), so "you ren da jia, liu xue le" is 有人打架，流血了 to the emergency check while
"da jia hao" stays 大家好 for routing and the small-talk rules.

A message is read when every word in it is pinyin and it has no Chinese (English has words no
syllable spells: the, is, my). Letters inside Chinese text are left alone: one who types Chinese
chose letters for a name, a brand or an English word (nlp.noise keeps a matter typed in pinyin
before a place a report for a person to read).
The table is loaded on the first message typed in pinyin, never at start-up.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Reading", "label", "read"]

_WORD = re.compile(r"[a-z]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_RUN = re.compile(r"[a-z]+(?:[ ']+[a-z]+)*")  # words of letters, apart by spaces or apostrophes
_LONGEST = 6  # syllables in a table word
_TELLING = 6  # how much likelier a word routing looks for is read than its frequency says
_UNKNOWN = -30.0  # log-likelihood of a syllable no word of the table reads
_ALARM = math.log(200)  # how much likelier a word routing looks for is read in the alarm reading,
_EVERYDAY = 5000  # unless it is an everyday word (大家, 我们, 现在): those are read by their frequency


@dataclass(frozen=True)
class Reading:
    text: str  # the message with its pinyin read as characters
    typed: tuple[tuple[int, int, str], ...]  # (start, end) in text of each word read, and its pinyin
    # The same sounds read with the words routing looks for preferred whatever their frequency
    # (有人打架 over 有人大家, 压住人 over 呀主任): what nlp.urgent reads, recall first.
    alarm: str = ""
    alarm_typed: tuple[tuple[int, int, str], ...] = ()


_Table = dict[str, tuple[str, float]]


@lru_cache(maxsize=1)
def _tables() -> tuple[_Table, _Table, frozenset[str]]:
    """Joined pinyin → (word, log-likelihood); the same with the words routing looks for
    preferred (the alarm reading); and the syllables it knows."""
    words: _Table = {}
    alarm: _Table = {}
    syllables: set[str] = set()
    rows = resources.files("nlp").joinpath("pinyin_words.txt").read_text(encoding="utf-8")
    parsed = [line.split("\t") for line in rows.splitlines() if line]
    total = math.log(sum(int(row[2]) for row in parsed))
    for spelled, word, freq, *telling in parsed:
        syllables.update(spelled.split())
        joined = spelled.replace(" ", "")
        if word:  # (none where only the alarm reading knows the sound)
            words[joined] = (word, math.log(int(freq)) - total)
        if telling:  # a word of a call read this way (the commonest word itself, or another)
            alarm[joined] = (telling[0] or word, math.log(int(telling[1])) - total + _ALARM)
    return words, alarm, frozenset(syllables)


def _table() -> tuple[_Table, frozenset[str]]:
    words, _, syllables = _tables()
    return words, syllables


def _splits(letters: str) -> bool:
    """True when a word of letters is a run of pinyin syllables (ni, hao, meiqi, xielou)."""
    syllables = _table()[1]
    ends = {0}
    for end in range(1, len(letters) + 1):
        if any(start in ends and letters[start:end] in syllables for start in range(max(0, end - 6), end)):
            ends.add(end)
    return len(letters) in ends


def _convert(letters: str, alarm: bool = False) -> list[tuple[str, str]]:
    """The likeliest words for joined pinyin, each with its letters (meiqixielou → 煤气 meiqi,
    泄漏 xielou), as jieba cuts: the best sum of log-likelihoods over the ways to split it; in the
    alarm reading, the words routing looks for count much likelier."""
    words, preferred, syllables = _tables()
    nothing: list[tuple[str, str]] = []
    best = [(0.0, nothing)] + [(-math.inf, nothing)] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 6 * _LONGEST), end):
            if best[start][0] == -math.inf:
                continue
            piece = letters[start:end]
            entry = (alarm and preferred.get(piece)) or words.get(piece)
            if entry is None and piece in syllables:
                entry = ("", _UNKNOWN)  # a syllable no word reads: kept as typed
            if entry is not None and best[start][0] + entry[1] > best[end][0]:
                best[end] = (best[start][0] + entry[1], [*best[start][1], (entry[0] or piece, piece)])
    return best[-1][1] if best[-1][0] > -math.inf else [(letters, letters)]


def read(text: str) -> Reading | None:
    """Normalised text with its pinyin read as characters, or None unless the whole message is
    typed in pinyin (every word of letters splits into syllables, and there is no Chinese)."""
    if not _WORD.search(text) or _CJK.search(text):
        return None
    runs = list(_RUN.finditer(text))
    if not all(_splits(word) for run in runs for word in _WORD.findall(run.group())):
        return None  # a word no syllable spells: English or a code, not pinyin
    plain, typed = _read(text, runs, alarm=False)
    alarm, alarm_typed = _read(text, runs, alarm=True)
    return Reading(plain, typed, alarm, alarm_typed)


_Spans = tuple[tuple[int, int, str], ...]


def _read(text: str, runs: list[re.Match[str]], *, alarm: bool) -> tuple[str, _Spans]:
    """The text with each run of pinyin read as words, and where each word stands."""
    parts: list[str] = []
    typed: list[tuple[int, int, str]] = []
    position = 0
    for run in runs:
        parts.append(text[position : run.start()])
        for word, piece in _convert("".join(_WORD.findall(run.group())), alarm):
            start = sum(map(len, parts))
            parts.append(word)
            typed.append((start, start + len(word), piece))
        position = run.end()
    parts.append(text[position:])
    return "".join(parts), tuple(typed)


def label(keyword: str, reading: Reading) -> str:
    """A keyword found in text read from pinyin, shown with what was typed: 停电(ting dian)."""
    text, spans = (reading.text, reading.typed) if keyword in reading.text else (
        reading.alarm, reading.alarm_typed)
    at = text.find(keyword)
    typed = [letters for start, end, letters in spans if at >= 0 and start < at + len(keyword)
             and at < end]
    return f"{keyword}({' '.join(typed)})" if typed else keyword  # 煤气泄漏(meiqi xielou)


def _build() -> None:
    """Maintainers: `python -m nlp.pinyin` rewrites nlp/pinyin_words.txt from jieba's dictionary
    (words at least _COMMON frequent) and the shipped lexicon's keywords, each read by pypinyin;
    one word per reading, the commonest (a keyword wins over a rarer word of the same sound); and
    for the alarm reading, the commonest word of a call of each reading (not an everyday word)."""
    from pathlib import Path

    from pypinyin import Style, lazy_pinyin

    from nlp import urgent
    from nlp.dataset import read_sets
    from nlp.lexicon import shipped_codes, shipped_keywords
    from nlp.tokenizer import make_tokenizer, normalize
    from nlp.urgent_signs import NAMED, SIGNS

    common = 30
    tokenizer = make_tokenizer()
    freq = tokenizer._jieba.FREQ
    chinese = re.compile(r"^[\u4e00-\u9fff]{1,6}$")
    words = {w: f for w, f in freq.items() if f >= common and chinese.match(w)}
    # The words routing looks for (each unit's keywords, the literal words of the emergency
    # signs) are preferred over everyday words of the same sound: 停电 over 庭点, 救人 over 就人.
    telling = {entry.rpartition(":")[0] if ":" in entry else entry
               for code in shipped_codes() for entry in shipped_keywords(code)}
    telling.update(re.findall(r"[\u4e00-\u9fff]{2,6}", " ".join(
        [NAMED.pattern, *(pattern.pattern for _, _, pattern in SIGNS)])))
    # The alarm reading also prefers the words of nlp.urgent's patterns (a character class [...]
    # is a choice of characters, no word) and those emergencies are told with in our routing
    # sets (流血 over 留学, 拿刀 over 拿到), each also as its characters alone are read (liu xue).
    calls = set(telling) | set(re.findall(r"[\u4e00-\u9fff]{2,6}", re.sub(r"\[[^\]]*\]", " ", " ".join(
        value.pattern for value in vars(urgent).values() if isinstance(value, re.Pattern)))))
    calls.update(word for kind, _, text in read_sets(Path(__file__).parents[1] / "tests" / "routing_sets")
                 if kind == "urgent" for word in tokenizer.cut(normalize(text)) if len(word) >= 2)
    weight = {word: (freq.get(word) or common) * _TELLING + _TELLING * common
              for word in calls if chinese.match(word)}
    words.update((word, weight[word]) for word in telling if word in weight)
    best: dict[str, tuple[str, int]] = {}
    for word, f in sorted(words.items()):  # in order: a tie of two words is kept the same way
        spelled = " ".join(lazy_pinyin(word, style=Style.NORMAL, errors="ignore"))
        if len(spelled.split()) == len(word) and f > best.get(spelled, ("", 0))[1]:
            best[spelled] = (word, f)
    told: dict[str, tuple[str, int]] = {}
    for word, f in sorted(weight.items()):
        if freq.get(word, 0) >= _EVERYDAY:
            continue
        chars = " ".join(next(iter(lazy_pinyin(char, style=Style.NORMAL, errors="ignore")), "")
                         for char in word)
        for spelled in {" ".join(lazy_pinyin(word, style=Style.NORMAL, errors="ignore")), chars}:
            if len(spelled.split()) == len(word) and f > told.get(spelled, ("", 0))[1]:
                told[spelled] = (word, f)
    # One line a reading: its pinyin, its commonest word and frequency (none for a reading only
    # the alarm knows), and the word of a call of that sound (empty when the same) and its weight.
    lines = []
    for key in sorted(best.keys() | told.keys()):
        word, f = best.get(key, ("", 0))
        alarm = told.get(key)
        extra = f"\t{'' if alarm[0] == word else alarm[0]}\t{alarm[1]}" if alarm else ""
        lines.append(f"{key}\t{word}\t{f}{extra}\n")
    path = Path(__file__).with_name("pinyin_words.txt")
    path.write_text("".join(lines), encoding="utf-8")
    print(f"{path}: {len(best)} readings, {len(told)} for the alarm")


if __name__ == "__main__":
    _build()
