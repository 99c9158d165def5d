"""Keywords typed with the wrong characters: 挺电 for 停电, 医宝 for 医保, 差迁 for 拆迁.

A pinyin input method offers every character with the sound typed, so a slip keeps the sound and
loses the characters. Each keyword of two or more Chinese characters is indexed by the usual
toneless reading of its characters (pypinyin's character dictionary, which ships in its wheel); a
stretch of a message whose characters can be read that way (by either of their first two
readings), character by character, is a homophone hit. Common regional mix-ups (zh/z, ch/c,
sh/s, l/n, f/h, an/ang, en/eng, in/ing) are a fuzzy hit, which counts less.

Guards against false hits, since Chinese is full of homophones: the stretch must be aligned with
word boundaries at both ends (a keyword of three or more characters typed right at its end may
end inside a word, since the slip misleads the segmenter), cut into no real keyword hit (it may
hold one whole), keep more than grammar and not slip into a particle where it reads as one (的事
is not 的士, 水都 not 水痘, 卫生是 not 卫生室; but 殡一馆 is 殡仪馆, and 一保 医保), differ from the
keyword in at most half its characters, and must not itself be a common word (公司 is not 工资
misspelt).

Two readings are weak, a last resort the router counts only where nothing else names a unit:
both characters of a two-character keyword slipped (挺店 for 停电, but in real letters mostly 而我
for 耳蜗 or 附二 for 妇儿), and a rare real word typed for a commoner keyword (燃起 for 燃气, 地保
for 低保). A character swapped for its converse of the same sound (卖 for 买) is no slip: it
tells the other side of the dealing.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

__all__ = [
    "COMMON_WORD", "FUNCTION", "HomophoneHit", "HomophoneIndex", "fits", "fuzzy", "readings",
    "spellings", "usual_spelling",
]

# keyword, its readings, their fuzzy forms, and whether both its characters may have slipped
_Entry = tuple[str, tuple[frozenset[str], ...], tuple[frozenset[str], ...], bool]

COMMON_WORD = 20  # jieba frequency from which a stretch is a real word, not a plain slip ...
RARE_WORD = 400  # ... and below which that word may still be a slip, read as a last resort
# The commonest particles: in a short keyword a slip read as one is too often the particle itself
# (水都干了 is no 水痘); inside a longer keyword (殡一馆, 劳动和同, 种粮不贴) it is a slip.
_PARTICLES = frozenset("的了着过吗呢吧啊呀么得是在有不没都也就和与又还这那个一给把被让对到说很太要会能")
# Function words of written Chinese: in real letters 死于, 未见, 之称, 此笔, 尤以, 由市, 只交 and 将至
# are what was meant, not 死鱼, 违建, 职称, 刺鼻, 游医, 幼师, 职教 or 枪支 misspelt, and 为谢 not 猥亵.
_LITERARY = frozenset("之于此将由未尤亦乃即却只为")
_NOT_SLIPS = _PARTICLES | _LITERARY
_FIRST_SLIPS = frozenset("一")  # 一 for 医 or 疫 (一保, 一苗): the first candidate for yi
# Grammar characters: what is kept of a keyword must be more than grammar ("的事" is not 的士;
# 称不准 is 秤不准).
FUNCTION = _FUNCTION = frozenset(
    "的了是在有和与不没无也就都还又这那个一我你他她它们说会能要去来给把被让对到很太"
    "吗呢吧啊呀么什啥怎咋哪谁多少几之以为所而及或等得着过"
)
_CJK = re.compile(r"^[\u4e00-\u9fff]+$")
# A feeling said to kill (急死了, 气死人, 累死了) is how a citizen says it, never a keyword misspelt
# (急死了 is not 鸡死了).
_INTENSIFIED = re.compile(r"[急气烦愁累热冷饿吵臭困疼痛吓闷渴忙馋冻晒]死(?:了|啦|人|我)?")
# A stretch right before these is part of a name (飞仙镇, 车江中学), right after a letter or digit
# a code (e市机): not a slip.
_NAME_AFTER = re.compile(r"[镇乡村县市区街路湖山桥庄屯寨铺港湾河江]|中学|小学|社区|小区|公司")
_CODE_BEFORE = re.compile(r"[a-z0-9]")
# A stretch right before these ends with a surname (李庄村张大爷 is no 村账 misspelt, 镇王师傅 no 镇网).
_PERSON_AFTER = re.compile(r"大爷|大娘|大妈|大叔|大婶|大哥|大姐|老汉|老太|老头|师傅|先生|女士|阿姨|奶奶|爷爷"
                           r"|某|书记|主任|会计|老师|医生|家的")
_SYLLABLE = re.compile(r"^[a-z]+$")
_INITIALS = (("zh", "z"), ("ch", "c"), ("sh", "s"), ("n", "l"), ("h", "f"))
_FINALS = (("iang", "ian"), ("uang", "uan"), ("ang", "an"), ("eng", "en"), ("ing", "in"))


@dataclass(frozen=True)
class HomophoneHit:
    word: str  # the keyword meant
    typed: str  # what the message says
    start: int
    end: int
    exact: bool  # same toneless pinyin (True) or only alike by a fuzzy pair
    weak: bool = False  # a reading of last resort: both characters slipped, or a real word typed


@lru_cache(maxsize=4096)
def fuzzy(syllable: str) -> str:
    """The syllable with the commonly confused sounds folded together: zhang → zan."""
    for long, short in _INITIALS:
        if syllable.startswith(long):
            syllable = short + syllable[len(long) :]
            break
    for long, short in _FINALS:
        if syllable.endswith(long):
            return syllable[: -len(long)] + short
    return syllable


@lru_cache(maxsize=1)
def _pinyin_dict() -> dict[str, str]:
    """pypinyin's character readings (code point as text → "zhòng,chóng"), loaded on first use.

    Read from the package's data file: importing pypinyin also loads its phrase dictionary and
    segmenter, which this module never uses and which cost a third of a second at start-up.
    """
    spec = importlib.util.find_spec("pypinyin")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        path = Path(folder) / "pinyin_dict.json"
        if path.is_file():
            table: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
            return table
    from pypinyin.pinyin_dict import pinyin_dict  # another layout: the documented way

    return {str(code): value for code, value in pinyin_dict.items()}


@lru_cache(maxsize=16384)
def _ordered(char: str) -> tuple[str, ...]:
    """The character's toneless readings in the dictionary's order (ü written v)."""
    plain: list[str] = []
    for reading in _pinyin_dict().get(str(ord(char)), "").split(","):
        letters = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
        letters = "".join(c for c in letters if not unicodedata.combining(c))
        if _SYLLABLE.match(letters) and letters not in plain:
            plain.append(letters)
    return tuple(plain)


def spellings(char: str) -> tuple[str, ...]:
    """Every toneless reading of the character, the usual one first (ü written v); () for
    anything else: how a name written in characters may be spelled in pinyin (曾 zeng or ceng)."""
    return _ordered(char)


@lru_cache(maxsize=16384)
def _folded(char: str) -> frozenset[str]:
    return frozenset(map(fuzzy, readings(char)))


@lru_cache(maxsize=16384)
def _usual(char: str) -> frozenset[str]:
    """The reading a keyword's character is indexed by: its usual one (厕 as ce, not si)."""
    return frozenset(_ordered(char)[:1])


