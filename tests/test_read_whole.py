"""The text readers behind a citizen's message read whole (refs #10): a letter's courtesy
opening and lead (nlp.letters, bot/domain/visit_clauses.matter_named), a line saying only who
and where the writer is (nlp.fragments.place_only), a press naming its matter
(nlp.chase_named)."""

from __future__ import annotations

import pytest

from bot.domain.visit_clauses import _TOPIC
from nlp.chase_named import pressed
from nlp.fragments import place_only
from nlp.letters import body
from nlp.tokenizer import normalize


@pytest.mark.parametrize(("text", "rest"), [
    ("尊敬的县领导：您好！关于中心街下水道的问题，有人来过了", "关于中心街下水道的问题，有人来过了"),
    ("领导你好，路灯修好了", "路灯修好了"),
    ("各位领导你们好！解决了，谢谢", "解决了，谢谢"),
    ("您好，打扰一下，联系过了", "联系过了"),
    ("尊敬的县长：停水的事解决了", "停水的事解决了"),
    ("路灯修好了", "路灯修好了"),  # nothing to take off
    ("领导好，关于下水道那个问题，没人联系我", "关于下水道那个问题，没人联系我"),
    ("您好", "您好"),  # a greeting alone stays what it is
])
def test_a_courtesy_opening_says_nothing(text: str, rest: str) -> None:
    assert body(text) == rest


@pytest.mark.parametrize(("text", "matter"), [
    ("关于中心街下水道的问题，前几天有人来联系过我", "中心街下水道"),
    ("关于西街路灯的事，有人来过了", "西街路灯"),
    ("关于上次反映的停水的事情：已经来水了", "停水"),
    ("对于小区垃圾一事，已经拉走了", "小区垃圾"),
])
def test_a_letters_lead_names_its_matter(text: str, matter: str) -> None:
    found = _TOPIC.match(text)
    assert found is not None and found["about"] == matter


@pytest.mark.parametrize(("text", "place"), [
    ("俺是东关街开超市的", "东关街"),
    ("我是李庄村的", "李庄村"),
    ("我住阳光小区3号楼", "阳光小区3号楼"),
    ("我是幸福小区2号楼3单元的", "幸福小区2号楼3单元"),
    ("我是城关镇幸福路卖菜的", "城关镇幸福路"),
    ("我住在建设路12号", "建设路12号"),
    ("我们是红旗小区5栋的住户", "红旗小区5栋"),
    ("我是阳光小区的业主", "阳光小区"),
    ("俺是后王楼村的", "后王楼村"),
])
def test_a_line_saying_who_and_where_the_writer_is_is_a_place(text: str, place: str) -> None:
    assert place_only(text) == place


@pytest.mark.parametrize("text", [
    "东关街卖假货的",  # who others are: a report
    "幸福小区3号楼停水了",
    "我在东关街开了个饭店，门口下水道堵了",
    "李庄村的路灯坏了",
])
def test_a_line_telling_a_matter_is_no_place(text: str) -> None:
    assert place_only(text) is None


@pytest.mark.parametrize(("text", "span", "marked"), [
    ("井盖那个事怎么还没人来修，快点啊", "井盖", True),
    ("井盖的事到现在还没人来，快点啊", "井盖", True),
    ("那个井盖的问题怎么还没处理，赶紧的", "井盖", True),
    ("停水的事什么时候能解决", "停水", True),
    ("路灯那个事，快点来修吧", "路灯", True),
    ("井盖怎么还没人来修", "井盖", False),
    ("停水为啥到现在还没人管", "停水", False),
    ("停水那个到底啥时候能修好？都半个月了", "停水", True),  # 那个 alone, then when (refs #10)
    ("路灯那个究竟什么时候来修", "路灯", True),
])
def test_a_press_naming_its_matter_gives_the_matter(text: str, span: str, marked: bool) -> None:
    found = pressed(normalize(text))
    assert found is not None and (found.span, found.marked) == (span, marked)


@pytest.mark.parametrize("text", [
    "井盖又丢了一个，怎么还没人管",  # told anew
    "幸福路上的井盖丢了，很危险",
    "路灯还不亮",
    "井盖那个事有人管了吗",  # a question: nlp.chase_referred reads it
    "另外，路灯怎么还没人修",
])
def test_no_press_naming_a_matter(text: str) -> None:
    assert pressed(normalize(text)) is None
