"""T24 finding 17: `/publish 1` when two tickets are numbered 1 and only one can be published
shows that one's draft, named in full above it, with 发布/取消 — nothing is posted until 发布 is
pressed, so nobody is made to type the number again and nothing goes out unseen."""

from __future__ import annotations

from bot.domain.permissions import Role
from tests.fuzzkit import Rig
from tests.publishkit import preview, visited

WATER = 11


def test_publish_by_a_shared_sequence_drafts_the_one_publishable_ticket(rig: Rig) -> None:
    rig.bind(WATER, Role.STAFF, "water")
    first = rig.citizen()
    rig.say(first, "我家小区停水两天了，一直没人管")
    [done] = rig.tickets_of(first)
    rig.say(WATER, f"/done {done['number']} 已更换阀门，恢复供水")
    visited(rig, done["number"])  # two days on: confirmed, 销号
    second = rig.citizen()
    rig.say(second, "我们村自来水停了，到现在还没来水")
    [still] = rig.tickets_of(second)
    assert still["number"].endswith("-0001") and done["number"].endswith("-0001"), still
    shown, buttons = preview(rig, "1")
    assert f"可以发布的只有 {done['number']}" in shown, shown
    assert "请点“取消”" in shown and "请发完整编号" not in shown
    assert len(buttons) == 2
    assert not list(rig.db.query("SELECT * FROM events WHERE action = 'publish'"))
