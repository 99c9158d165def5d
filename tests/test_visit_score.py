"""Scores at 满意度 on the bot's three-step scale (bot/domain/visit_score.py): the nought of a
school report (零蛋) and stars counted with 颗 are read; an egg for sale is no score."""

from __future__ import annotations

import pytest

from bot.domain.visit import read_answers, read_typed


@pytest.mark.parametrize(("words", "code"), [
    ("零蛋", "1"), ("给个零蛋", "1"), ("打个大鸭蛋", "1"), ("零分", "1"), ("打零分", "1"),
    ("三颗星", "2"), ("三颗星吧", "2"), ("给五颗星", "3"), ("一颗星", "1"), ("八十分", "3"),
])
def test_a_score_is_a_rating(words: str, code: str) -> None:
    assert read_typed(words, "r") == {"r": code}
    assert read_answers(words, "r").said == {"r": code}


def test_a_score_with_a_remark_keeps_the_remark() -> None:
    heard = read_answers("三颗星吧，拉个绳子就糊弄人", "r")
    assert heard.said == {"r": "2"} and "糊弄人" in heard.rest


@pytest.mark.parametrize("words", ["卖鸭蛋的", "鸭蛋", "零蛋糕"])
def test_no_score(words: str) -> None:
    assert "r" not in read_answers(words, "r").said
