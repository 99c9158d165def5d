"""The four supervision rates per unit over a period, exactly as the specification defines them.

- 响应率 = accepted within `accept_hours` ÷ dispatched (received in the period by a unit other
  than the manual-dispatch hotline; a ticket withdrawn before anyone accepted it is not counted)
- 解决率 = rated solved ÷ rated; 满意率 = (满意 + 基本满意) ÷ rated, where "rated" means the
  citizen chose a 满意度 in the period (默认满意 after an unanswered visit is not a rating)
- 按时办结率 = resolved on time (办结 no later than the deadline) ÷ (resolved in the period + open
  tickets overdue at the period's end)

A rate with an empty denominator is None (shown as "—"), never 0 or 100 %.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlite_utils import Database

from bot.config import FALLBACK_UNIT
from bot.tickets import iso

RATINGS = ("满意", "基本满意", "不满意")
DEFAULT_RATING = "默认满意"
OPEN_SQL = "state IN ('new', 'accepted', 'reopened')"  # must match the partial index exactly


@dataclass(frozen=True)
class UnitRates:
    unit: str
    dispatched: int = 0
    responded: int = 0
    rated: int = 0
    solved: int = 0
    satisfied: int = 0
    resolved: int = 0
    on_time: int = 0
    open_overdue: int = 0

    @property
    def response(self) -> float | None:
        return ratio(self.responded, self.dispatched)

    @property
    def solution(self) -> float | None:
        return ratio(self.solved, self.rated)

    @property
    def satisfaction(self) -> float | None:
        return ratio(self.satisfied, self.rated)

    @property
    def punctuality(self) -> float | None:
        return ratio(self.on_time, self.resolved + self.open_overdue)

    def __add__(self, other: UnitRates) -> UnitRates:
        return UnitRates(
            self.unit, self.dispatched + other.dispatched, self.responded + other.responded,
            self.rated + other.rated, self.solved + other.solved,
            self.satisfied + other.satisfied, self.resolved + other.resolved,
            self.on_time + other.on_time, self.open_overdue + other.open_overdue,
        )


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def unit_rates(db: Database, start: dt.datetime, end: dt.datetime, accept_hours: float,
               now: dt.datetime) -> dict[str, UnitRates]:
    """Rates per unit for tickets of the period [start, end); open overdue as of min(end, now)."""
    window = [iso(start), iso(end)]
    out: dict[str, UnitRates] = {}

    def merge(unit: str, **counts: int) -> None:
        out[unit] = replace(out.get(unit, UnitRates(unit)), **counts)  # type: ignore[arg-type]

    for row in db.query(
        "SELECT unit, count(*) AS n, sum(accepted_at IS NOT NULL AND"
        " (julianday(accepted_at) - julianday(received_at)) * 86400 <= ? + 0.5) AS ok"
        " FROM tickets WHERE received_at >= ? AND received_at < ? AND unit != ?"
        " AND NOT (state = 'withdrawn' AND accepted_at IS NULL) GROUP BY unit",
        [accept_hours * 3600, *window, FALLBACK_UNIT],
    ):
        merge(row["unit"], dispatched=row["n"], responded=row["ok"] or 0)
    for row in db.query(
        "SELECT unit, count(*) AS n, sum(solved = 1) AS solved,"
        " sum(rating IN ('满意', '基本满意')) AS happy FROM tickets"
        " WHERE rated_at >= ? AND rated_at < ? AND rating IN ('满意', '基本满意', '不满意')"
        " GROUP BY unit", window,
    ):
        merge(row["unit"], rated=row["n"], solved=row["solved"] or 0,
              satisfied=row["happy"] or 0)
    for row in db.query(
        "SELECT unit, count(*) AS n, sum(resolved_at <= deadline) AS ok FROM tickets"
        " WHERE resolved_at >= ? AND resolved_at < ? GROUP BY unit", window,
    ):
        merge(row["unit"], resolved=row["n"], on_time=row["ok"] or 0)
    cutoff = iso(min(end, now))
    for row in db.query(
        f"SELECT unit, count(*) AS n FROM tickets WHERE {OPEN_SQL} AND deadline < ?"
        " AND received_at < ? GROUP BY unit", [cutoff, window[1]],
    ):
        merge(row["unit"], open_overdue=row["n"])
    return out


def total(rows: Iterable[UnitRates], label: str = "") -> UnitRates:
    result = UnitRates(label)
    for row in rows:
        result = result + row
    return result


def ranked(rates: Iterable[UnitRates]) -> list[UnitRates]:
    """Best first: 按时办结率, then 满意率, then 响应率 (a missing rate sorts last)."""
    def key(r: UnitRates) -> tuple[float, float, float, str]:
        return (-(r.punctuality if r.punctuality is not None else -1),
                -(r.satisfaction if r.satisfaction is not None else -1),
                -(r.response if r.response is not None else -1), r.unit)
    return sorted(rates, key=key)
