"""Where a learned emergency table (nlp.urgent_learned) may flag a message the hand signs of
nlp.urgent did not find urgent, and with which words.

It reads only a message not told as recounted (a letter, a long illness, a routine or past danger
with nothing happening now, `nlp.urgent.recounted`; a story retold, nlp.nonreport_story) in which
no sign of an emergency was found feared, negated or over (着火了都跑不出去: nlp.not_now); it
flags one it leans at least `URGENT_SURE` towards urgent, named by the learned words said of
something happening now. The scopes and the threshold were chosen by `benchmarks/urgent_cv.py`.
"""

from __future__ import annotations

import re

from nlp.fragments import place_only
from nlp.nonreport_story import retold_story
from nlp.not_now import cancelled, happening
from nlp.result import Leaning
from nlp.urgent import recounted
from nlp.urgent_signs import CHRONIC, NAMED, SIGNS

__all__ = ["URGENT_SCOPES", "URGENT_SURE", "learned_scope", "learned_urgent"]

URGENT_SURE = 80.0  # the lean (urgent minus calm; a word leans at most 200) that flags a message
URGENT_SCOPES = frozenset({"partial", "plain"})  # where it may: not "vetoed"
_PATTERNS = (NAMED, *(pattern for _, _, pattern in SIGNS))


def learned_scope(text: str) -> str:
    """"vetoed" when normalised text recounts or a sign in it is feared, negated or over;
    "partial" when some sign is happening (a hazard, a person in danger, the moment); else
    "plain" (nothing the hand signs know, yet it may read as a plea)."""
    if recounted(text) or CHRONIC.search(text) or retold_story(text) or any(
            cancelled(text, m.start(), m.end()) for p in _PATTERNS for m in p.finditer(text)):
        return "vetoed"
    return "partial" if any(happening(pattern, text) for _, _, pattern in SIGNS) else "plain"


def learned_urgent(table: Leaning, text: str) -> tuple[str, ...]:
    """The learned words that make normalised text an emergency, or () when the table is not
    sure, the text is out of scope, or each word is said only of what is feared, negated, over
    or past; a line naming only a place (在胡集镇西李村, a piece of a report told in lines) tells
    none."""
    if place_only(text):
        return ()
    lean = table.leaning(text)  # plain sums first: most messages lean far less, and need no more
    if lean["urgent"] - lean["calm"] < URGENT_SURE or learned_scope(text) not in URGENT_SCOPES:
        return ()
    words = table.leaning_words(text, "urgent", "calm", URGENT_SURE)
    return tuple(word for word in words if any(
        not cancelled(text, m.start(), m.end()) for m in re.finditer(re.escape(word), text)))
