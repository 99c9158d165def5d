"""The rates per unit as supervisors read them in /stats and the digest: each unit's four rates,
and the ranking's lines (HTML parse mode)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.domain.figures import UnitRates, is_ranked
from bot.render import esc

UNRANKED = "（暂无到期或办结的工单，按时办结率无从计算，不参与排名）"


def rate_cells(rates: UnitRates) -> str:
    """The four rates of a unit, in RATE_NAMES order (bot.texts.for_supervisors)."""
    values = (rates.response, rates.solution, rates.satisfaction, rates.punctuality)
    return " / ".join("—" if v is None else f"{v * 100:.1f}%" for v in values)


def ranking_lines(rows: Sequence[tuple[str, UnitRates]]) -> list[str]:
    """Ranked units (bot.domain.figures.ranked: (name, rates), best first) numbered, then those
    with no 按时办结率 to measure, unnumbered: listed, not ranked above or below anyone."""
    return [f"{i}. {esc(name)}：{rate_cells(x)}" if is_ranked(x)
            else f"· {esc(name)}：{rate_cells(x)}{UNRANKED}"
            for i, (name, x) in enumerate(rows, 1)]
