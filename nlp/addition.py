"""Words that turn to another matter: 另外, 还有, 顺便, 此外, 对了, 再就是 … (also, by the way …).

A message that opens with one tells something besides what came before it: after a line told
in pieces, a matter of its own (bot/actions/threads.py); in a 回访 answer, what follows the
answers (bot/domain/visit.py reads a clause from such a word on by itself:
联系过了另外村口路灯坏了). Whether what follows is a matter at all, or a remark on the handling
(还有就是希望下次快点), is for the reader to judge (nlp.handling).
"""

from __future__ import annotations

import re

__all__ = ["WORDS", "addition_starts", "opens_addition", "without_turn"]

WORDS = ("另外", "此外", "除此之外", "还有", "再就是", "再有", "顺便", "对了",
         "再反映", "我还想", "还想反映", "还要反映")
# Longest first, so that 除此之外 is one turn, not 除 and 此外.
_WORD = "|".join(sorted(WORDS, key=len, reverse=True))
_ANY = re.compile(f"(?:{_WORD})")
_OPENING = re.compile(rf"^[\s，,。.、…:：]*(?:{_WORD})")
# The same turn in English (Also, …; By the way, …; One more thing: …), read only where a
# clause starts: "I also called" turns to nothing.
EN_WORDS = ("also", "and also", "in addition", "additionally", "besides", "by the way", "btw",
            "another thing", "one more thing", "apart from that", "on another note", "moreover",
            "furthermore", "what's more", "plus")
_EN_WORD = "|".join(sorted(EN_WORDS, key=len, reverse=True))
_EN_ANY = re.compile(rf"(?:^|(?<=[,.;:!?，。；：！？…]))\s*(?P<turn>(?:{_EN_WORD}))\b", re.IGNORECASE)
_EN_OPENING = re.compile(rf"^[\s，,。.、…:：]*(?:{_EN_WORD})\b", re.IGNORECASE)
_TURN = re.compile(rf"^[\s，,。.、…:：]*(?:{_WORD}|(?:{_EN_WORD})\b)[\s，,。.、:：]*", re.IGNORECASE)


def opens_addition(text: str) -> bool:
    """Whether `text` opens with a word turning to another matter (after any punctuation)."""
    return _OPENING.match(text) is not None or _EN_OPENING.match(text) is not None


def addition_starts(text: str) -> list[int]:
    """Where in `text` each word turning to another matter starts (in English, at a clause's
    start)."""
    return sorted([m.start() for m in _ANY.finditer(text)]
                  + [m.start("turn") for m in _EN_ANY.finditer(text)])


def without_turn(text: str) -> str:
    """`text` without the word turning to another matter it opens with (另外，… / Also, …)."""
    return _TURN.sub("", text, count=1)
