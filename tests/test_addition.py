"""The one reader of words turning to another matter (nlp.addition), which the photo intake and
the 回访 reading share: where such a word opens a message, and where each one starts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.domain.visit import read_answers
from nlp.addition import WORDS, addition_starts, opens_addition


@pytest.mark.parametrize("text", [
    "另外我家门口路灯坏了", "，还有小区的下水道也堵了", "顺便说一下，村口的桥裂了", "此外…",
    "除此之外还有一件事",
    "再就是学校门口太乱", "对了，路灯也不亮", "  再有一个事", "我还想反映一下噪音",
])
def test_a_message_opening_with_a_turn_is_an_addition(text: str) -> None:
    assert opens_addition(text)


@pytest.mark.parametrize("text", [
    "我家门口路灯坏了", "小区停水三天了，另外物业也不管", "谢谢", "", "另", "格外小心",
])
def test_a_turn_further_on_or_none_is_no_opening(text: str) -> None:
    assert not opens_addition(text)


def test_where_each_turn_starts() -> None:
    assert addition_starts("联系过了另外村口路灯坏了") == [4]
    assert addition_starts("除此之外还有一件事") == [0, 4]  # one turn, not 除 and 此外
    assert addition_starts("我还想反映") == [0]
    assert addition_starts("村口路灯坏了") == []


def test_the_visit_reads_the_same_turns() -> None:
    """A turn the photo intake knows (再就是) also ends the 回访 answers in one clause."""
    reading = read_answers("解决了再就是村口路灯坏了", "s")
    assert (reading.said, reading.rest) == ({"s": "1"}, "再就是村口路灯坏了")


@given(st.text(), st.sampled_from(WORDS))
def test_any_text_after_a_turn_word_opens_an_addition(tail: str, word: str) -> None:
    assert opens_addition(f"，{word}{tail}")
    assert 1 in addition_starts(f"，{word}{tail}")
