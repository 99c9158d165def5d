"""A score given at 满意度 (八十分, 6分, 给个九十分吧, 五星, 三颗星, 零分, 零蛋; 6 out of 10 and
8/10 arrive here as 6分满分10 from bot/domain/visit_english.py), put on the bot's three-step
scale (refs #10: an outside tester's `meh, 6 out of 10` opened a ticket at the hotline; 零蛋
was a 补充 to another ticket).

The share of the full mark decides: 80% and up is 满意, 60% (a pass) and up 基本满意, below it
不满意. A mark with no full mark said is read on the smallest usual scale it fits: out of 5 up
to 5, out of 10 up to 10, else out of 100 — the 满意度 question offers no scale, and a county
office hears 打5分 as full marks, the five stars of a rating (round 25: 5分 read as 5 of 10 sent
a satisfied citizen's ticket back as 不满意); so 5分 and 4分 are 满意, 3分 基本满意, 1分 and 2分
不满意, 6分 is 6 of 10, 八十分 80 of 100. A full mark said (5分满分10分, 5分（满分10分）, 8/10)
is the scale. Stars are out of 5 (三颗星 is 3 of 5) unless a full count is said (7颗星，满分10颗);
零蛋 is none at all. A mark above its full mark is no score.
"""

from __future__ import annotations

import re

__all__ = ["SCALE", "SCORE", "score", "written_scale"]

_NUMBER = r"\d{1,3}|[零〇一二两三四五六七八九十百]{1,4}"
# A mark ends the clause or comes before a particle (八十分吧), never before another word:
# 十分感谢 is thanks, 3分钟 a time, 5分钱 money; 3点40分 is a clock time.
_END = r"(?=$|[吧啊呀呢的了嘛哈])"
# 零蛋 (大鸭蛋) is the nought a school report gives: no mark at all, of any full mark.
SCORE = re.compile(
    rf"(?:满分(?P<full>{_NUMBER})分?(?:的话)?)?(?:我|俺)?(?:打|给|评|算|能打|能给)?(?:个)?"
    rf"(?:(?P<nought>零蛋|大鸭蛋){_END}"
    rf"|(?<!点)(?P<mark>{_NUMBER})(?:分(?:满分(?P<out_of>{_NUMBER})分?)?{_END}"
    rf"|(?P<stars>颗?星){_END}))")
# A full mark written on its own (5分，满分10分; 满分是10分; 满分5颗星; 十分制; 百分制): the scale
# of a mark or of stars anywhere in the answer, however its clauses fall (T25 finding 16: 5分，满分10分
# was 5 of 5).
SCALE = re.compile(rf"(?:满分(?:是|为)?(?P<full>{_NUMBER})(?:分|[颗个]星?|星)?"
                   rf"|(?P<system>{_NUMBER}|百)分制)(?:的话)?")
_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))


def written_scale(clean: str) -> int | None:
    """The full mark written anywhere in `clean` (满分10分, 十分制), or None."""
    found = SCALE.search(clean)
    if found is None:
        return None
    return 100 if found["system"] == "百" else _value(found["full"] or found["system"])


def score(clean: str, scale: int | None = None) -> tuple[str, re.Match[str]] | None:
    """The 满意度 code ("3" 满意, "2" 基本满意, "1" 不满意) of the first score in `clean` (a
    clause with its punctuation taken out), and where it was read; None when it gives none.
    A full mark written apart from the mark — in `clean` or (`scale`) elsewhere in the answer
    — is its scale; it is no mark itself (满分10分 alone is no score)."""
    written = scale or written_scale(clean)
    for found in SCORE.finditer(SCALE.sub("", clean)):
        if found["nought"]:
            return "1", found
        mark = _value(found["mark"])
        given = found["full"] or found["out_of"]
        full = _value(given) if given else written or (5 if found["stars"] else _scale(mark))
        if full <= 0 or not 0 <= mark <= full:
            continue
        share = mark / full
        return ("3" if share >= 0.8 else "2" if share >= 0.6 else "1"), found
    return None


def _scale(mark: int) -> int:
    """The full mark of a mark said with none: the smallest usual scale it fits (5, 10, 100)."""
    return next(full for full in (5, 10, 100) if mark <= full) if mark <= 100 else 0


def _value(number: str) -> int:
    """A mark written in digits (80) or in Chinese (八十, 一百, 七十五)."""
    if number.isdigit():
        return int(number)
    total, digit = 0, 0
    for char in number:
        if char in _DIGITS:
            digit = _DIGITS[char]
        elif char == "十":
            total, digit = total + (digit or 1) * 10, 0
        elif char == "百":
            total, digit = total + (digit or 1) * 100, 0
    return total + digit
