"""A unit's only staff member who handled their own complaint does not rate their own work: the
回访 goes to the supervisors to record, as a phone 回访 does, and the reporter is asked nothing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.actions import followup
from bot.domain.permissions import Role
from bot.store.reports import unit_rates
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig, start_rig, stop_rig

REPORT = "我家楼下自来水管漏水好几天了"


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    rig.bind(SUPERVISOR, Role.SUPERVISOR)
    yield rig
    stop_rig(rig)


def handled_by_reporter(rig: Rig) -> dict:
    """Water's only staff member reports a leak at home, signs and finishes it; the visit is due."""
    rig.say(WATER_STAFF, REPORT)
    [ticket] = rig.tickets_of(WATER_STAFF)
    rig.say(WATER_STAFF, f"/accept {ticket['number']}")
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已更换漏水管段")
    before = len(rig.shown_to(WATER_STAFF))
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    later = later.replace(hour=3)  # 11:00 in the county: a citizen may be asked
    followup.run_due(rig.desk, later)
    rig.check_outbox()
    ticket["new_to_reporter"] = rig.shown_to(WATER_STAFF)[before:]
    return ticket


def record(rig: Rig, ticket: dict, *answers: str) -> list[str]:
    round_ = rig.tickets_of(WATER_STAFF)[0]["reopen_count"]
    return [rig.press(SUPERVISOR, f"v:{ticket['id']}:{round_}:{q}:{a}")
            for q, a in zip("csr", answers, strict=True)]


def test_the_reporter_is_not_asked_to_rate_their_own_work(rig: Rig) -> None:
    ticket = handled_by_reporter(rig)
    assert not [t for t in ticket["new_to_reporter"] if "回访" in t or "满意" in t]
    assert rig.press(WATER_STAFF, f"v:{ticket['id']}:0:c:1") != "已记录回访结果。"
    assert [e for e in rig.events(ticket["id"]) if e["action"] == "rate"] == []
    # Typed words are no answer either.
    rig.say(WATER_STAFF, "解决了，满意")
    assert rig.tickets_of(WATER_STAFF)[0]["contacted"] is None
    [asked] = [t for t in rig.shown_to(SUPERVISOR) if "回访" in t and ticket["number"] in t
               and "第一个问题" in t]
    assert "本人反映" in asked and "唯一" in asked


def test_the_supervisors_recorded_answers_close_it(rig: Rig) -> None:
    ticket = handled_by_reporter(rig)
    assert record(rig, ticket, "1", "1", "3") == ["已记录回访结果。"] * 3
    row = rig.tickets_of(WATER_STAFF)[0]
    assert (row["state"], row["contacted"], row["solved"], row["rating"]) == (
        "closed", 1, 1, "satisfied")
    assert {e["actor_role"] for e in rig.events(ticket["id"]) if e["action"] == "rate"} \
        == {"supervisor"}
    # 解决率 and 满意率 count what the supervisors recorded.
    now = dt.datetime.now(dt.UTC)
    rates = unit_rates(rig.db, now - dt.timedelta(days=30), now + dt.timedelta(days=30), 24,
                       now + dt.timedelta(days=30))["water"]
    assert (rates.rated, rates.solution, rates.satisfaction) == (1, 1.0, 1.0)


def test_the_supervisors_recorded_not_solved_reopens_it(rig: Rig) -> None:
    ticket = handled_by_reporter(rig)
    record(rig, ticket, "1", "0", "1")
    row = rig.tickets_of(WATER_STAFF)[0]
    assert (row["state"], row["reopen_count"], row["rating"]) == ("reopened", 1, "unsatisfied")
    assert any("重办" in t and ticket["number"] in t for t in rig.shown_to(SUPERVISOR))


def test_unrecorded_it_is_no_default_satisfied_and_the_supervisors_are_reminded(rig: Rig) -> None:
    ticket = handled_by_reporter(rig)
    much_later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=7)).replace(hour=3)
    followup.run_due(rig.desk, much_later)
    rig.check_outbox()
    assert rig.tickets_of(WATER_STAFF)[0]["state"] == "resolved"
    [late] = [t for t in rig.shown_to(SUPERVISOR) if "尚未记录" in t]
    assert ticket["number"] in late and "反映人本人办理" in late