def usual_spelling(word: str) -> str:
    """The word in toneless pinyin by its characters' usual readings (停电 → tingdian), or ""."""
    sounds = [_ordered(char)[:1] for char in word]
    return "".join(sound[0] for sound in sounds) if all(sounds) else ""


@lru_cache(maxsize=16384)
def _usual_folded(char: str) -> frozenset[str]:
    return frozenset(map(fuzzy, _usual(char)))


# Characters read two ways in everyday words, so a typist may have meant either: 差 is cha and
# chai (出差), 长 chang and zhang. Any other character is read its usual way only: the rare
# readings of the dictionary (活 guo, 有 wei, 搞 qiao) made false hits.
_TWO_WAYS = frozenset(
    "差长重还行乐调传朝藏便省干都着为发相曾系假间教种降角结解觉量几空难宁强切任散少识属数似挑通兴血要应"
    "与载只中转处当分背薄把奔参称冲答大弹倒得地度斗恶分否缝供冠好号合喝横哄华会混几济将卷看壳咳肋"
)


@lru_cache(maxsize=16384)
def readings(char: str) -> frozenset[str]:
    """The character's toneless readings a typist may have meant, empty for non-Chinese."""
    return frozenset(_ordered(char)[: 2 if char in _TWO_WAYS else 1])


