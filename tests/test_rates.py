"""The four rates, checked against figures worked out by hand from spec §5."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from bot.domain.figures import UnitRates, percent, ranked, total
from bot.domain.tickets import iso
from bot.store.reports import unit_rates
from bot.store.tickets import log_event
from bot.texts.ranking import ranking_lines
from tests.followkit import Follow, cst, make_follow

START, END = cst(2026, 11, 1, 0, 0), cst(2026, 12, 1, 0, 0)
NOW = cst(2026, 12, 3, 9, 0)


def _ticket(f: Follow, unit: str, received: dt.datetime, **columns: Any) -> None:
    """A ticket with these columns, and the audit events the rates read: its 签收 at
    `accepted_at`, its 办结 at `resolved_at` (held to the ticket's deadline), its 撤回 an hour
    after receipt."""
    ticket = f.create(received, unit=unit)
    values = {k: iso(v) if isinstance(v, dt.datetime) else v for k, v in columns.items()}
    with f.desk.store.atomic() as db:
        db.table("tickets").update(ticket.id, values)
        if columns.get("accepted_at"):
            log_event(db, ticket.id, columns["accepted_at"], 7, "staff", "accept", "new",
                      "accepted")
        if columns.get("resolved_at"):
            log_event(db, ticket.id, columns["resolved_at"], 7, "staff", "resolve", "accepted",
                      "resolved", deadline=iso(ticket.deadline) if ticket.deadline else None)
        if columns.get("state") == "withdrawn":
            log_event(db, ticket.id, received + dt.timedelta(hours=1), ticket.citizen_id,
                      "citizen", "withdraw", "new", "withdrawn")


@pytest.fixture
def f(tmp_path: Path) -> Follow:
    f = make_follow(tmp_path)
    day = dt.timedelta(days=1)
    # A: accepted after 23 h, resolved before its deadline, rated 满意 and solved.
    _ticket(f, "water", cst(2026, 11, 2, 10, 0), accepted_at=cst(2026, 11, 3, 9, 0),
            resolved_at=cst(2026, 11, 5, 10, 0), state="closed", rated_at=cst(2026, 11, 6, 9, 0),
            rating="satisfied", solved=1, closed_at=cst(2026, 11, 6, 9, 0))
    # B: accepted after exactly 24 h (in time), resolved late, rated 不满意 and not solved.
    _ticket(f, "water", cst(2026, 11, 3, 10, 0), accepted_at=cst(2026, 11, 4, 10, 0),
            resolved_at=cst(2026, 11, 20, 10, 0), state="closed",
            rated_at=cst(2026, 11, 21, 9, 0), rating="unsatisfied", solved=0)
    # C: accepted after 48 h and still open past its deadline (11-11).
    _ticket(f, "water", cst(2026, 11, 4, 10, 0), accepted_at=cst(2026, 11, 6, 10, 0),
            state="accepted")
    # D: withdrawn before anyone accepted it: not dispatched.
    _ticket(f, "water", cst(2026, 11, 5, 10, 0), state="withdrawn")
    # E: never accepted, open and overdue.
    _ticket(f, "water", cst(2026, 11, 6, 10, 0))
    # F: accepted in an hour, resolved in time, closed as 默认满意 (not a rating).
    _ticket(f, "water", cst(2026, 11, 9, 10, 0), accepted_at=cst(2026, 11, 9, 11, 0),
            resolved_at=cst(2026, 11, 10, 10, 0), state="closed", rating="default")
    # Manual dispatch is not a unit's response.
    _ticket(f, "hotline", cst(2026, 11, 9, 10, 0))
    # Housing: received before the period, resolved and rated 基本满意 in it.
    _ticket(f, "housing", cst(2026, 10, 29, 10, 0), accepted_at=cst(2026, 10, 29, 11, 0),
            resolved_at=cst(2026, 11, 2, 10, 0), state="closed", rated_at=cst(2026, 11, 2, 12, 0),
            rating="basic")
    # Outside the period altogether.
    _ticket(f, "housing", END + day, accepted_at=END + 2 * day)
    return f


def test_rates_per_unit_as_worked_out_by_hand(f: Follow) -> None:
    rates = unit_rates(f.db, START, END, 24, NOW)
    water = rates["water"]
    assert (water.dispatched, water.responded) == (5, 3)
    assert (water.rated, water.solved, water.satisfied) == (2, 1, 1)
    assert (water.resolved, water.on_time, water.open_overdue) == (3, 2, 2)
    assert water.response == pytest.approx(0.6)
    assert water.solution == pytest.approx(0.5) and water.satisfaction == pytest.approx(0.5)
    assert water.punctuality == pytest.approx(2 / 5)
    housing = rates["housing"]
    assert housing.dispatched == 0 and housing.response is None
    assert (housing.rated, housing.satisfied, housing.solved) == (1, 1, 0)
    assert housing.punctuality == 1.0
    assert "hotline" not in rates or rates["hotline"].dispatched == 0


def test_empty_denominators_are_not_zero_percent() -> None:
    empty = UnitRates("water")
    assert empty.response is None and percent(empty.response) == "—"
    assert percent(0.5) == "50.0%"


def test_county_total_and_ranking(f: Follow) -> None:
    rates = unit_rates(f.db, START, END, 24, NOW)
    county = total(rates.values())
    assert county.rated == 3 and county.satisfied == 2 and county.resolved == 4
    assert ranked(rates.values())[0].unit == "housing"  # 100% on time


def test_a_rate_with_nothing_to_measure_ranks_between_zero_and_any_success() -> None:
    """A unit with no 按时办结率 to measure (—) comes after every ranked one, at 0 % too: it
    is listed unranked (outside tester, round 20: — ranked above 0 %). At the rates that break
    ties (满意率, 响应率): a unit that did some of it ranks first, then one with nothing
    measured (—), then one that failed all it was measured on; the unit code breaks a tie."""
    failed = UnitRates("failed", dispatched=2, open_overdue=1)  # 0.0 % on time, 0.0 % response
    idle = UnitRates("idle", dispatched=2)  # on time —, 0.0 % response
    some = UnitRates("some", dispatched=2, resolved=4, on_time=1)  # 25.0 % on time
    slow_but_liked = UnitRates("liked", dispatched=2, responded=2, rated=1, satisfied=1,
                               open_overdue=1)
    units = [failed, idle, some, slow_but_liked, UnitRates("nothing")]
    assert [r.unit for r in ranked(units)] == ["some", "liked", "failed", "idle"]
    lines = ranking_lines([(r.unit, r) for r in ranked(units)])
    assert [line.split("：")[0] for line in lines] == ["1. some", "2. liked", "3. failed", "· idle"]
    assert "不参与排名" in lines[-1] and not any("不参与排名" in line for line in lines[:-1])
    # At a tie-breaking rate, — stays between: equal on time, then 满意率 — above 0 %.
    pair = [UnitRates("unrated", resolved=1, on_time=1),
            UnitRates("unhappy", resolved=1, on_time=1, rated=1)]
    assert [r.unit for r in ranked(pair)] == ["unrated", "unhappy"]
    # Equal rates and equal dashes: by code, whatever the order given.
    twins = [UnitRates(code, dispatched=1) for code in ("b", "a", "c")]
    assert [r.unit for r in ranked(twins)] == ["a", "b", "c"]


def test_open_overdue_is_counted_as_of_the_period_end(f: Follow) -> None:
    early = unit_rates(f.db, START, cst(2026, 11, 12, 0, 0), 24, NOW)
    # C (due 11-11) and B (due 11-10, resolved late on 11-20) were open past their deadlines
    # then; E (due 11-13) was not yet. B's later 办结 does not take it out (it did before).
    assert early["water"].open_overdue == 2


def test_a_ticket_minutes_old_is_not_yet_a_missed_response(f: Follow) -> None:
    now = cst(2026, 11, 30, 12, 0)
    _ticket(f, "power", now - dt.timedelta(minutes=5))
    _ticket(f, "power", now - dt.timedelta(hours=30))
    power = unit_rates(f.db, START, END, 24, now)["power"]
    assert (power.dispatched, power.responded) == (1, 0)  # only the one a day past its 24 h
    _ticket(f, "power", now - dt.timedelta(minutes=3), accepted_at=now - dt.timedelta(minutes=1))
    power = unit_rates(f.db, START, END, 24, now)["power"]
    assert (power.dispatched, power.responded) == (2, 1)  # accepted already: it counts
