"""A press that names its matter without pointing back in time (井盖那个事怎么还没人来修，快点啊;
停水的事到现在还没人来; 井盖怎么还没人来修; 路灯的事到底管不管): the words naming the matter, then
why nothing has happened yet, a plea to hurry, or whether anyone will act at all. Read so only
when the writer has an open ticket of that matter (bot/actions/press_named.py decides which);
otherwise it is a report like any other.

nlp.chase_referred reads a reference back (刚才…那个事, 我反映的…) or a question after a matter
named as one (下水道那个事有人管了吗); this reads the same naming followed by a press instead
of a question. Patterns work on normalised text (nlp.tokenizer.normalize).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Pressed", "pressed"]

# Why nothing has happened yet, or hurry up — or whether anyone will act at all (到底管不管,
# 有没有人管, 还管不管: pressing, never asking for news).
_DO = r"(?:管|理|修|查|处理|解决|办)"
_PRESS = (r"(?:怎么|咋|为啥|为什么|凭什么)(?:还|到现在|一直|迟迟)|还(?:没|不|未)|一直(?:没|不)|"
          r"到现在(?:还|也|都)?|至今|迟迟|快点|快些|快来|赶紧|赶快|抓紧|尽快|催一?下|催催|人呢|"
          r"(?:什么|啥)时候(?:来|修|管|弄|处理|解决|能)|多久了|等了|"
          rf"{_DO}不{_DO}|有没有人{_DO}|有人{_DO}(?:没|吗|么)|没人{_DO}")
# The matter named as one: 井盖那个事, 停水的事, 那个路灯的问题, 停水那个 (到底啥时候能修好).
_MARKED = re.compile(
    r"^(?:那个|这个|我的|俺的|咱的)?(?P<span>[^,.!?;]{1,12}?)"
    r"(?:那个事情?|那件事情?|那事儿?|的事情?|这个事情?|那个问题|的问题|那个情况|的情况|那个)"
    rf"[,\s]*(?P<rest>(?:到底|究竟|倒是)?(?:{_PRESS}).*)$")
# The matter named bare, the press right after it: 井盖怎么还没人来修.
_BARE = re.compile(
    r"^(?:那个|这个|我的|俺的|咱的)?(?P<span>[\u4e00-\u9fff]{2,8}?)"
    r"(?P<rest>(?:(?:怎么|咋|为啥|为什么)(?:还|到现在|一直)|到现在(?:还|也|都)|一直没|至今).*)$")
# What tells a matter anew, not the one already reported: 又, another, besides.
_ANEW = re.compile(r"又|再次|另外|还有|此外|别的|另一")


@dataclass(frozen=True)
class Pressed:
    """The words naming the matter (`span`), what the message says besides (`rest`), and
    whether the matter was named as one (那个事, 的问题: `marked`) or bare."""

    span: str
    rest: str
    marked: bool


def pressed(text: str) -> Pressed | None:
    """A normalised message that names a matter and presses for it, else None (it tells the
    matter anew: 井盖又丢了一个，怎么还没人管)."""
    if _ANEW.search(text):
        return None
    for pattern, marked in ((_MARKED, True), (_BARE, False)):
        found = pattern.match(text.strip())
        if found is not None:
            return Pressed(found["span"], found["rest"], marked)
    return None
