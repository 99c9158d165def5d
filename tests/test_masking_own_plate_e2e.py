"""An outside tester's finding 18 (round 23; refs #10): 我车牌鲁H·7K35B经常被堵 reached the unit's
group, /list and the ledger with the plate whole while the QQ, e-mail and landline of the same
message were masked. The plate of the writer's own vehicle is their personal data, as its owner:
masked (【车牌】) wherever the rest is; a plate the problem is about (一辆鲁H12345的车堵在门口)
stays for the unit and supervisors, as SPEC §5 has it. Through the mock Bot API."""

from __future__ import annotations

from pathlib import Path

from bot.domain.permissions import Role
from tests.fuzzkit import Rig, ledger_csv

STAFF = 8801


def test_the_writers_own_plate_is_masked_where_their_other_data_is(
        rig: Rig, tmp_path: Path) -> None:
    citizen = rig.citizen()
    told = "我车牌鲁H·7K35B，经常被人堵在小区门口出不去，QQ 12345678，邮箱 laoli@example.com"
    rig.say(citizen, told, name="老乡")
    [ticket] = rig.tickets_of(citizen)
    assert "鲁H·7K35B" in ticket["text"]  # the citizen's own words are kept whole
    pushed = rig.unit_view(ticket)
    assert "我车牌【车牌】，经常被人堵在小区门口" in pushed and "【QQ号】" in pushed, pushed
    rig.bind(STAFF, Role.STAFF, ticket["unit"])
    listed = "\n".join(rig.answers(rig.say(STAFF, "/list")))
    assert ticket["number"] in listed, listed
    for read in (pushed, listed, ledger_csv(rig, tmp_path)):
        assert "7K35B" not in read and "12345678" not in read, read
    status = "\n".join(rig.answers(rig.say(citizen, f"/status {ticket['number']}")))
    assert "鲁H·7K35B" in status, status  # the citizen reads their own words whole


def test_a_plate_the_problem_is_about_stays_for_the_unit(rig: Rig) -> None:
    citizen = rig.citizen()
    rig.say(citizen, "一辆鲁H12345的白色面包车天天停在消防通道上，堵得救护车都进不来", name="老乡")
    [ticket] = rig.tickets_of(citizen)
    assert "鲁H12345" in rig.unit_view(ticket)
