"""A wish to withdraw written in English (refs #10: an outside tester's `Please withdraw case
20261204-0002, it was fixed.` was read as a 回访 answer of another case, and `Please cancel my
report about the lift, it works again` opened a new one), read as nlp.withdrawal reads Chinese:
words that call a case off (withdraw, cancel, revoke …), the case numbers, and at most a few words
naming the matter meant (the lift); clauses that only say why (it was fixed, it works again) set
aside. Anything else said makes it no withdrawal (They cancel the bus to our village every
Sunday is a report). Works on normalised (lower-case) text.
"""

from __future__ import annotations

import re

__all__ = ["read_english"]

_CALL_OFF = re.compile(r"\b(?:withdraw|cancel|revoke|retract|delete|scrap|call off|take back)\b")
_NUMBER = re.compile(r"(?<![\d-])(?:(?P<whole>20\d{6}-\d{4,})|(?:(?:case|report|ticket|complaint|"
                     r"number)s?|nos?\.?|#)\s*#?\s*(?P<seq>\d{1,6}))(?![\d-])")
# More numbers listed after one (case 3 and 4, cases 3, 4 and 5, #3 & #4): each its own case.
_MORE = re.compile(r"\s*(?:,|&|/|\band\b)\s*(?:and\s+)?#?\s*(?:(?P<whole>20\d{6}-\d{4,})|"
                   r"(?P<seq>\d{1,6}))(?![\d-])(?!\s*(?:[:.]\d|(?:days?|weeks?|months?|years?|"
                   r"hours?|minutes?|times?|am|pm)\b))")  # 2 days ago says when, not which
_REASON = re.compile(r"\b(?:fixed|repaired|solved|resolved|sorted|works?|working|back|mistake|"
                     r"wrong|error|longer|needed|fine|ok|okay|done|cleared|gone|came|restored)\b")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
_FILLER = frozenset(re.findall(r"\S+", """
a about again all also am an and any anymore are as be been by can could dear do don't earlier
for from hi hello i i'd i'm if is it it's just kindly last let like me mine my need now of ok
okay on one our please previous re regarding report reports request sent sorry that the
thank thanks this to ticket case cases complaint complaints was we we'd what which would want
wanted wish like pls plz
you your yours number no
"""))
_ABOUT_WORDS = 3  # the matter meant is named in at most this many words
_REASON_WORDS = 8  # a clause saying why is at most this long
_CLAUSE = re.compile(r"[^,.!?;:]+")


def read_english(plain: str) -> tuple[tuple[str, ...], str] | None:
    """The case numbers and the matter words (the lift) of an English wish to withdraw, or
    None when `plain` (normalised) is none."""
    if "?" in plain or not _CALL_OFF.search(plain) or re.search(r"[\u4e00-\u9fff]", plain):
        return None
    numbers, plain = _numbers(plain)
    left: list[str] = []
    for clause in _CLAUSE.findall(plain):
        words = [w for w in _WORD.findall(_CALL_OFF.sub(" ", clause)) if w not in _FILLER]
        if not _CALL_OFF.search(clause) and _REASON.search(clause) \
                and len(_WORD.findall(clause)) <= _REASON_WORDS:
            continue  # it was fixed: why, not what
        left.extend(words)
    if len(left) > _ABOUT_WORDS:
        return None
    return numbers, " ".join(left)


def _numbers(plain: str) -> tuple[tuple[str, ...], str]:
    """The case numbers `plain` names (case 3 and 4: both), and `plain` without them."""
    found: list[str] = []
    rest, at = [], 0
    for first in _NUMBER.finditer(plain):
        if first.start() < at:
            continue  # listed after the one before (case 3 and #4)
        found.append(first["whole"] or first["seq"])
        rest.append(plain[at:first.start()])
        at = first.end()
        while (more := _MORE.match(plain, at)) is not None:
            found.append(more["whole"] or more["seq"])
            at = more.end()
    return tuple(dict.fromkeys(found)), " ".join([*rest, plain[at:]])
