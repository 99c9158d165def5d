"""The shapes of tests/test_masking_shapes.py through the product (refs #10): a unit's result with
an aside after the served name, a name before a post and a given name in 生 reach the unit's group,
the supervisor's /show, the ledger and the channel post masked."""

from __future__ import annotations

from pathlib import Path

from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig, ledger_csv, unit_chat
from tests.test_publish import draft

RESULT = "县住建局督促物业为刘洋洋家（电话13812345678）更换了楼道水管，已联系张春生核实，村里的刘明亮主任到场"
NAMES = ("刘洋洋", "张春生", "刘明亮", "13812345678")


def test_the_result_is_masked_wherever_others_read_it(rig: Rig, tmp_path: Path) -> None:
    user = rig.citizen()
    rig.say(user, "李庄村自来水管漏水好几天了，请尽快处理", name="老乡")
    [ticket] = rig.tickets_of(user)
    number = ticket["number"]
    rig.say(WATER_STAFF, f"/done {number} {RESULT}")
    group = "".join(rig.shown_to(unit_chat(0)))
    show = "".join(rig.answers(rig.say(SUPERVISOR, f"/show {number}")))
    ledger = ledger_csv(rig, tmp_path)
    preview, (post, _) = draft(rig, number)
    for seen in (show, ledger):
        assert "更换了楼道水管" in seen, seen
    # The draft keeps only clauses that held no personal data: none here, so it says the matter.
    for seen in (group, show, ledger, preview):
        assert not any(secret in seen for secret in NAMES), seen
    assert "为【姓名】家（电话【电话】）更换了楼道水管" in show, show
    rig.press(SUPERVISOR, post)
    [channel] = rig.shown_to(CHANNEL)
    assert not any(secret in channel for secret in NAMES), channel