class HomophoneIndex:
    """Keywords by the fuzzy forms of their first two characters' readings. Immutable."""

    def __init__(self, words: Iterable[str], whole: Iterable[str] = ()) -> None:
        """Index `words`; in the two-character ones of `whole` both characters may slip."""
        table: dict[tuple[str, str], list[_Entry]] = {}
        both = frozenset(whole)
        for word in words:
            if len(word) < 2 or not _CJK.match(word):
                continue
            # A keyword is read the usual way (厕 as ce, not the si of 茅厕); what was typed may
            # have been meant by either of its first two readings.
            sounds = tuple(map(_usual, word))
            if not all(sounds):
                continue
            folded = tuple(map(_usual_folded, word))
            for first in folded[0]:
                for second in folded[1]:
                    table.setdefault((first, second), []).append(
                        (word, sounds, folded, word in both)
                    )
        self._table = {key: tuple(entries) for key, entries in table.items()}
        self._size = len({entry[0] for entries in table.values() for entry in entries})

    def __len__(self) -> int:
        return self._size

    def match(
        self,
        text: str,
        hits: Sequence[tuple[int, int]],
        bounds: frozenset[int],
        frequency: Callable[[str], int],
    ) -> list[HomophoneHit]:
        """Homophone hits in normalised text, each stretch used once.

        A stretch may not cut into a real keyword hit (`hits`: start, end), but it may hold one
        whole and go beyond it: 食品安权 is 食品安全 misspelt, not 食品 and something else.
        """
        if not self._table:
            return []
        sounds = [readings(char) for char in text]
        folded = [_folded(char) for char in text]
        found: list[HomophoneHit] = []
        taken = -1
        size = len(text)
        for start in range(size - 1):
            # A stretch starts at a word boundary, or inside a two-character word whose second
            # character a longer keyword starts with, typed right (这边检茶单 cut 这/边检/茶/单).
            inside = start not in bounds
            if start < taken or (inside and not (start - 1 in bounds and start + 1 in bounds)) or (
                    not sounds[start] or not sounds[start + 1]):
                continue
            best = None
            for first in folded[start]:
                for second in folded[start + 1]:
                    for entry in self._table.get((first, second), ()):
                        end = start + len(entry[0])
                        if (inside and (len(entry[0]) < 3 or text[start] != entry[0][0])) or (
                                end > size or text[start:end] == entry[0]) or (
                            end not in bounds and not _ends_whole(text, end, entry[0])
                            and not _glued(text, end, bounds)
                        ) or (end - start > 2 and entry[2][2].isdisjoint(folded[start + 2])):
                            continue  # (a third character unlike the keyword's in sound: no slip)
                        hit = _check(text, start, entry, sounds, folded, frequency)
                        if hit and fits(hit, hits) and (best is None or _better(hit, best)):
                            best = hit
            if best is None:
                continue
            # A rare real word is a slip only for a commoner keyword (燃起 for 燃气, 地保 for 低保).
            seen = frequency(best.typed)
            if seen < COMMON_WORD or (seen < RARE_WORD and best.exact and seen < frequency(
                    best.word)):
                found.append(best if seen < COMMON_WORD else replace(best, weak=True))
                taken = best.end
        return sorted(found, key=lambda hit: hit.start)


def _ends_whole(text: str, end: int, word: str) -> bool:
    """A keyword of three or more characters typed right at its end may end inside a word of the
    message: the slip misled the segmenter (宅鸡地被 cut 宅/鸡/地被, 营业直照办 营业/直/照办)."""
    return len(word) >= 3 and text[end - 1] == word[-1]


