"""回访 answers in the county's dialect, said in the Mandarin the answer words are read in
(refs #10; an elderly villager's 来人看过咧，路补好咧，中，得劲 was recorded as nothing).

A table, not patterns in the readers: bot/domain/visit.py reads each clause after `in_mandarin`,
and so does everything reading answers through it (bot/domain/visit_clauses.py too). Add a
dialect word here, with the Mandarin it stands for; a test in tests/test_visit_dialect.py says
what each one answers.
"""

from __future__ import annotations

import re

__all__ = ["in_mandarin"]

# Sentence-final particles: 看过咧, 补好哩, 来嘞 are 看过了, 补好了, 来了 (哩 also stands for 呢:
# 还没修哩 is 还没修呢, read the same way either way).
_PARTICLE = re.compile(r"(咧|哩|嘞|啦)+$")
# Words with a meaning of their own, the negated forms first: (pattern, Mandarin).
_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"不(大|太|咋|怎么|是很)?得劲(儿)?"), "不满意"),
    (re.compile(r"(可|怪|真|老|挺|很|美|贼|恁)?得劲(儿)?(了)?"), "满意"),
    (re.compile(r"不(大|太|咋|怎么)?管用"), "没解决"),
    (re.compile(r"(也|都|可|真)?管用(了)?"), "解决了"),
    (re.compile(r"(办|弄|搞|整)?妥(当)?(了)|妥妥(的|了)"), "解决了"),
    (re.compile(r"俺"), "我"),  # 没人联系俺 is 没人联系我
)
# 中 alone (中, 中了, 中中): "all right" — a yes to the first two questions, 满意 to the third.
_ALL_RIGHT = re.compile(r"(中|中中|能中|可中)(了|啊|呀)?")


def in_mandarin(clause: str, waiting: str) -> str:
    """One clause of a 回访 answer in Mandarin answer words, while `waiting` (c, s or r) is the
    question it would answer: 路补好咧 → 路补好了, 得劲 → 满意, 妥了 → 解决了, 中 → 是 or 满意."""
    text = _PARTICLE.sub("了", clause.strip())
    if _ALL_RIGHT.fullmatch(text):
        return "是" if waiting in ("c", "s") else "满意"
    for pattern, mandarin in _WORDS:
        text = pattern.sub(mandarin, text)
    return text
