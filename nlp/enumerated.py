"""A message that numbers its matters (一是…二是…, 第一…第二…, 1. 2., 1、2、, ①②, 一、二、): the
parts it numbers, so each is routed on its own words (nlp.router) and none is lost behind
another's unit or at the hotline.

A list counts only when it starts at one and goes on in order (一是 then 二是), each number after
a line break, a stop or a comma (3号楼, 1、2、3号楼 and 第一次 are no list); what comes before the
first number (领导好！俺反映三个事：) belongs to no part."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import replace

from nlp.result import RouteResult

_CHINESE = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
_BEFORE = r"(?:^|(?<=[\s。；;，,：:！!？?…]))"

# One pattern a style: the number it reads (a group), then the marker's own end.
_STYLES = (
    re.compile(_BEFORE + rf"(?:其)?([{_CHINESE}])是"),  # 一是, 二是; 其一是
    re.compile(_BEFORE + rf"第([{_CHINESE}])(?:[，,、：:.．]|是|件事|个事|个问题|点|条)"),
    re.compile(r"(?:" + _BEFORE + r"|[（(])([1-9１-９])[.．、)）](?![0-9０-９])"),
    re.compile(_BEFORE + rf"[（(]?([{_CHINESE}])[、)）]"),
    re.compile(rf"([{_CIRCLED}])"),
)


# Suggestions, not troubles: read whole, as before (a list of them over several units is the
# hotline's, nlp.ownership).
_PROPOSES = re.compile(r"建议|提(个|点|几点|几条)?意见")


def proposes(text: str) -> bool:
    """Whether `text` offers suggestions rather than tells troubles."""
    return _PROPOSES.search(text) is not None


def _number(mark: str) -> int:
    for digits in (_CHINESE, _CIRCLED):
        if mark in digits:
            return digits.index(mark) + 1
    return int(mark)


def parts(text: str) -> tuple[str, ...]:
    """The matters `text` numbers, each part's words without its number; () when it numbers
    fewer than two in order."""
    for style in _STYLES:
        found: list[re.Match[str]] = []
        for match in style.finditer(text):
            if _number(match.group(1)) == len(found) + 1:
                found.append(match)
        if len(found) < 2:
            continue
        ends = [match.start() for match in found[1:]] + [len(text)]
        pieces = tuple(text[match.end():end].strip(" \t\n，,；;。") for match, end
                       in zip(found, ends, strict=True))
        if all(pieces):
            return pieces
    return ()


def combined(whole: RouteResult, each: Sequence[RouteResult], fallback: str,
             names: Mapping[str, str]) -> RouteResult:
    """The routing of a message numbering its matters, from `whole` (the message read at once)
    and `each` part's: the unit most parts go to (the first listed of a tie) leads — an emergency
    keeps the unit its kind calls for — and every other unit a part goes to or also concerns is
    in `also`, so none is lost behind the main unit, to the hotline or to its buttons. Parts of
    one unit's matter are one ticket of that unit's."""
    placed = [part for part in each if part.kind == "report" and part.unit != fallback]
    if not placed:
        return whole
    units = list(dict.fromkeys(code for part in placed for code in (part.unit, *part.also)
                               if code != fallback))
    if whole.urgent:
        main = whole
    else:
        counts = Counter(part.unit for part in placed)
        lead = max(counts.values())
        main = next(part for part in placed if counts[part.unit] == lead)
    if main.unit == whole.unit:  # the message read at once named it too: its words explain it
        main = whole
    return replace(whole, unit=main.unit, unit_name=names.get(main.unit, main.unit_name),
                   confidence=main.confidence, keywords=main.keywords,
                   also=tuple(code for code in units if code != main.unit))
