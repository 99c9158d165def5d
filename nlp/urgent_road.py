"""What holds someone hurt in an emergency (nlp.urgent): a fire, water, a crowd … is a rescue
whoever is hurt; a road crash holds them only while the driver flees (撞人了…肇事的跑了, a hit and
run: the police's). Someone hit on the road and bleeding, the driver still there, is hurt and
nothing holds them: a medical emergency, with the advice for someone hurt (120, do not move them)."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["holding"]

_CAUGHT = frozenset({"fire", "smoke", "blast", "water", "traffic", "crowd", "leak"})
_FLED = re.compile(
    r"肇事|逃逸|逃跑|跑了|开走了|溜了|\bfled\b|\b(drove|sped|ran) (off|away)\b|hit[- ]and[- ]run")


def holding(kinds: Iterable[str], text: str) -> set[str]:
    """The kinds among these that hold someone hurt in the emergency this text tells of."""
    held = set(kinds) & _CAUGHT
    if "traffic" in held and not _FLED.search(text):
        held.discard("traffic")
    return held
