"""A few words of what a citizen reported, naming the matter in every push about its ticket
(refs #10): with eleven tickets open, "工单 20261202-0008 已办结" alone does not say which lamp.
Pure: the caller chooses whose view the words are in (the citizen's own, or masked)."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["EXCERPT_CHARS", "excerpt", "from_matter"]

EXCERPT_CHARS = 20  # a push names the ticket's matter in at most this many characters
_AT_LEAST = 6  # … whole clauses are kept when they make this much; else the text is cut
_SPACE = re.compile(r"\s+")
_CLAUSE_END = re.compile(r"(?<=[，,。！!？?；;])")
_HAN = re.compile(r"[\u3400-\u9fff]")
LATIN_TIMES = 3  # words in Latin letters say in three letters what a Chinese character says
# Where a clause ends: after punctuation, and at a space next to a Chinese character (你好 我是…).
_CLAUSE_GAP = re.compile(r"[，,。！!？?；;：:、]+\s*|\.\s+|(?<=[\u3400-\u9fff])\s+|\s+(?=[\u3400-\u9fff])")
# The writer introducing themselves, after a greeting or none: 您好我是东关村的村民, 俺是开出租车的,
# 本人系一名司机, Hi, I'm a taxi driver. A job named there is a routing word (出租车司机), but says
# who writes, not what is wrong (nlp.aside reads it so for routing).
_GREETED = r"(?:您好|你好|领导好|领导们好|各位领导好?|喂|hello|hi|hey|dear sir)?[ ,，!！]*"
_INTRO = re.compile(rf"^{_GREETED}(?:(?:我|俺|本人)(?:们)?(?:是|系|叫|姓)(?!想|说|要|来|不是|在|因为|觉得)|"
                    r"(?:i'?m|i am|my name is|we are)\b)", re.I)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """`text` on one line in at most `limit` characters: its first clauses whole where they
    make enough words (村口的路灯不亮好几天了), else cut with an ellipsis; "" for no words."""
    plain = _SPACE.sub(" ", text).strip()
    latin = not _HAN.search(plain)
    if latin:  # an English report named as briefly as a Chinese one, cut between words
        limit *= LATIN_TIMES
    if len(plain) <= limit:
        return plain
    kept = ""
    for clause in _CLAUSE_END.split(plain):
        if len(kept) + len(clause) > limit:
            break
        kept += clause
    kept = kept.rstrip("，,。；; ")
    if len(kept) >= _AT_LEAST:
        return kept + "…"
    cut = plain[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if latin and " " in cut else cut).rstrip(",.;: ") + "…"


def from_matter(text: str, keywords: Sequence[str]) -> str:
    """`text` from the first clause that says its matter on — one holding a routing keyword that
    is not a greeting or the writer introducing themselves (您好，我是东关村的村民，村口的路灯不亮了
    → 村口的路灯不亮了) — so the few words naming a ticket quote the problem, not the greeting; the
    whole text when no clause does."""
    words = [word.lower() for word in keywords if word]
    starts = [0, *(gap.end() for gap in _CLAUSE_GAP.finditer(text))]
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        said = text[start:end].strip().lower()
        if said and any(word in said for word in words) and not _INTRO.match(said):
            return text[start:]
    return text
