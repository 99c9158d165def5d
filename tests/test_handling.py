"""What a citizen says about how their matter was handled (nlp.handling): set aside, it leaves
no matter behind, while a matter told with a wish keeps its matter."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.handling import about_handling, without_handling


@pytest.mark.parametrize("text", [
    "下次能不能快一点", "希望以后效率高一点", "等得有点久", "你们办事效率太低了", "来得有点晚",
    "师傅态度挺好", "辛苦了", "希望你们继续努力",
])
def test_remarks_on_the_handling_are_read(text: str) -> None:
    assert about_handling(text)


@pytest.mark.parametrize(("text", "kept"), [
    ("另外下水道堵了，希望快点修", "下水道堵了"),
    ("小区快递柜坏了", "小区快递柜坏了"),  # 快递 is no speed
    ("晚上路灯不亮", "晚上路灯不亮"),  # nor 晚上 lateness
    ("早市占道经营", "早市占道经营"),
    ("村口的路灯坏了", "村口的路灯坏了"),
])
def test_a_matter_is_left_whole(text: str, kept: str) -> None:
    assert kept in without_handling(text)


def test_a_matter_alone_says_nothing_of_the_handling() -> None:
    assert not about_handling("村口的路灯坏了好几天")


@given(st.text())
def test_setting_aside_never_adds(text: str) -> None:
    left = without_handling(text)
    assert len(left) <= len(text)
    assert about_handling(text) or left == text
