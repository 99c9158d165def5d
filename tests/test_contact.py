"""/contact: the citizen's phone number reaches the unit's own staff in private chat, and nobody
else; every look is recorded and shown in /show. A contact shared right after a report is that
ticket's phone, and the unit learns only that there is one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.domain.permissions import Role
from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig, start_rig, stop_rig, unit_chat

HOUSING_STAFF = 12
CITIZEN_NAME = "洋洋 刘"


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    rig = start_rig(tmp_path)
    rig.bind(HOUSING_STAFF, Role.STAFF, "housing")
    yield rig
    stop_rig(rig)


def report_with_contact(rig: Rig) -> tuple[int, dict[str, object]]:
    user = rig.citizen()
    rig.say(user, "小区停水三天了，有事打139 0021 0021", name=CITIZEN_NAME)
    rig.process("message", rig.message(user, name=CITIZEN_NAME, contact={
        "phone_number": "+8613800000000", "first_name": "洋洋", "user_id": user}))
    [ticket] = rig.tickets_of(user)
    assert ticket["unit"] == "water"
    return user, ticket


def test_a_contact_after_a_report_is_the_tickets_phone_and_the_unit_learns_only_that(
        rig: Rig) -> None:
    user, ticket = report_with_contact(rig)
    assert ticket["phone"] == "+8613800000000"
    assert "已记下您为工单" in rig.shown_to(user)[-1]
    told = rig.unit_view(ticket, "phone")
    assert f"/contact {ticket['number']}" in told and "13800000000" not in told
    assert "（附件）" not in "".join(rig.shown_to(unit_chat(0)))


def test_unit_staff_get_the_numbers_in_private_and_every_look_is_recorded(rig: Rig) -> None:
    _, ticket = report_with_contact(rig)
    number = ticket["number"]
    for _ in range(2):
        [answer] = rig.answers(rig.say(WATER_STAFF, f"/contact {number}", name="王科员"))
        assert "+8613800000000" in answer and "13900210021" in answer
        assert "市民反映后分享的联系人" in answer and "市民所留电话（反映内容中）" in answer
    looks = [e for e in rig.events(ticket["id"]) if e["action"] == "contact"]
    assert [(e["actor_id"], e["detail"]) for e in looks] == [(WATER_STAFF, "王科员")] * 2
    [shown] = rig.answers(rig.say(WATER_STAFF, f"/show {number}"))
    assert shown.count("查看市民电话：王科员") == 2 and "13900210021" not in shown


def test_everyone_else_is_refused_as_for_a_missing_ticket(rig: Rig) -> None:
    user, ticket = report_with_contact(rig)
    number, missing = ticket["number"], "20991231-0001"
    askers = [(WATER_STAFF, unit_chat(0)),  # the unit's own staff, but in the group
              (HOUSING_STAFF, None),  # staff of another unit
              (SUPERVISOR, None), (user, None),  # the citizen has the number already
              (rig.citizen(), None)]
    for asker, chat in askers:
        [real] = rig.answers(rig.say(asker, f"/contact {number}", chat))
        [fake] = rig.answers(rig.say(asker, f"/contact {missing}", chat))
        assert real.replace(number, missing) == fake, (asker, real, fake)
        assert "13800000000" not in real and "13900210021" not in real
    assert not [e for e in rig.events(ticket["id"]) if e["action"] == "contact"]


def test_a_number_shared_before_any_report_is_found_too(rig: Rig) -> None:
    user = rig.citizen()
    rig.process("message", rig.message(user, contact={"phone_number": "13700000000",
                                                       "first_name": "张", "user_id": user}))
    rig.say(user, "路灯坏了一个月了，没有人修")
    [ticket] = rig.tickets_of(user)
    staff = 13
    rig.bind(staff, Role.STAFF, ticket["unit"])
    [answer] = rig.answers(rig.say(staff, f"/contact {ticket['number']}"))
    assert "13700000000" in answer and "市民此前留的电话" in answer


def test_without_any_number_the_answer_says_so_and_the_look_is_still_recorded(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "小区停水三天了")
    [ticket] = rig.tickets_of(user)
    [answer] = rig.answers(rig.say(WATER_STAFF, f"/contact {ticket['number']}"))
    assert "没有留下电话" in answer
    assert [e["action"] for e in rig.events(ticket["id"])][-1] == "contact"
