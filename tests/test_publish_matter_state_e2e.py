"""A drafted public post names the matter as a sentence does (outside tester T27, finding 22): a
routing keyword kept whole that ends on a state told in one character (排水沟堵) was drafted as
群众反映的排水沟堵问题, a clause's verb cut into a noun phrase; the state is written whole
(排水沟堵塞问题), by one rule for every such state, not for one word."""

from __future__ import annotations

import pytest

from bot.reports.matters import told_matter
from tests.fuzzkit import Rig
from tests.publishkit import posted


def test_a_drain_reported_blocked_is_drafted_as_blocked(rig: Rig) -> None:
    preview, post = posted(rig, "村东头那条排水沟堵了，雨天院里就进水", "已组织人员疏通排水沟，恢复排水")
    assert "群众反映的排水沟堵塞问题" in preview, preview
    assert "排水沟堵问题" not in preview and "排水沟堵问题" not in post, post
    assert "排水沟堵塞问题" in post
    [row] = rig.db.query("SELECT state FROM tickets")
    assert row["state"] == "closed"


@pytest.mark.parametrize(("keyword", "told"), [
    ("排水沟堵", "排水沟堵塞"), ("排水沟堵塞", "排水沟堵塞"), ("屋顶水箱漏", "屋顶水箱渗漏"),
    ("桥面栏杆歪", "桥面栏杆倾斜"), ("人行道砖松", "人行道砖松动"), ("水表漏水", "水表漏水"),
    ("路灯坏", "路灯"), ("停水", "停水"), ("减速带压坏", "减速带压坏"), ("门坏", "门坏")])
def test_a_state_in_one_character_is_written_whole(keyword: str, told: str) -> None:
    matters = {"路灯": 2.0, "排水": 2.0, "水表": 2.0, "停水": 2.0}
    assert told_matter([keyword], "", matters) == told
