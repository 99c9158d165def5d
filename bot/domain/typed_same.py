"""Whether two things a person typed say the same: a command sent again with a trailing 。, in
full-width digits (３天内) or with other spaces is the same command, not a new one."""

from __future__ import annotations

import unicodedata

__all__ = ["same_typed", "typed_form"]


def typed_form(text: str) -> str:
    """`text` as compared: half-width (NFKC: ３→3, ，→,), without spaces or punctuation."""
    folded = unicodedata.normalize("NFKC", text)
    return "".join(c for c in folded if unicodedata.category(c)[0] not in "PZC")


def same_typed(first: str, second: str) -> bool:
    """Whether `first` and `second` have the same words, however spaced and punctuated."""
    return typed_form(first) == typed_form(second)
