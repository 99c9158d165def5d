"""A reply to a 回访 question that says nothing a visit could record (1, 2, 好, 嗯, ?, 。。。):
a digit or two, a sign, or a sound of assent alone (round 25: a bare 1 typed at a waiting 回访
got the 没太看明白 answer any gibberish gets). Whether it answers the question waiting is the
visit reader's to say first (嗯 is a yes to 是否联系过您, as 中 and 是 are)."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["bare"]

_SOUNDS = re.compile(r"[嗯恩哦噢喔额呃唔啊哈好]{1,3}[的呀啊吧]?")
_DIGITS = re.compile(r"[0-9]{1,2}")  # ① and １ too, once NFKC made them 1


def bare(text: str) -> bool:
    """Whether `text`, its signs and spaces taken out, is nothing, a digit or two, or a
    sound of assent — and not empty to begin with."""
    plain = unicodedata.normalize("NFKC", text).strip()
    if not plain:
        return False
    words = "".join(c for c in plain if unicodedata.category(c)[0] not in "PZ"
                    and c not in "~^*+=<>|/\\")
    return not words or bool(_DIGITS.fullmatch(words) or _SOUNDS.fullmatch(words))
