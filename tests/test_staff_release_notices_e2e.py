"""Supervisors read who released a staff binding, and when a unit is left with no staff (refs #10).

An outside tester's month as supervisor: after `python -m bot people --remove ID` the supervisors
read 「👤 县交通运输局工作人员 已解除县交通运输局工作人员绑定」, as if the person had left by
themselves; and after a /leave or a removal that left a unit with no staff, nobody told them the
unit now had none, nor how many of its tickets were still open."""

from __future__ import annotations

from bot.actions import invites
from bot.domain.permissions import Role
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig

COLLEAGUE = 12


def _setup(rig: Rig) -> int:
    """A second water staff member with a Telegram name, and two open water tickets."""
    rig.bind(COLLEAGUE, Role.STAFF, "water")
    rig.say(COLLEAGUE, "/start", name="李工")
    for report in ("李庄村停水三天了", "王庄村停水两天了"):
        rig.say(rig.citizen(), report, name="老乡")
    return len(rig.shown_to(SUPERVISOR))


def test_a_removal_says_the_operator_did_it(rig: Rig) -> None:
    seen = _setup(rig)
    was, unstaffed = invites.remove(rig.desk, COLLEAGUE, rig.desk.store.now())
    assert was is not None and not unstaffed
    [notice] = rig.shown_to(SUPERVISOR)[seen:]
    assert "系统管理员" in notice and "李工" in notice and "县水务局" in notice, notice
    assert "本人" not in notice, notice


def test_leave_says_the_person_did_it(rig: Rig) -> None:
    seen = _setup(rig)
    rig.say(COLLEAGUE, "/leave", name="李工")
    [notice] = rig.shown_to(SUPERVISOR)[seen:]
    assert "李工" in notice and "本人已解除" in notice and "系统管理员" not in notice, notice


def test_the_last_staff_member_leaving_warns_the_supervisors_with_the_open_tickets(rig: Rig
                                                                                    ) -> None:
    seen = _setup(rig)
    rig.say(COLLEAGUE, "/leave", name="李工")
    seen += 1
    rig.say(WATER_STAFF, "/leave", name="王工")
    notices = rig.shown_to(SUPERVISOR)[seen:]
    assert len(notices) == 2 and "王工" in notices[0], notices
    assert "县水务局" in notices[1] and "没有" in notices[1] and "工作人员" in notices[1], notices
    assert "2 件在办工单" in notices[1] and "invite --unit water" in notices[1], notices


def test_removing_the_last_staff_member_warns_the_supervisors_too(rig: Rig) -> None:
    seen = _setup(rig)
    invites.remove(rig.desk, COLLEAGUE, rig.desk.store.now())
    _, unstaffed = invites.remove(rig.desk, WATER_STAFF, rig.desk.store.now())
    assert unstaffed
    notices = rig.shown_to(SUPERVISOR)[seen + 1:]
    assert len(notices) == 2 and "系统管理员" in notices[0], notices
    assert "2 件在办工单" in notices[1], notices


def test_a_name_that_says_the_unit_is_not_said_twice(rig: Rig) -> None:
    """The demo names its staff after their unit (县水务局工作人员)."""
    seen = _setup(rig)
    rig.say(COLLEAGUE, "/start", name="县水务局工作人员")
    invites.remove(rig.desk, COLLEAGUE, rig.desk.store.now())
    [notice] = rig.shown_to(SUPERVISOR)[seen:]
    assert notice == "👤 系统管理员已解除「县水务局工作人员」的绑定，此人不再接收该单位的工单。", notice
