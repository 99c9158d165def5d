"""A unit as staff and operators type it where a unit code is asked for (/transfer, `invite
--unit`): its code, its exact name (县住房和城乡建设局, with or without the county's name or 县
before it), or a short name people use (住建局, 市场监管局, 残联) when it fits one unit only.
What fits no unit or several is answered with the units it could mean: those a short name fits
(县局: every 局), else those whose names it nearly matches (水利局 for 水务局), else those whose name
without its kind of body (局, 公司 …) has the short name's (供电局: 国网金乡县供电公司). The names
everyone uses that share no characters with the official one (城管 for 综合行政执法局, 卫健委,
环保局, 国土局, 交警) are taken for the unit of that kind, by its code in the default units."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import get_close_matches

from bot.config import Unit

# What people call a unit whose official name holds none of it, by the default units' codes.
_POPULAR = {
    "城管": "urban", "城管局": "urban", "城管执法": "urban", "城管大队": "urban",
    "卫健委": "health", "卫计委": "health",
    "环保局": "ecology", "环保": "ecology", "环境局": "ecology",
    "国土局": "land", "国土": "land",
    "交警": "police", "交警队": "police", "交警大队": "police", "派出所": "police",
    "电业局": "power", "供电所": "power", "电力公司": "power",
    "房管局": "housing", "社保局": "hrss", "劳动局": "hrss",
}


def find_unit(units: Sequence[Unit], county: str, typed: str) -> tuple[Unit | None, list[Unit]]:
    """The unit `typed` names, or None with the units it could be (none when nothing comes
    near it; one for a single character or a near miss, which are never taken for a unit)."""
    text = typed.strip()
    code = text.lower()
    if found := next((u for u in units if u.code == code), None):
        return found, []
    bare = _bare(text, county)
    if not bare:
        return None, []
    if found := next((u for u in units if _bare(u.name, county) == bare), None):
        return found, []
    if found := next((u for u in units if u.code == _POPULAR.get(bare)), None):
        return found, []
    fits = [u for u in units if _abbreviates(bare, _bare(u.name, county))]
    if len(fits) == 1 and len(bare) >= 2:
        return fits[0], []
    return None, fits or _near(units, county, bare) or _same_stem(units, county, bare)


def _near(units: Sequence[Unit], county: str, bare: str) -> list[Unit]:
    """The units whose names `bare` nearly matches, closest first (水利局: 水务局)."""
    names = {_bare(u.name, county): u for u in units}
    return [names[n] for n in get_close_matches(bare, list(names), n=5, cutoff=0.6)]


# The kind of body a unit's name ends with: people call a company 局 (供电局 for 供电公司).
_KIND = re.compile(r"(?:局|公司|委员会|委|中心|办公室|办|所|站|院|队|会)$")


def _same_stem(units: Sequence[Unit], county: str, bare: str) -> list[Unit]:
    """The units whose names, their kind of body aside, hold `bare`'s stem (供电 of 供电局) —
    never taken for a unit, only suggested."""
    stem = _KIND.sub("", bare)
    if len(stem) < 2:
        return []
    return [u for u in units if _abbreviates(stem, _KIND.sub("", _bare(u.name, county)))]


def _bare(name: str, county: str) -> str:
    """A unit's name without the county's name or 县 before it (金乡县水务局 → 水务局)."""
    for prefix in (county, "县"):
        if prefix and name.startswith(prefix) and len(name) > len(prefix):
            name = name[len(prefix):]
    return name


def _abbreviates(short: str, name: str) -> bool:
    """Whether `short` is written with characters of `name` in their order (住建局 of
    住房和城乡建设局): Chinese short names keep a character or two of each word."""
    rest = iter(name)
    return all(ch in rest for ch in short)
