"""A few words of what a citizen reported, naming the matter in every push about its ticket
(refs #10): with eleven tickets open, "工单 20261202-0008 已办结" alone does not say which lamp.
Pure: the caller chooses whose view the words are in (the citizen's own, or masked)."""

from __future__ import annotations

import re

__all__ = ["EXCERPT_CHARS", "excerpt"]

EXCERPT_CHARS = 20  # a push names the ticket's matter in at most this many characters
_AT_LEAST = 6  # … whole clauses are kept when they make this much; else the text is cut
_SPACE = re.compile(r"\s+")
_CLAUSE_END = re.compile(r"(?<=[，,。！!？?；;])")
_HAN = re.compile(r"[\u3400-\u9fff]")
LATIN_TIMES = 3  # words in Latin letters say in three letters what a Chinese character says


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
