"""Water that keeps seeping or overflowing: a persisting nuisance, not water breaking in now.

"污水井还在往外冒水", "楼上天天往我家渗水", "化粪池一直往外溢出" tell of a drain, a pipe or a ceiling that
has leaked for a while and still does (还在, 一直, 老是, 天天 …): a matter for the water bureau or
the estate, which may be urgent to the writer but puts nobody in danger. Its words (还在 read as
the moment, 往外冒水 as water rising) are no sign of an emergency (nlp.not_now); what else the
message says still counts (a child fallen into the well, water up to the bed).

Flood verbs (灌, 涌, 漫, 冲) are no seepage, water coming inside (一直往里冒水) breaks in, and a
dike, dam or weir that seeps (堤坝还在渗水) may give way: none is read as a nuisance. Patterns work
on normalised text.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["seeping"]

# Still or again and again: 还在, 一直, 老是, 天天 …
_PERSIST = (r"(还在|还是|一直|老是|总是|老在|总在|天天|每天|成天|整天|不停|不断|始终|仍然|仍在|依然|照样)"
            r"(地|的|在)?")
# A seepage or overflow of water: 冒水, 漏水, 渗水, 返水, 溢出 (the gap may say where: 往我家).
_SEEP = (r"(往外|向外|朝外|往下|往上)?(冒|漏|渗|返|溢|淌)(出)?(来)?(污|脏|臭|黑|清|废)?水|"
         r"(往外|向外|朝外|往上)?(溢|返)(出|上来)|渗(出|漏)")
# Water coming inside (往里冒水, 往屋里渗) is water breaking in, whether or not it goes on.
_SPAN = re.compile(rf"{_PERSIST}[^,，。!！?？里进屋]{{0,4}}?({_SEEP})")
# A dike, dam or weir seeping may burst: that is a flood about to happen, not a nuisance.
_BARRIER = re.compile(r"堤|坝|堰|闸|决口")


@lru_cache(maxsize=512)
def _spans(text: str) -> tuple[tuple[int, int], ...]:
    if _BARRIER.search(text):
        return ()
    return tuple(m.span() for m in _SPAN.finditer(text))


def seeping(text: str, start: int, end: int) -> bool:
    """True when text[start:end] lies within a persisting seepage (还在往外冒水, 一直漏水)."""
    return any(first <= start and end <= last for first, last in _spans(text))
