"""Short English lines that say no matter of their own, read for the Chinese readers that read
the same lines in Chinese (refs #10): a line that only says where the writer lives (I live in
Houwanglou village; nlp.fragments.place_only, 俺是后王楼村的), and an answer to a unit's question
that only gives a place, a time, a phone number or a yes or no (Group 3, the house next to the
well; nlp.answered.answers, 三组，井边上那家). Each Chinese reader asks `in_letters` once and,
for a line in letters, reads it here: the readings stay one per meaning, whatever the language.
Patterns work on normalised text (nlp.tokenizer.normalize: lower case, ASCII marks).
"""

from __future__ import annotations

import re

from nlp.tokenizer import normalize

__all__ = ["answer_only", "in_letters", "place_said"]

_HAN = re.compile(r"[\u3400-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_ANSWER_WORDS = 14  # an answer that gives only what was asked is no longer than this

# A named place: Houwanglou village, Sunshine Garden, Jinshan Road, Chengguan town.
_PLACE_KIND = (r"(?:village|street|st|road|rd|lane|alley|avenue|ave|community|estate|compound|"
               r"residential area|garden|gardens|park|town|township|county|district|square|market|"
               r"neighbou?rhood|new village|apartments?|building|block|tower|plaza|court|"
               r"hutong|cun|zhen|xiang|jie|lu)")
_NAMED = rf"\b(?:[a-z][a-z'-]*\s){{0,3}}{_PLACE_KIND}\b"
# A spot inside it: group 3, building 5, unit 2, room 301, no. 12, 3rd floor, 12 Jinshan Road.
_SPOT = (r"(?:(?:group|team|building|bldg|block|unit|room|rm|flat|apartment|apt|floor|house|"
         r"door|gate|entrance|no\.?|number|row|lane|#)\s?#?\d+[a-z]?|"
         r"\d+(?:st|nd|rd|th)?\s(?:floor|group|team|building|block|unit|room)|\d+[a-z]?)")
_WHERE = re.compile(rf"{_NAMED}|{_SPOT}")
# Where it is from a landmark: next to the well, behind the school, opposite the shop.
_BESIDE = re.compile(
    r"\b(?:next to|near|nearby|behind|opposite|in front of|beside|across from|across the road "
    r"from|at the (?:end|corner|back|side) of|by|outside|inside|east of|west of|north of|"
    r"south of|close to|facing|past|after)\s(?:the |a |our |my )?(?:[a-z'-]+\s?){1,2}")
_TIME = re.compile(
    r"\b(?:\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|o'?clock)|\d{1,2}:\d{2}|today|tonight|"
    r"tomorrow|yesterday|morning|afternoon|evening|night|noon|midday|weekend|weekdays?|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|any ?time|all day|all evening|after work|"
    r"(?:this|next|last) (?:week|month)|\d+\s(?:days?|weeks?|hours?|months?)(?: ago)?|"
    r"since|until|till|before|after|from|around|about|at|on|in the)\b")
_PHONE = re.compile(r"\+?\d[\d\s-]{6,}\d")
_YES_NO = re.compile(
    r"\b(?:yes|yeah|yep|sure|ok|okay|fine|good|correct|right|that's right|no|nope|not really|of course|"
    r"(?:i|we)(?:'m|'re| am| are| will be| ll be| can be)? (?:not )?(?:home|at home|in|there|"
    r"available|free|around)|(?:you )?can (?:call|come|reach)(?: me| us)?|"
    r"(?:i|we) (?:don't|do not) know|not sure)\b")
_FILLER = re.compile(
    r"\b(?:the|a|an|it|it's|its|is|are|was|we|i|i'm|my|our|us|me|you|your|house|home|place|"
    r"family|flat|door|one|there|here|this|that|and|or|of|in|at|on|to|live|lives|living|stay|"
    r"staying|located|address|phone|number|mobile|call|please|thanks|thank|just|only|side|end|"
    r"east|west|north|south|corner|yellow|red|white|blue|green|big|small|old|new|first|second|"
    r"third|fourth|fifth|sixth|last|left|right|up|down|stairs|upstairs|downstairs|well|then|also|so|yes)\b")
# Where the writer lives or is, said alone: I live in …, I'm from …, we are in …, my address is …
_SELF = re.compile(
    r"^(?:(?:hi|hello|hey|dear\s\w+)[,.!\s]*)?(?:(?:i|we)\s(?:live|am living|are living|stay|"
    r"am staying|am|'m|are|'re)\s(?:in|at|from|on)|(?:i'm|i am|we're|we are)\s(?:from|in|at)|"
    r"i'm|(?:my|our) (?:home|house|address|place|family) is(?: in| at| on)?|"
    r"(?:this is|writing from|i come from|we come from))\s(?P<place>(?:the\s)?(?:"
    rf"{_SPOT}[,\s]+)*{_NAMED}(?:[,\s]+{_SPOT})*)[\s.!,]*$")
_MARKS = re.compile(r"[\W_]+")


def in_letters(text: str) -> bool:
    """Whether text is written in letters, with no Chinese to read."""
    return _HAN.search(text) is None and _LATIN.search(text) is not None


def place_said(text: str) -> str | None:
    """The place a line names when it says nothing but where the writer lives or is (I live in
    Houwanglou village., We're in Sunshine Garden, building 3), as written: that place, else
    None (I live in Houwanglou village and the road is flooded tells a matter)."""
    found = _SELF.match(normalize(text).strip())
    if found is None:
        return None
    place = found["place"].strip(" ,")
    written = re.search(re.escape(place), text, re.IGNORECASE)
    return written.group() if written is not None else place


def answer_only(text: str) -> bool:
    """Whether a normalised line only answers a question with a place, a time, a phone number or
    a yes or no, saying no matter of its own (Group 3, the house next to the well; after 6pm,
    I'm home all evening; yes, 13812345678)."""
    if len(text.split()) > _ANSWER_WORDS:
        return False
    rest = _PHONE.sub(" ", text)
    for pattern in (_TIME, _BESIDE, _WHERE, _YES_NO, _FILLER):
        rest = pattern.sub(" ", rest)
    return not _MARKS.sub("", rest)
