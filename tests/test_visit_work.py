"""Work done to a thing at 问题是否解决, and a scale written apart from its mark, as the 回访
reader takes them (bot/domain/visit_work.py, bot/domain/visit_score.py; T25 finding 16)."""

from __future__ import annotations

import pytest

from bot.domain.visit import read_answers, read_typed


@pytest.mark.parametrize("words", ["换了", "修了", "都给换了", "路灯换了", "井盖是换了",
                                   "给换了个新的", "已经补了"])
def test_work_done_is_solved(words: str) -> None:
    assert read_typed(words, "s") == {"s": "1"}
    assert read_answers(words, "s").said == {"s": "1"}


@pytest.mark.parametrize("words", ["换了人也没用", "换了个地方还是漏", "修了，但是没修好",
                                   "修是修了，没两天又漏了", "说是换了，其实根本没换", "还没换呢"])
def test_words_that_only_look_like_work_done_are_not_solved(words: str) -> None:
    assert read_typed(words, "s").get("s") != "1", words
    assert read_answers(words, "s").said.get("s") != "1", words


def test_the_whole_sentence_answers_all_three_and_keeps_the_workmanship() -> None:
    reading = read_answers("联系过了，井盖是换了，不过装得有点马虎，不太满意", "c")
    assert reading.said == {"c": "1", "s": "1", "r": "1"} and reading.rest == ""
    assert reading.remark


@pytest.mark.parametrize(("words", "rating"), [
    ("5分，满分10分", "1"), ("满分10分，打5分", "1"), ("给8分吧，满分是10分的话", "3"),
    ("十分制，给6分", "2"), ("百分制的话，打九十分", "3"), ("5分", "3"),
])
def test_a_scale_written_anywhere_is_the_marks(words: str, rating: str) -> None:
    assert read_answers(words, "r").said == {"r": rating}, words
    assert read_answers(words, "r").rest == "", words


def test_a_scale_alone_is_no_mark() -> None:
    assert read_answers("满分10分", "r").said == {}
    assert read_typed("满分10分", "r") == {}


@pytest.mark.parametrize("words", ["低保批下来了", "补贴发下来了", "残疾证办下来了", "低保证领到了",
                                   "钱已经到账了"])
def test_what_was_asked_for_granted_is_solved_and_nothing_else(words: str) -> None:
    """低保批下来了 at 问题是否解决 was read as 已解决 and opened a ticket too (outside tester T27,
    finding 6): it is the answer, all of it."""
    heard = read_answers(words, "s")
    assert heard.said == {"s": "1"} and heard.rest == "", words


@pytest.mark.parametrize("words", ["补贴没发下来了", "还没批下来", "补偿款批下来了吗"])
def test_what_is_not_granted_yet_is_no_solved(words: str) -> None:
    assert read_answers(words, "s").said.get("s") != "1", words
