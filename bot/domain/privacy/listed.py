"""Names in a list or after a crew or role word, for the public channel only (T28 finding 1).

A supervisor's own words for the column name people the way a report does: several at once
(王秀英、李桂兰两户, 赵刚、钱伟连夜施工, 马秀兰等三户) or after the crew or role they belong to
(抢修队赵刚, 户主王建国, 村民孙立). The other readers find such a name only with a cue before it
(为, 感谢) or a word for a person after it; what the public reads cannot be taken back, so here,
when in doubt, a common surname and one or two characters is a name wherever it stands
- beside 、 with another such name (both sides are names, or neither is: 杨树、柳树 are words);
- before 等 and a count or word for households or people (马秀兰等三户, 赵刚等人);
- before a count of households or a family (李桂兰两户, 王德福一家);
- after a crew or role word (抢修队, 施工队, 工作人员, 户主, 村民 …), and every name listed on
  from one found (抢修队赵刚、钱伟).
A candidate that is an everyday word by jieba's dictionary (连夜, 马上, 周一, 金额) is none, but
names can be words too: beside a name in a list or before a count of households (钱淑珍、高军,
高军、方军两户, 抢修队赵刚、文静), before 等 and a count (高军等三户), and after a role word where
its given name is of common given-name characters (网格员高军, words.GIVEN_CHARS).
"""

from __future__ import annotations

import re

from bot.domain.privacy import listed_words, words
from bot.domain.privacy.names import COMPOUND, NAME, SURNAMES, plausible
from bot.domain.privacy.numbers import Span

_COUNT = "[0-9０-９一二三四五六七八九十两几多]+"
_HOUSEHOLDS = rf"(?:{_COUNT}(?:户|家|人|位|名|口)|一家|全家|家人|夫妇|两口子|母子|父子|母女|父女)"
_AFTER_ETC = re.compile(rf"等(?:{_COUNT}(?:户|家|人|位|名)|人|户|村民|农户|群众|居民|家庭|同志)")
_BEFORE_HOUSEHOLDS = re.compile(_HOUSEHOLDS)
_ROLES = re.compile(
    "(?:抢修|维修|施工|救援|工作|帮扶|服务|巡查|检修|安装)(?:队员?|组|人员|班)|工作人员|网格员|志愿者|"
    "户主|村民|居民|农户|群众|住户|村医|电工|工人|队员|队长|组长|党员|村干部|低保户|贫困户|困难户|"
    "独居老人|老人")
_LINK = re.compile(r"\s*(?:是|为|[:：])?\s*")
_JOIN = frozenset("、和与及跟")
# What ends a name of two characters rather than being its third: words.NOT_GIVEN and what
# is said next (连夜, 表示, 带队), a count, a list mark.
_STOP = frozenset(words.NOT_GIVEN) | words.PREDICATE_STARTS | _JOIN | frozenset(
    "等两一二三四五六七八九十几户家连冒顶加及")
_PLACE_ENDS = frozenset("庄村集楼屯营店寨铺湾桥园厂场站馆院所局社队组坊沟洼岗坡庙寺岭堂河湖滩堤坝渠")
_NUMERALS = frozenset("一二三四五六七八九十两零〇0123456789")
_NOT_GIVEN = frozenset(words.NOT_GIVEN) - {"生"}  # 兰等 is no name; 王春生 is (words.GIVEN_SHENG)
_NOUN_TAGS = listed_words.NAME_TAGS | {"n", "nz"}
_SURNAME = re.compile(rf"{COMPOUND}|[{SURNAMES}]")


