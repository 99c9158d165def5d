"""The shape two readers share: a message that says one thing of a matter of the writer's and
little else — that it needs no more handling (nlp.settled) or that it is to be withdrawn
(nlp.withdrawal). Once the cue words that say it and the filler of speech are set aside, what
is left names at most the matter meant (停水, 桥栏杆), never a report of its own (小区门口的广告牌
被撤掉了 says what was removed of something else). Patterns work on normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["ABOUT_CHARS", "left", "names_at_most"]

ABOUT_CHARS = 8  # what is left may name the matter meant in at most this many characters
_PUNCT = re.compile(r"[\s\W_]+")


def left(text: str, cues: Iterable[re.Pattern[str]], filler: re.Pattern[str]) -> str:
    """What is left of `text` once each of the `cues` and then the `filler` are set aside."""
    for cue in cues:
        text = cue.sub("", text)
    return filler.sub("", _PUNCT.sub("", text))


def names_at_most(rest: str) -> bool:
    """Whether what is left is short enough to name no more than the matter meant."""
    return len(rest) <= ABOUT_CHARS
