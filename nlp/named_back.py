"""A report that opens by naming back a matter the writer told before: as one, then a pause
(铁锈味那个，今天又有味了; 停水那件事，…; 路灯的事：…), or granting what was done for it before
turning to what is still wrong (水是来了，可是放出来是黄的; 灯是修好了，就是…). Such a report is
about that earlier matter, or follows on from it; which finished ticket of the writer's it
names is the bot's question (bot/actions/named_back.py), since only it knows their tickets.
Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Back", "back"]

# The matter named as one, then a pause: 铁锈味那个, 我上次说的停水那件事, 那个路灯的问题.
_NAMED = re.compile(
    r"^(?:(?:我|俺|咱)(?:们)?(?:家)?)?(?:上次|上回|之前|前几天|前天|昨天|刚才)?"
    r"(?:(?:说|反映|报|提)(?:过)?的)?(?:那个|这个)?(?P<span>[\u4e00-\u9fff]{1,10}?)"
    r"(?:那个事情?|那件事情?|那事儿?|的事情?|那个问题|的问题|那个)[,:;\s]")
# What was done granted, then what is still wrong: 水是来了，可是…; 路是修好了，就是….
_GRANTED = re.compile(
    r"^(?P<span>[\u4e00-\u9fff]{1,6}?)(?:倒|确实|虽然|虽说)?是[\u4e00-\u9fff]{1,4}?了[,\s]*"
    r"(?:可是|但是|就是|不过|只是|可|但)")


@dataclass(frozen=True)
class Back:
    """The words naming the earlier matter (`span`), and whether the report grants what was
    done for it (`granted`: a follow-on, not a dispute of the result)."""

    span: str
    granted: bool


def back(text: str) -> Back | None:
    """How a normalised report names back an earlier matter at its start, else None."""
    if (found := _GRANTED.match(text)) is not None:
        return Back(found["span"], True)
    if (found := _NAMED.match(text)) is not None:
        return Back(found["span"], False)
    return None
