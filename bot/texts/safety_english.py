"""The English line added to the first answer to an emergency written in English (a visitor, a
foreign teacher, a worker from abroad): the numbers to call and the key advice for its kind
(nlp.urgent), after the Chinese advice of bot.texts.safety. Plain text in HTML parse mode."""

from __future__ import annotations

import re

__all__ = ["english_advice", "written_in_english"]

_NUMBERS = "Emergency: call 110 (police), 119 (fire), 120 (ambulance)."
# hazard (nlp.urgent.Emergency.hazard) → what to do now, in a few words
_ADVICE = {
    "fire": "Call 119. Leave at once by the stairs, do not use the lift; cover your nose with a wet cloth.",
    "gas": ("Leave at once. Do not switch lights or appliances on or off, no flames, no phone calls "
            "indoors; call 119 from outside."),
    "medical": "Call 120 and give the address; do not move the injured person, keep the airway clear.",
    "water": ("Call 110 or 119. Do not jump in if you cannot swim; throw a rope, a pole or something "
              "that floats."),
    "flood": "Move to higher ground and switch off the power; if trapped, call 110 or 119.",
    "power": ("Switch off the power first; do not touch the person with bare hands, push the wire away "
              "with dry wood; then call 120. Keep 10 m from a fallen line."),
    "lift": "Do not force the doors; press the alarm button or call 119 and wait calmly.",
    "violence": "Call 110. Get to a safe place and lock the door; do not confront the attacker.",
    "crash": ("Call 122 or 110, and 120 if anyone is hurt; do not move the injured person, "
              "get everyone behind the roadside barrier."),
    "fumes": "Move upwind at once, cover your nose with a wet cloth, call 119 from a safe place.",
    "collapse": "Keep away, do not go in; call 119 and 120 and say how many people may be inside.",
    "site": "Call 119 and 120; do not enter the collapsed or dangerous area; stop the work on site.",
    "vessel": "Keep away and get everyone away from it; call 119.",
}
_LATIN = re.compile(r"[A-Za-z]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def written_in_english(text: str) -> bool:
    """A message in Latin letters with no Chinese character in it."""
    return bool(_LATIN.search(text)) and not _HAN.search(text)


def english_advice(hazard: str) -> str:
    """The English line: the numbers, then what to do now about this kind, when one is known."""
    advice = _ADVICE.get(hazard, "")
    return f"{_NUMBERS} {advice}".rstrip()