def find(text: str) -> list[Span]:
    """The spans of names in `text` found by the shapes above."""
    hits: set[tuple[int, int]] = set()
    for join in re.finditer("、", text):
        sure = _before(text, join.start()) or _after(text, join.end())
        left = _before(text, join.start(), sure=False)
        right = _after(text, join.end(), sure=False)
        if not (left and right):
            continue
        # Beside a name, a candidate jieba knows as a word is a name too (钱淑珍、高军), and so
        # are both before a count of households (高军、方军两户); not words in parallel (杨树、柳树,
        # 高毒性、高污染).
        counted = _BEFORE_HOUSEHOLDS.match(text, right[1]) or _AFTER_ETC.match(text, right[1])
        parallel = text[left[1] - 1] == text[right[1] - 1] \
            or (text[left[0]] == text[right[0]] and text[left[0]] in words.AMBIGUOUS)
        if counted or (sure and not parallel):
            hits |= {left, right}
    for etc in _AFTER_ETC.finditer(text):  # 等三户 says people stand before it: 高军等三户
        hit = _before(text, etc.start(), sure=False)
        if hit:
            hits.add(hit)
    for count in _BEFORE_HOUSEHOLDS.finditer(text):  # not 修缮9户
        hit = _before(text, count.start())
        if hit:
            hits.add(hit)
    for role in _ROLES.finditer(text):
        start = _LINK.match(text, role.end()).end()  # type: ignore[union-attr]
        hit = _after(text, start)
        doubt = None if hit else _after(text, start, sure=False)
        if doubt and (set(text[doubt[0] + 1:doubt[1]]) <= words.GIVEN_CHARS or (
                doubt[1] < len(text) and text[doubt[1]] in _JOIN and _after(text, doubt[1] + 1))):
            hit = doubt  # 网格员高军, 施工队文静和赵伟: a given name, or listed with a name
        if hit:
            hits.add(hit)
    return [(s, e, NAME) for s, e in sorted(_listed_on(text, hits))]


def _listed_on(text: str, hits: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """`hits` and the names joined to them by 、, 和, 与, 及 or 跟, link by link."""
    todo, seen = list(hits), set(hits)
    while todo:
        start, end = todo.pop()
        found = []
        if end < len(text) and text[end] in _JOIN:
            found.append(_after(text, end + 1, sure=False))
        if start > 0 and text[start - 1] in _JOIN:
            found.append(_before(text, start - 1, sure=False))
        for hit in found:
            if hit and hit not in seen:
                seen.add(hit)
                todo.append(hit)
    return seen


def _after(text: str, start: int, sure: bool = True) -> tuple[int, int] | None:
    """The name starting at `start`: of three characters unless its third ends it (_STOP) or
    starts what is said of the person (王强带人, words.SAID_AFTER)."""
    surname = _SURNAME.match(text, start)
    if surname is None:
        return None
    for size in (2, 1):
        end = surname.end() + size
        if end > len(text) or (size == 2 and (text[end - 1] in _STOP
                                              or text[end - 1:end + 1] in words.SAID_AFTER)):
            continue
        if _is_name(text[start:end], sure):
            return start, end
    return None


def _before(text: str, end: int, sure: bool = True) -> tuple[int, int] | None:
    """The name ending at `end`: of three characters where it starts with a surname, else of
    two."""
    for size in (3, 2):
        start = end - size
        if start < 0:
            continue
        name = text[start:end]
        # 和王刚、 or 向王刚、: a word before a surname (words.FUNCTION_WORDS, AMBIGUOUS) starts
        # no name of three; 高秀英、 does, where no surname follows it.
        if _SURNAME.match(name) and (size == 2 or (
                name[0] not in words.FUNCTION_WORDS
                and (name[0] not in words.AMBIGUOUS or not _SURNAME.match(name[1])))) \
                and _is_name(name, sure):
            return start, end
    return None


def _is_name(name: str, sure: bool = True) -> bool:
    """Whether `name` may be a name; `sure`: and no everyday word by jieba (_a_word)."""
    han = all("\u3400" <= ch <= "\u9fff" for ch in name)
    # Not strict: 高伟, 金芳 are names here (a surname that is also a word, 高, 金, 石, needs no
    # given name of two); an everyday word is told by jieba (_a_word).
    return han and plausible(name, False) and name[-1] not in _PLACE_ENDS \
        and not (_NUMERALS | _NOT_GIVEN) & set(name[1:]) and not (sure and _a_word(name))


def _a_word(name: str) -> bool:
    """Whether `name` is an everyday word by jieba's dictionary (钱包, 周一), or starts with one
    that is no noun (连夜施, 马上到); its tags for names and places are loose (马建国 ns,
    徐海 ns, 杨淑 n), so those count as no word (listed_words.py)."""
    tags = listed_words.tags()
    return name in tags or (len(name) == 3 and tags.get(name[:2], "n") not in _NOUN_TAGS)