def _glued(text: str, end: int, bounds: frozenset[int]) -> bool:
    """A slip's last character the segmenter glued to the particle after it: 拒真的问题 is cut
    拒/真的/问题, yet 拒真 is 拒诊 misspelt (the word 真的 is the slip and 的, not a word typed)."""
    return text[end : end + 1] in _GLUE and end - 1 in bounds and end + 1 in bounds


_GLUE = frozenset("的了着过")
# A character swapped for its converse of the same sound tells the other side of one dealing, as
# the writer meant it: 超市卖过期牛奶 is what a supermarket sells, no 超市买 misspelt; 授课 受课.
_CONVERSE = frozenset({frozenset("买卖"), frozenset("授受")})


def fits(hit: HomophoneHit, hits: Sequence[tuple[int, int]]) -> bool:
    """True when the stretch leaves every real hit alone or holds it whole and is longer."""
    size = hit.end - hit.start
    return all(
        end <= hit.start or hit.end <= start  # apart
        or (hit.start <= start and end <= hit.end and end - start < size)  # held whole
        for start, end in hits
    )


def _check(
    text: str,
    start: int,
    entry: _Entry,
    sounds: list[frozenset[str]],
    folded: list[frozenset[str]],
    frequency: Callable[[str], int],
) -> HomophoneHit | None:
    word, word_sounds, word_folded, strong = entry
    end = start + len(word)
    typed = text[start:end]
    differ = sum(a != b for a, b in zip(typed, word, strict=True))
    whole = len(word) == 2 and differ == 2 and strong  # 挺店 for 停电: both characters slipped
    if (differ > max(1, len(word) // 2) and not whole) or not all(sounds[start:end]):
        return None  # too far from the keyword, or not Chinese
    kept = [a for a, b in zip(typed, word, strict=True) if a == b]
    if any(frozenset((a, b)) in _CONVERSE for a, b in zip(typed, word, strict=True)):
        return None  # the other side of the dealing, typed as meant
    if (_FUNCTION.issuperset(kept) and not whole) or _particle(typed, word, frequency) or (
        whole and not _NOT_SLIPS.isdisjoint(typed)
    ):
        return None  # a particle typed in, or only grammar kept: 水都 is not 水痘, 的事 not 的士,
        # and no function word in a keyword whose two characters both slipped (为谢 is not 猥亵)
    if _NAME_AFTER.match(text, end) or _PERSON_AFTER.match(text, end) or _INTENSIFIED.fullmatch(typed):
        return None
    if start and _CODE_BEFORE.match(text, start - 1):
        return None
    exact = True
    for offset, char in enumerate(typed):
        if char == word[offset] or word_sounds[offset] & sounds[start + offset]:
            continue
        if not word_folded[offset] & folded[start + offset] or len(word) - differ < 2 or whole:
            return None  # a fuzzy sound needs two characters right around it
        exact = False
    return HomophoneHit(word, typed, start, end, exact, weak=whole)


def _particle(typed: str, word: str, frequency: Callable[[str], int]) -> bool:
    """True when a slip reads as a particle itself: in a keyword of two characters (水都 is no 水痘,
    though 一保 is 医保), at the end of one of three (卫生是 is 卫生 and 是, 河到了 a river reached) or
    at its start before a word (是医院 is 是 and 医院, 将户口 将 and 户口); inside a longer one, or
    before no word, it is a slip (体与馆, 殡一馆, 县一院, 有泳馆, 劳动和同)."""
    if len(word) >= 4:
        return False
    first = typed[0] != word[0] and typed[0] in _NOT_SLIPS
    last = typed[-1] != word[-1] and typed[-1] in _NOT_SLIPS
    if len(word) == 2:
        return last or (first and typed[0] not in _FIRST_SLIPS)
    return last or (first and frequency(typed[1:]) >= COMMON_WORD)


def _better(hit: HomophoneHit, other: HomophoneHit) -> bool:
    """Longer first, then an exact sound over a fuzzy one."""
    return (hit.end - hit.start, hit.exact) > (other.end - other.start, other.exact)
