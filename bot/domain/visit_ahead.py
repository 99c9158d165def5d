"""A positive 回访 answer typed before the 回访 is asked (解决了，谢谢 / 挺好的，满意 right after the
办结): what it answers, so that the visit, when due, records it instead of asking again, and
the next question of a visit whose answers need not have come in order (问题已解决 said ahead,
满意度 alone asked). Pure."""

from __future__ import annotations

import re

from bot.domain.visit import QUESTIONS, negative, read_typed
from bot.domain.visit_english import in_chinese

# Thanks or praise said of the result: a 满意 when the matter is said to be put right.
_PRAISE = re.compile(r"谢谢|感谢|多谢|谢了|辛苦|点赞|好评|给力|效率(?:真|很|挺|太)?高|服务(?:真|很|挺)好"
                     r"|thank|great job|well done", re.IGNORECASE)
# The matter said to be fine now, in words that answer no question by themselves (挺好的).
_FINE = re.compile(r"(?:挺|很|都|蛮|非常)?好(?:的|了|啦|多了)|不错|没(?:有)?问题了")


def said_ahead(text: str) -> dict[str, str]:
    """The positive answers (question → code) a message typed before its 回访 gives: 问题是否
    解决 (解决了, 修好了, 挺好的 with a 满意) and 满意度 (满意, 基本满意 as the words say, or
    thanks or praise said with the matter put right). Empty when it says anything negative or
    answers neither."""
    said = {**read_typed(text, "s"), **read_typed(text, "r")}
    said.pop("c", None)
    if negative(said):
        return {}
    fine = _FINE.search(text) or _FINE.search(in_chinese(text))  # all good now: 挺好的
    if "s" not in said and fine and ("r" in said or _PRAISE.search(text)):
        said["s"] = "1"  # 挺好的，满意 / 现在好多了，谢谢: put right, and liked
    if said.get("s") == "1" and "r" not in said and _PRAISE.search(text):
        said["r"] = "3"  # 解决了，谢谢: put right, and thanked for
    return {q: c for q, c in said.items() if q in ("s", "r")}


def next_question(answered: list[str]) -> str | None:
    """The question of the visit after the last one answered (answers as "q:code"), or None
    when the 满意度 was: a question passed over (是否联系过您, when 已解决 was said before the
    回访 was asked and recorded as its answer) is not asked."""
    done = [QUESTIONS.index(q) for a in answered if (q := a.partition(":")[0]) in QUESTIONS]
    following = max(done) + 1 if done else 0
    return QUESTIONS[following] if following < len(QUESTIONS) else None
