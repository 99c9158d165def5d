"""Emergencies told in emoji: a fire with the vehicle that answers it (🔥🚒, 🔥🚑), or an SOS.

People in a hurry, or who cannot type, send pictures: "🔥🔥🔥 🚒" is a fire being called in, not
small talk. A sign alone says little (🔥 is also "popular", 🚑 a visit to hospital), so a fire
counts with a rescue vehicle or an SOS beside it; 🆘 asks for rescue on its own. Only a short
message (a call, as nlp.urgent counts it) whose words name no emergency is read this way; the
words, when they do, decide.
"""

from __future__ import annotations

import re

from nlp import urgent
from nlp.urgent import HAZARD_UNITS, Emergency

__all__ = ["HAZARD_UNITS", "assess"]  # what routing reads of emergencies

_CALL = 120  # characters: as nlp.urgent, a longer text recounts rather than calls
_FIRE = "\U0001f525"  # 🔥
_SOS = "\U0001f198"  # 🆘
# The services that answer a fire or a rescue: fire engine, ambulance, police car (and the
# oncoming ones), a siren light.
_RESCUE = re.compile("[\U0001f692\U0001f691\U0001f693\U0001f694\U0001f6a8\U0001f198]")


def assess(text: str) -> Emergency:
    """nlp.urgent's reading of normalised text, or, where its words name no emergency, the one
    its emoji show: a fire with a rescue vehicle or an SOS (hazard "fire"), or an SOS alone
    ("rescue"); explained by the emoji themselves."""
    found = urgent.assess(text)
    if found.cues or len(text) > _CALL:
        return found
    rescue = list(dict.fromkeys(_RESCUE.findall(text)))
    if _FIRE in text and rescue:
        words = (_FIRE, *rescue)
        return Emergency(("".join(words),), "fire", words, True)
    if _SOS in text:
        return Emergency((_SOS,), "rescue", (_SOS,), True)
    return found
