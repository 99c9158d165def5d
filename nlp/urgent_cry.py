"""A very short cry in Chinese: an acute event told in a few characters, with nothing else.

nlp.urgent weighs a hazard against a person in danger and the moment; a cry of a few characters
(车翻了，有人伤, 楼塌了, 我被打了, 救护车！) names the event alone and leaves the person and the moment
unsaid: a message that short, sent to a government bot, is sent because it is happening. It is
read as two factors:

- an acute event, told as it happens (a vehicle overturned or crashed, a building fallen in,
  someone beaten or stabbed, a dog biting, someone hurt, fainted or failing, an ambulance called
  for), whose words say what it is about, as nlp.urgent's kinds;
- told as a cry: a done or ongoing aspect (…了, …啦), an exclamation, someone (有人, 人), or a call
  (快, 救).

Only a text of `SHORT` characters or fewer is read; a question, a past or a routine told (吗, 上次,
去年, 经常), a what-if, a thing as the subject of a repair (坏了), or a story (a dream, a film) is not a cry.
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["SHORT", "Cry", "cry"]

SHORT = 12  # characters: a cry of a few words


class Cry(NamedTuple):
    """The cue, the kind (as nlp.urgent.Emergency.hazard) and the words that told it."""

    cue: str
    hazard: str
    words: tuple[str, ...]


# (kind, event): each told as happening to someone or something now.
_EVENTS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern)) for kind, pattern in (
    ("crash", r"车祸|翻车|车翻|(车|人)被撞|撞(人|车)了|出(了)?事故|(车|人)掉(沟|河|桥)"),
    ("collapse", r"(楼|房|屋|桥|窑)(子)?(塌|垮)(了|啦)|塌方"),
    ("violence", r"被(人)?(打|砍|捅|揍|踢|扎|抢)(了|啦|伤)|(打|砍|捅|杀)(死)?人(了|啦)|行凶|抢劫"),
    ("animal", r"(狗|牛|驴|马)咬(人|伤|了)|被(狗|牛)(咬|顶|踩)"),
    # (不行了 and 没气了 alone may be a worker's age or a tyre: 他干活不行了, 车胎没气了)
    ("medical", r"有人(受)?伤|人(受)?伤了|(晕|昏)(倒|过去)|吐血|抽(风|过去)|人没气了|没(了)?呼吸|"
                r"救护车|叫120|打120"),
))
_CRY = re.compile(r"[!！]|(了|啦)[!！。.]*$|有人|快|救|人")
# Not a cry: a question, a past, a routine, a fear, a repair asked for, a story.
_NOT = re.compile(r"[?？]|吗|呢|怎么|咋|去年|上次|上个?月|以前|那年|昨天|前天|经常|老是|总是|天天|万一|"
                  r"要是|如果|怕|修|梦|电视|电影|小说|游戏|演|没事|没有人|没人(受)?伤|不严重")


def cry(text: str) -> Cry | None:
    """The short cry in normalised text, or None."""
    if len(text) > SHORT or _NOT.search(text) or not _CRY.search(text):
        return None
    for kind, pattern in _EVENTS:
        event = pattern.search(text)
        if event is not None:
            return Cry(f"{event.group()}+cry", kind, (event.group(),))
    return None
