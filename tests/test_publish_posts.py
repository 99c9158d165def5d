"""A /publish draft of a result naming people by their post (outside tester, round 26, finding 2;
refs #10): 电工班长周建民 and 村支书张富贵 went to the public column under a header saying no 姓名 was
found. The check now finds such names, their clauses are left out and the header says so; and no
header claims names absent, since a name is found only beside a word that marks one."""

from __future__ import annotations

from bot.domain.privacy import goes_on
from bot.domain.publish_check import clean, leftovers
from bot.texts.publishing import CHECKED_WHOLE, Checked, preview
from tests.fuzzkit import Rig
from tests.publishkit import posted


def test_names_after_posts_are_left_out_of_the_post_and_the_draft_says_so(rig: Rig) -> None:
    draft, post = posted(rig, "胡集镇李庄村的路灯坏了半个月，晚上出门什么都看不见",
                         "已更换李庄村路灯12盏，电工班长周建民带队施工，村支书张富贵到场验收")
    assert "已更换李庄村路灯12盏" in post, post
    for private in ("周建民", "张富贵", "【"):
        assert private not in post and private not in draft, (private, draft)
    assert "含有个人信息（姓名）的分句已整句删去" in draft, draft
    assert "未发现电话、姓名" not in draft and CHECKED_WHOLE in draft, draft


def test_the_check_finds_a_name_after_a_post_anywhere_in_the_text() -> None:
    assert leftovers("路灯已修好，感谢电工班长周建民") == ["姓名"]
    assert clean("村支书张富贵到场验收，路灯已修好。") == ("路灯已修好。", ["姓名"])
    assert leftovers("班长带队连夜抢修，路灯已修好") == []


def test_a_clause_going_on_from_one_left_out_goes_with_it() -> None:
    """已纳入低保。已停发。 read as one household's benefit stopped (outside tester T27, finding 5):
    a clause without a subject of its own (已停发, 并追回) goes with the clause it goes on from;
    one with its own subject (路灯已修好) stays, and so does all after the sentence's end."""
    kept, found = clean("经入户核实，已纳入低保，12月起按月发放。村民赵德胜的低保经核查不符合条件，"
                        "已停发，并追回多发部分；其余已按时发放。村里已整改。")
    assert kept == "经入户核实，已纳入低保，12月起按月发放。其余已按时发放。村里已整改。", kept
    assert found == ["姓名"]
    assert clean("村支书张富贵到场验收，并签字确认，路灯已修好，并已通电。") == (
        "路灯已修好，并已通电。", ["姓名"])


def test_the_clause_reader_tells_a_clause_without_a_subject() -> None:
    """The clause reader (bot.domain.privacy.goes_on), not the draft check, knows which words open
    a clause with no subject of its own."""
    assert all(goes_on(c) for c in ("已停发，", "并追回多发部分；", " 被查处。", "随后恢复供水"))
    assert not any(goes_on(c) for c in ("路灯已修好，", "村里已整改。", "其余已按时发放。"))


def test_no_header_claims_names_absent() -> None:
    draft = preview("20261213-0003", "📰 …", False, checked=Checked())
    assert CHECKED_WHOLE in draft and "未发现电话、姓名" not in draft, draft
    assert "人名" in CHECKED_WHOLE and "请再看一遍" in CHECKED_WHOLE
