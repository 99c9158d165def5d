"""A story told, not lived: a dream, a film, a series, a novel or a game retold.

What happens inside a story (梦见自己掉进河里, 电视里演的那场大火, 游戏里我被三个人围殴,
in the movie the dam burst) is nobody's danger or trouble now, however alarming its words: the frame says so.
(做梦都想不到, an idiom, is no dream.) It gives way to what the writer adds of the real
world: waking to find it true (醒来一看, 结果真的), a turn to their own matter (可是, 但是,
现在, 另外), a cry or a request (救命, 快来, 请, 希望, 管管).

Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re

__all__ = ["retold_story"]

_FRAME = re.compile(
    r"(?<!做)梦(见|到|里)|做(了)?(一)?(个|场)(噩)?梦|(电视剧|剧|电影|片子|小说|故事|游戏|动画片|短剧)(里|中)|"
    r"电视(里|上)(演|放|播)|"
    r"(电视|电影|小说|剧)(里)?(演|写)(的|到)|"
    r"\b(dream(t|ed)?|nightmare)\b|\bin (the|a|my|this) (movie|film|game|novel|show|series|dream)\b|"
    r"\b(watched|saw|reading) (a|the) (movie|film|show|novel)\b")
_REAL = re.compile(
    r"醒来(一看|发现|才知道)|(结果|没想到|原来)?真的|现实(里|中)|可是|但是|不过|现在|刚才|另外|"
    r"救命|快来|赶紧|请|希望|麻烦|管管|反映|投诉|举报|"
    r"\b(woke up to|it was real|really happened|right now|please|help)\b")


def retold_story(text: str) -> bool:
    """True when normalised text retells a dream, a film, a book or a game and adds nothing of
    the real world."""
    return bool(_FRAME.search(text)) and not _REAL.search(text)
