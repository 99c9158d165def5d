"""Supervision figures: the four rates per unit, and the daily digest's data.

Rates over a period, exactly as the specification defines them (the counts come from
bot/store/reports.py):
- 响应率 = accepted within `accept_hours` ÷ dispatched (received in the period by a unit other
  than the manual-dispatch hotline; a ticket withdrawn unsigned within `accept_hours` is not
  counted, one withdrawn after that time had passed unsigned stays a miss)
- 解决率 = rated solved ÷ rated; 满意率 = (满意 + 基本满意) ÷ rated, where "rated" means the
  citizen chose a 满意度 in the period (默认满意 after an unanswered visit is not a rating), as
  it stood at the period's end (a second 回访 after it changes nothing in it)
- 按时办结率 = resolved on time (办结 no later than the deadline) ÷ (resolved in the period + tickets
  open and overdue at the period's end, by the audit log: a later 办结 or 延期 changes nothing)

A rate with an empty denominator is None (shown as "—"), never 0 or 100 %.

Each ticket counts for the unit that held it at the period's end (the audit log says which), in
the digest (its day's end) as in /stats (now): a 退单 after the period moves nothing back. What
happened is read from the audit log as it stood then, so a period's figures do not change after
the fact: 签收 is the first accept by that unit (a later transfer clears `accepted_at`, not the
past), a 办结 the citizen sent back (重办) before the period's end is not resolved at all, and
a 办结 is on time by the deadline in force when it happened (kept with it in the audit log), not
by the one a later 重办, 延期 or 督办 gave the ticket.

受理 (`received`) is every ticket received in the period, whatever became of it — the hotline's
(manual dispatch) and withdrawn ones included: the digest's 新受理 and /stats' 受理 are the same
count. It is not a rate's denominator: 响应率 divides by `dispatched`, shown beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bot.config import FALLBACK_UNIT
from bot.domain.calendar import Gap

STATS_DEFAULT_DAYS = 30  # /stats without a period
STATS_MAX_DAYS = 3660  # the longest period /stats takes (ten years)


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
    received: int = 0  # 受理: every ticket received in the period (not a denominator)

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
            self.received + other.received,
        )

    @property
    def has_rates(self) -> bool:
        """Some rate has a denominator: the unit belongs in a ranking."""
        return bool(self.dispatched or self.rated or self.resolved or self.open_overdue)


def ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def total(rows: Iterable[UnitRates], label: str = "") -> UnitRates:
    result = UnitRates(label)
    for row in rows:
        result = result + row
    return result


def ranked(rates: Iterable[UnitRates]) -> list[UnitRates]:
    """Best first: 按时办结率, then 满意率, then 响应率, then the unit code. A unit with no
    按时办结率 to measure (—: nothing finished or due) comes after all that have one, at 0 %
    too: it is listed but not ranked (bot.texts.for_supervisors.ranking_lines), so it neither
    ranks above a unit at 0 % nor below it. At 满意率 and 响应率, which only break ties, — ranks
    below any rate above 0 % and above 0 %: nobody ranks above another for having failed all
    it was measured on."""
    def key(r: UnitRates) -> tuple[bool, tuple[int, float], tuple[int, float],
                                   tuple[int, float], str]:
        return (not is_ranked(r), _standing(r.punctuality), _standing(r.satisfaction),
                _standing(r.response), r.unit)
    return sorted((r for r in rates if r.has_rates), key=key)


def is_ranked(rates: UnitRates) -> bool:
    """Whether a unit takes a place in the ranking: it has a 按时办结率 to measure."""
    return rates.punctuality is not None


def split_manual(rates: Iterable[UnitRates]) -> tuple[list[UnitRates], UnitRates | None]:
    """The ranking (best first) without the manual-dispatch hotline, and the hotline's own line
    when it has something measured: it holds tickets nobody could route, it does not handle
    them, so it is shown beside the ranking, not in it — and the county's line, which counts
    its tickets, still adds up to the lines shown."""
    rows = list(rates)
    manual = next((r for r in rows if r.unit == FALLBACK_UNIT and r.has_rates), None)
    return ranked(r for r in rows if r.unit != FALLBACK_UNIT), manual


def _standing(rate: float | None) -> tuple[int, float]:
    """A rate's place in a ranking, smaller first: some success, nothing to measure, none."""
    if rate is None:
        return (1, 0.0)
    return (0, -rate) if rate > 0 else (2, 0.0)


# --- the daily digest ------------------------------------------------------------------------

@dataclass(frozen=True)
class UnitLine:
    unit: str
    name: str
    new: int = 0
    closed: int = 0
    open: int = 0
    overdue: int = 0
    listed: int = 0  # tickets overdue long enough for 约谈/通报


@dataclass(frozen=True)
class Digest:
    county: str
    day: dt.date
    units: tuple[UnitLine, ...]
    new: int
    closed: int
    dispatch: tuple[tuple[str, str], ...]  # (number, masked summary) awaiting manual dispatch
    dispatch_total: int
    urgent: tuple[tuple[str, str, str], ...]  # (number, unit name, masked summary), open urgent
    urgent_total: int
    rates: tuple[UnitRates, ...]  # ranked, best first, without the hotline
    county_rates: UnitRates
    listed: tuple[tuple[str, str, int], ...]  # (unit name, number, working days overdue)
    unhappy: tuple[tuple[str, str], ...]  # (number, unit name): second 不满意, closed that day
    topics: tuple[tuple[str, int, int], ...]  # (keyword, this week, last week)
    unreachable: tuple[str, ...] = ()  # names of units with no group chat and no staff
    late: bool = False  # sent after its day, when the bot caught up
    calendar_gap: Gap | None = None  # the weekly reminder that the 调休 schedule is missing
    as_of: dt.datetime | None = None  # county time the open and overdue counts were taken
    preview: bool = False  # asked for before its `[digest] time`: not the digest as issued
    manual: UnitRates | None = None  # the manual-dispatch hotline's rates, outside the ranking
    listed_hours: tuple[tuple[str, int], ...] = ()  # (number, hours overdue) of urgent ones listed
    # (number, unit name, 办结 awaiting its 回访) whose citizen nobody can reach (无法联系)
    unreached: tuple[tuple[str, str, bool], ...] = ()
    unreached_total: int = 0
    # (unit name, count, first numbers): open tickets unsigned past `accept_hours` (urgent
    # ones, the hotline's too, past an hour: bot.domain.signing), urgent ones first
    unsigned: tuple[tuple[str, int, tuple[str, ...]], ...] = ()
    accept_hours: float = 0  # the 签收 time the 超时未签收 lines count by; 0: a digest kept before
    urgent_accept_hours: float = 0  # an urgent ticket's (bot.domain.signing); 0: kept before

    def unit_name(self, code: str) -> str:
        return next((u.name for u in self.units if u.unit == code), code)

    @property
    def rates_until(self) -> dt.datetime | None:
        """County time the rates count to: the day's end, or `as_of` when that came first (a
        preview of today)."""
        if self.as_of is None:
            return None
        end = dt.datetime.combine(self.day + dt.timedelta(days=1), dt.time(), self.as_of.tzinfo)
        return min(end, self.as_of)
