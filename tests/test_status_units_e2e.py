"""A ticket's history names the units (refs #10): outside testers read /status and could not tell
who passed a ticket to whom, nor which unit signed, answered or finished it. The citizen's
/status and the supervisor's view of a ticket name the unit at every step a unit took, or that
moved the ticket between units."""

from __future__ import annotations

from typing import Any

from bot.domain.permissions import Role
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig
from tests.publishkit import visited

HOUSING_STAFF = 21
WATER, HOUSING = "县水务局", "县住房和城乡建设局"


def _passed_on(rig: Rig) -> dict[str, Any]:
    """A water report passed on to housing, which signs, answers and finishes it."""
    rig.bind(HOUSING_STAFF, Role.STAFF, "housing")
    user = rig.citizen()
    rig.say(user, "家里停水两天了，楼上楼下都没水", name="老乡")
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "water", ticket
    number = ticket["number"]
    rig.say(WATER_STAFF, f"/accept {number}")
    rig.say(WATER_STAFF, f"/transfer {number} housing 小区楼内管道归物业和住建部门管理")
    rig.say(HOUSING_STAFF, f"/accept {number}")
    rig.say(HOUSING_STAFF, f"/reply {number} 已联系物业，明天上门查看")
    rig.say(SUPERVISOR, f"/urge {number} 请尽快更换")
    rig.say(HOUSING_STAFF, f"/done {number} 已督促物业更换楼道水管")
    return ticket


def _lines(text: str, *words: str) -> list[str]:
    return [line for line in text.split("\n") if all(w in line for w in words)]


def test_the_citizens_status_names_the_units(rig: Rig) -> None:
    ticket = _passed_on(rig)
    [status] = rig.answers(rig.say(ticket["citizen_id"], f"/status {ticket['number']}"))
    assert _lines(status, "分派至责任单位", WATER), status
    assert _lines(status, "改派", f"{WATER} → {HOUSING}"), status
    [signed_by_water, signed_by_housing] = _lines(status, "单位签收")
    assert WATER in signed_by_water and HOUSING in signed_by_housing, status
    for step in ("单位答复", "督办", "办结"):
        assert _lines(status, step, HOUSING), (step, status)
    # The reason a unit gave for passing it on is for staff and supervisors, not a line here.
    assert "物业和住建部门管理" not in status, status


def test_the_supervisors_view_names_the_units(rig: Rig) -> None:
    ticket = _passed_on(rig)
    [shown] = rig.answers(rig.say(SUPERVISOR, f"/show {ticket['number']}"))
    assert _lines(shown, f"分派至责任单位（{WATER}）"), shown
    assert _lines(shown, f"单位签收（{WATER}）") and _lines(shown, f"单位签收（{HOUSING}）"), shown
    assert _lines(shown, f"改派（{WATER} → {HOUSING}）：小区楼内管道归物业和住建部门管理"), shown
    assert _lines(shown, f"单位答复（{HOUSING}）：已联系物业，明天上门查看"), shown
    assert _lines(shown, f"督办（{HOUSING}）：金乡县督字"), shown
    assert _lines(shown, f"办结（{HOUSING}）：已督促物业更换楼道水管"), shown
    visited(rig, ticket["number"])
    [shown] = rig.answers(rig.say(SUPERVISOR, f"/show {ticket['number']}"))
    assert _lines(shown, "市民评价：满意度：满意") and not _lines(shown, "市民评价（"), shown


def test_a_supervisors_status_shows_the_ticket_as_show_does(rig: Rig) -> None:
    """A supervisor reads every ticket: /status NUMBER is answered, not 'not yours'."""
    ticket = _passed_on(rig)
    [status] = rig.answers(rig.say(SUPERVISOR, f"/status {ticket['number']}"))
    assert ticket["number"] in status and "没有找到" not in status, status
    assert _lines(status, "改派", f"{WATER} → {HOUSING}"), status
