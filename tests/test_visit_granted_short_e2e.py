"""What was asked for, said granted in the fewest words (outside tester T28, finding 6; refs #10):
补贴到了, with a 高龄补贴 回访 and a 医保 one waiting, opened a ticket at the agriculture bureau
whose whole content was 补贴到了. It is the 补贴 ticket's 已解决, and opens nothing. Through the
bot's handler and the fake Bot API (tests.fuzzkit)."""

from __future__ import annotations

import pytest

from bot.domain.permissions import Role
from tests.fuzzkit import Rig
from tests.publishkit import visited

CIVIL_STAFF, MEDINS_STAFF = 31, 32


@pytest.mark.parametrize("said", ["补贴到了", "补贴已经发了！", "低保批了"])
def test_a_grant_said_short_answers_its_own_回访(rig: Rig, said: str) -> None:
    user = rig.citizen()
    rig.say(user, "俺娘八十三了，高龄补贴和低保今年一直没发下来", name="老乡")
    rig.say(user, "住院花的钱去医保报销，三个月了还没给报", name="老乡")
    allowance, medical = rig.tickets_of(user)
    assert (allowance["unit"], medical["unit"]) == ("civil", "medins"), (allowance, medical)
    rig.bind(CIVIL_STAFF, Role.STAFF, "civil")
    rig.bind(MEDINS_STAFF, Role.STAFF, "medins")
    rig.say(CIVIL_STAFF, f"/done {allowance['number']} 已核实，补发本年度高龄补贴")
    rig.say(MEDINS_STAFF, f"/done {medical['number']} 已审核，报销款本周到账")
    visited(rig, allowance["number"], "")
    rig.say(user, said, name="老乡")
    rows = {row["id"]: row for row in rig.tickets_of(user)}
    assert len(rows) == 2, rows  # no ticket of its own
    # typed ahead of its question (是否联系过您 waits): kept on the 补贴 ticket for when asked
    kept = [e["new"] for e in rig.events(allowance["id"]) if e["action"] == "visit_ahead"]
    assert kept == ["s:1"], rig.events(allowance["id"])
    assert not [e for e in rig.events(medical["id"]) if e["action"].startswith("visit_")]
