"""Which language a citizen writes in, from the words of one message (refs #10).

English when the message is mostly Latin letters and reads as English: words of English (two
common ones, a cry such as FIRE, or a word no pinyin spells), not a pinyin name (Zhang Wei), a
number, a ticket number or a command. Chinese when it has Chinese
characters and few Latin letters. None when one message cannot tell (digits, emoji, ``ok``, a
name): the citizen's language stays as it was.
"""

from __future__ import annotations

import re

from bot.domain.privacy.pinyin_names import PINYIN_WORD

_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")

# Common English words that are not also pinyin syllables (no "an", "he", "long", "men", "die"),
# so a romanised Chinese name never reads as English.
_ENGLISH = frozenset(re.findall(r"\S+", """
a about after again all also am and any anyone are at away back bad be because been before
being both broken building but by call can cannot can't car children city could
dark did didn't do does doesn't dog don't done down dry during electricity every fix fixed
flood floor for from front get gets go going good got had has have having hello help her here
hey hi his home hospital hot house how i i'm if in into is isn't it it's its just kids know
last leak leaking light lights like live lives lot loud make many may me might more morning
my near neighbour neighbor neighbours neighbors never night no noise nobody not nothing now
of off ok okay old on one only or other our out outside over people please police problem
pothole power rain really road satisfied school see she should since smell so solved some
someone still street sure than thank thanks that the their them then there these they this
those through time to today too up us very wall was water we week weeks were what when where
which who why will with without won't work working would yes yesterday you your
"""))
# Words that alone say the writer reads English (one-word greetings and answers).
_ALONE = frozenset({"hello", "hi", "hey", "thanks", "help", "solved", "satisfied",
                    "unsatisfied", "unsolved", "fire", "gas", "smoke", "flood", "police",
                    "drowning", "electrocuted", "burglar", "thief", "ambulance", "emergency"})
_OWN_WORD = 4  # a word this long that no pinyin spells, among others, is English (kitchen fire)


def written_in(text: str) -> str | None:
    """"en", "zh", or None when this message does not tell."""
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    if han >= 2 and han * 3 >= latin:
        return "zh"
    if han > 2 or latin < 2:
        return None
    words = [w.lower() for w in _WORD.findall(text)]
    known = [w for w in words if w in _ENGLISH or w in _ALONE]
    if len(set(known)) >= 2 and len(known) * 3 >= len(words):
        return "en"
    if any(w in _ALONE or (len(words) > 1 and len(w) >= _OWN_WORD
                           and not PINYIN_WORD.fullmatch(w.replace("'", ""))) for w in words):
        return "en"  # a cry (FIRE, gas!, drowning) or a word no pinyin spells
    return None
