"""Which phone numbers can be dialled back: `/contact` offers only those (refs #10).

A number cut short — the first seven digits of a mobile at the end of one message, the rest in
the next (有事打电话139 0537, then 5678 找我就行) — is masked all the same, but it is no number to
call: `whole` tells a mobile, a landline with its area code (or after +86) and a local number
(7–8 digits, never starting 0 or 1) from a part of one, and `joined` reads the halves of a
number told in two messages in a row as the number they make.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from bot.domain.privacy.digits import DIGITS
from bot.domain.privacy.kinds import landline, mobile, phone
from bot.domain.privacy.plain import fold

__all__ = ["joined", "whole"]

# Digits and the separators between them (digits.DIGITS turns every separator into "-"), at the
# very end of one message and the very start of the next; a mark or a space may close the first.
_TAIL = re.compile(r"(?<![0-9])([0-9][0-9-]*)[-\s，,。.:：]*$")
_HEAD = re.compile(r"^[-\s]*([0-9][0-9-]*)(?![0-9])")


def whole(digits: str) -> bool:
    """A number that can be dialled as it stands."""
    return phone(digits, digits.startswith("86")) or (
        len(digits) in (7, 8) and digits.isdigit() and digits[0] not in "01")


def joined(texts: Sequence[str]) -> list[str]:
    """Numbers made of the digits ending one text and those starting the next, where neither part
    is a whole number and together they are a mobile or a landline with its area code."""
    found: list[str] = []
    read = [fold(text).translate(DIGITS) for text in texts]
    for first, then in pairwise(read):
        tail, head = _TAIL.search(first), _HEAD.search(then)
        if not tail or not head:
            continue
        before, after = tail.group(1).replace("-", ""), head.group(1).replace("-", "")
        number = before + after
        if not whole(before) and not whole(after) and (mobile(number) or landline(number)) \
                and number not in found:
            found.append(number)
    return found
