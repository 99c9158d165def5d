"""Which of several tickets closed as 默认满意 (or just finished) a 回访 answer is about (refs
#10): the one whose matter the answer names — by the ticket's own words or routing keywords, else by its
unit — and, between tickets of one unit that both hold the word (还是没水 with a water cut and a
blocked drain's 污水), the one that told that supply cut (停水, 一直没有来水). None fits, or
several still do: nobody can say, and the citizen is asked.

Pure: the tickets come in as the reading sees them (bot/domain/reading.Open).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.domain import reading
from bot.domain.visit_clauses import Matter

# A supply told as cut or not coming (停水, 没有来水, 水一直不来, 没电, 灯不亮): what 还是没水 is of.
_CUT = re.compile(r"停(水|电|暖|气|网)|没有?来?(水|电|暖气|气|网)"
                  r"|(水|电|暖气|气|网|灯)(?:一直|到现在|现在|也|还是|还|都|是)*(?:没|不)(?:来|有|通|亮)")
_SUPPLY = {"暖": "暖气", "燃气": "气"}


def _cuts(text: str) -> set[str]:
    """The supplies a text tells as cut (小区停水三天了 → 水)."""
    found = {next(g for g in m.groups() if g) for m in _CUT.finditer(text)}
    return {_SUPPLY.get(s, s) for s in found}


# Latin words that tell no matter: the answers, thanks and the words around them.
_LATIN = re.compile(r"[a-z]{4,}")
_NO_MATTER = frozenset(re.findall(r"\w+",
    "fixed thank thanks very much satisfied unsatisfied solved still there that this with have "
    "been they them your please really good great okay called came nobody working broken "
    "again done happy unhappy fine sorted repaired what when were will would about"))


def _latin(text: str) -> set[str]:
    """The Latin words of a text that may name its matter (light, dogs, water)."""
    return set(_LATIN.findall(text.lower())) - _NO_MATTER


def meant(tickets: Sequence[reading.Open], matter: Matter, unit: str | None
          ) -> list[reading.Open]:
    """The tickets an answer is about, closest only: `matter` is what it names
    (bot/domain/visit_clauses.matter_named), `unit` where its words route (the street light →
    the lamps' unit), else, in English, a word of the ticket's own (the light is fixed now: the
    street light's). Empty when it names nothing any of them is of."""
    closest = reading.meant(tickets, sorted(matter.words), matter.unit or unit)
    if not closest and (words := _latin(matter.rest)):
        return [t for t in tickets if words & _latin(t.text)]
    if len(closest) > 1 and (cut := _cuts(matter.rest) | {w for w in matter.words
                                                          if w in ("水", "电", "气", "网")}):
        told = [t for t in closest if _cuts(t.text) & cut]
        return told or closest
    return closest
