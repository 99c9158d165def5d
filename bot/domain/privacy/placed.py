"""Names with a place between them and what was done for them: 走访李庄村刘翠花等农户.

Staff and supervisors write where the person lives between the action and the name (走访李庄村
刘翠花, 为胡集镇李庄村赵秀英申请了救助, 联系金城小区3组的王芳核实). Without the place the name is
found by its cue (names.py, served.py); with it, the cue stands too far from the name. So the place
is set aside and the text read again: a name found right where the place ended is a name with it,
and is masked for everyone (supervisors and staff as much as the public).
"""

from __future__ import annotations

import re

from bot.domain.privacy import aliases as _aliases
from bot.domain.privacy import names as _names
from bot.domain.privacy import served as _served
from bot.domain.privacy.numbers import Span
from bot.domain.privacy.places import PLACE_BEFORE_NAME

# The actions that lead to a person (names.VISITS), what is done for one (served.py) and thanks.
_CUES = f"{_names.VISITS}|帮助|帮扶|为|给|帮|替|感谢|谢谢|表扬|看看|找了|找"
_CUED_PLACE = re.compile(rf"(?:{_CUES})了?\s*({PLACE_BEFORE_NAME})")


def find(text: str, known: tuple[str, ...]) -> tuple[list[Span], list[str]]:
    """The spans of names that follow a place after a cue, and those names."""
    spans: list[Span] = []
    found: list[str] = []
    for m in _CUED_PLACE.finditer(text):
        start, end = m.span(1)
        cut = text[:start] + text[end:]
        named, _ = _names.find(cut, known)
        served, _ = _served.find(cut, named, cut=start)
        for s, e, kind in _aliases.whole(cut, named + served):
            if s == start and e > s:
                spans.append((end, end + e - s, kind))
                found.append(text[end:end + e - s])
    return spans, list(dict.fromkeys(found))
