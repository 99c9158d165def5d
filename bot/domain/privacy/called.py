"""Third persons' names told by how they are called: 她叫李秀兰, 那个司机叫杜明辉, 老人姓高，叫高玉兰.

names.py reads the writer's own name after 我叫, and a relative's after 我爸叫 or 孩子叫; people
name anyone else the same way, whatever the pronoun or the word for the person (他, 她, TA, 其,
老太太, 房东, 包工头, 一个叫…的人: words.PERSONS_CALLED; a title or a post: 那位大爷叫, 校长叫):
- after such a word and 叫, 名叫, 叫做, 自称, 的名字是 (她叫李秀兰，, 楼上那家的女主人名字叫江丽萍): a
  common surname (or a compound one) and a given name, where the phrase ends or what is said of
  the person starts (她叫李秀兰今年八十了, 他叫王芳去买菜, 她叫王建国来修); a surname that is a function
  word with two given-name characters only (女房东叫于美兰; 他叫来了 never). What one calls for
  (叫车来, 叫人来修, 叫外卖), whom one calls by a word (叫邻居帮忙) or by a surname and a title
  (叫师傅来, 她叫王老师过来) are no names: no surname starts them, no name ends there, or the rest
  is a title; after 一个叫 or 一名叫 the name may end before 的 where a person follows it (一个叫柯帆的
  医生, 有个叫孟广才的，; not 一个叫麦霸的KTV);
- after such a word and 姓 with a 叫 after it (他姓马，叫马建设, 她姓方，叫晓梅): the surname and the
  name go, the name known as 马建设; a surname told alone (老板姓王) stays, as 王老板 does for the unit.
Names found are returned as names: the masker knows them from then on, wherever they stand.
"""

from __future__ import annotations

import re

from bot.domain.privacy import words
from bot.domain.privacy.cues import Cues
from bot.domain.privacy.names import NAME, TOLD_OF, plausible
from bot.domain.privacy.numbers import Span

_HAN = "\u4e00-\u9fff\u3400-\u4dbf"
_LINK = (r"(?:的?(?:名字|姓名|全名|大名)\s*(?:是|叫做?|为|[:：])"
         r"|(?:也|就|全名|大名|本名|名字)?(?:叫做?|叫作|名叫)|自称(?:叫|是)?)")
# Any word for a person: those listed, titles of respect and posts (那位大爷叫, 校长叫, 保安队长叫).
_PERSONS = words.PERSONS_CALLED | words.TITLES | words.JOB_TITLES | words.TITLES_BEFORE
_CALLED = Cues(dict.fromkeys(_PERSONS, _LINK))
_SURNAMED = Cues(dict.fromkeys(_PERSONS, "姓"))
_OPENING = re.compile(r"[\s:：“\"「『‘']*")
# What may follow the name: the phrase's end, or what is said of the person (never 的, but after
# 一个叫: 高铁站的工作人员 is no name, 一个叫王建国的人 is one).
_SAID = re.escape("".join(sorted(ch for ch in words.PREDICATE_STARTS
                                 if "\u4e00" <= ch <= "\u9fff" and ch != "的")))
# After 叫 a name is all but said: only a particle or a pronoun ends it (孙有才, 宋福来).
_COMPOUNDS = "|".join(c for c in words.COMPOUND.split("|") if c not in words.WORD_COMPOUNDS)
_ENDS = words.PARTICLES.replace("有", "")
_TOLD_NAME = rf"(?:{_COMPOUNDS}|[{words.SURNAMES}])(?:[{_HAN}](?<![{_ENDS}])){{1,2}}"
_NAME = re.compile(rf"({_TOLD_NAME})(?=(?![{_HAN}])|{words.TOLD_AFTER}|[{_SAID}来])")
_NAME_OF = re.compile(rf"({_TOLD_NAME})(?=(?![{_HAN}])|{words.TOLD_AFTER}|[{_SAID}]|{TOLD_OF})")
# 他姓马，叫马建设 / 她姓方，叫晓梅: a listed surname, then the name as told, ending the phrase.
_SURNAME_TOLD = re.compile(
    rf"((?:{words.COMPOUND})|[{words.SURNAMES}])[，,、\s]*(?:叫做?|名叫|名字叫)\s*"
    rf"([{_HAN}]{{1,4}})(?![{_HAN}])")
# A surname that is a function word (于, 和, 由 …) only with two given-name characters (女房东叫于美兰);
# 来 and 都 never (他叫来了, 叫都叫不醒).
_FUNCTION_WORDS = frozenset(words.FUNCTION_WORDS)
_NEVER_SURNAMES = frozenset("来都")
_COMPOUND_SET = frozenset(words.COMPOUND.split("|"))
_TITLES = words.GIVEN_TITLES | words.JOB_TITLES
_ONE_OF = frozenset(("个", "一名"))  # 一个叫王建国的人, 一名叫做孙立平的业务员


def find(text: str) -> tuple[list[Span], list[str]]:
    """The spans of the names `text` tells this way, and the names (to be known from now on)."""
    if "叫" not in text and "名" not in text and "自称" not in text:
        return [], []
    spans: list[Span] = []
    found: list[str] = []
    for _, start, word in _CALLED.found(text):
        at = _OPENING.match(text, start).end()  # type: ignore[union-attr]
        m = (_NAME_OF if word in _ONE_OF else _NAME).match(text, at)
        if m and _surname_said(m[1]) and m[1] not in words.CALLED_FOR \
                and not _titled(m[1]) and plausible(m[1], strict=False):
            spans.append((m.start(1), m.end(1), NAME))
            found.append(m[1])
    for _, start, _ in _SURNAMED.found(text):
        m = _SURNAME_TOLD.match(text, start)
        if m is None:
            continue
        surname, told = m[1], m[2]
        name = told if told.startswith(surname) and len(told) > len(surname) else surname + told
        if plausible(name, strict=False):
            spans += [(m.start(1), m.end(1), NAME), (m.start(2), m.end(2), NAME)]
            found.append(name)
    return spans, list(dict.fromkeys(found))


def _titled(name: str) -> bool:
    """Whether `name` is a surname and a title or a post (叫王老师来, 他叫金师傅，): no name."""
    rest = name[2:] if name[:2] in _COMPOUND_SET else name[1:]
    return any(rest.startswith(t) for t in _TITLES)


def _surname_said(name: str) -> bool:
    """Whether `name` starts with a surname here, not a function word (see _FUNCTION_WORDS)."""
    return name[0] not in _NEVER_SURNAMES and (name[0] not in _FUNCTION_WORDS or len(name) == 3)
