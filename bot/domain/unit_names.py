"""A unit as staff and operators type it where a unit code is asked for (/transfer, `invite
--unit`): its code, its exact name (县住房和城乡建设局, with or without the county's name or 县
before it), or a short name people use (住建局, 市场监管局, 残联) when it fits one unit only."""

from __future__ import annotations

from collections.abc import Sequence

from bot.config import Unit


def find_unit(units: Sequence[Unit], county: str, typed: str) -> tuple[Unit | None, list[Unit]]:
    """The unit `typed` names, or None with the units it could be (none when it fits none,
    several when a short name is ambiguous)."""
    text = typed.strip()
    code = text.lower()
    if found := next((u for u in units if u.code == code), None):
        return found, []
    bare = _bare(text, county)
    if not bare:
        return None, []
    if found := next((u for u in units if _bare(u.name, county) == bare), None):
        return found, []
    fits = [u for u in units if len(bare) >= 2 and _abbreviates(bare, _bare(u.name, county))]
    return (fits[0], []) if len(fits) == 1 else (None, fits)


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
