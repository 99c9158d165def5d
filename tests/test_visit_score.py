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


@pytest.mark.parametrize(("words", "code"), [
    # No scale said (the 满意度 question offers none): a mark up to 5 is out of 5.
    ("5分", "3"), ("打5分", "3"), ("给5分吧", "3"), ("五分", "3"), ("4分", "3"),
    ("3分", "2"), ("打三分", "2"), ("2分", "1"), ("1分", "1"), ("0分", "1"),
    # Over 5 it is out of 10, over 10 out of 100, as before.
    ("6分", "2"), ("8分", "3"), ("10分", "3"), ("六十分", "2"), ("五十分", "1"),
    # A full mark said is the scale.
    ("5分（满分10分）", "1"), ("5分满分10分", "1"), ("满分10分打5分", "1"),
    ("满分十分的话给6分", "2"), ("5/10", "1"), ("8/10", "3"), ("3/5", "2"),
    ("5 out of 10", "1"), ("5 points", "3"),
])
def test_a_mark_without_a_scale_is_out_of_five(words: str, code: str) -> None:
    assert read_typed(words, "r") == {"r": code}, words
    assert read_answers(words, "r").said == {"r": code}, words


@pytest.mark.parametrize("words", ["5分钟", "3点5分", "五分钱", "十分感谢"])
def test_a_time_or_money_is_no_score(words: str) -> None:
    assert "r" not in read_typed(words, "r")


@pytest.mark.parametrize(("words", "code"), [
    # Stars are out of five unless the full count is said, in stars, 颗 or 个, before or after.
    ("3颗星，满分5颗", "2"), ("3颗星，满分5颗星", "2"), ("满分5星，给4星", "3"),
    ("7颗星，满分10颗星", "2"), ("8颗星满分10颗", "3"), ("4颗星，满分10颗", "1"),
])
def test_stars_take_the_full_count_said(words: str, code: str) -> None:
    heard = read_answers(words, "r")
    assert heard.said == {"r": code} and heard.rest == "", words


@pytest.mark.parametrize("words", ["满分5颗星", "满分10个星"])
def test_a_full_count_alone_is_no_score(words: str) -> None:
    assert read_answers(words, "r").said == {}
