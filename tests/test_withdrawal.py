"""nlp.withdrawal: a wish to withdraw read from words (refs #10) — the ticket numbers and the
matter it names, the right matter of a correction — and never from a report."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.withdrawal import Withdrawal, read

SETS = sorted((Path(__file__).resolve().parent / "routing_sets").glob("*.tsv"))


@pytest.mark.parametrize(("text", "expected"), [
    ("停水那个单子撤销吧，是我弄错了", Withdrawal((), "停水")),
    ("不好意思刚才说错了，不是停水，是停电", Withdrawal((), "停水", "停电")),
    ("7号和8号是我问进度的，不是新问题，撤了吧", Withdrawal(("7", "8"))),
    ("撤回", Withdrawal()),
    ("0007号撤销", Withdrawal(("0007",))),
    ("帮我取消一下20261201-0003", Withdrawal(("20261201-0003",))),
    ("不办了", Withdrawal(unneeded=True)),
    ("发错了不好意思", Withdrawal()),
    ("路灯那个不用管了", Withdrawal((), "路灯", unneeded=True)),  # 不用管了 alone: a withdrawal
    # T23 finding 7: the unit need not act, said plainly (its unit is told, bot/actions/withdraw)
    ("不用你们管了", Withdrawal(unneeded=True)),
    ("算了，不用你们管了", Withdrawal(unneeded=True)),
    ("算了不用你们管了，我自己找人拉走了", Withdrawal(unneeded=True)),
    ("不需要您再处理了", Withdrawal(unneeded=True)),
    ("俺家那事办好了，不用你们再管了", Withdrawal(unneeded=True)),  # 办好了: the reason, no matter
    ("不用管了，撤了吧", Withdrawal()),  # called off in so many words: only offered
])
def test_read_names_what_is_meant(text: str, expected: Withdrawal) -> None:
    assert read(text) == expected


@pytest.mark.parametrize("text", [
    "小区门口的广告牌被人撤掉了",  # something else was removed: a report
    "我们村的公交站撤了，出行很不方便",
    "低保咋说取消就取消了",
    "地址说错了，是3号楼",  # a mistake in the details, not a withdrawal
    "小区停水三天了",
    "3号楼2单元，俺家502，楼上602",
    # 不用管了 with the matter put right is nlp.settled's (tests/test_settled.py)
    "桥栏杆已经修好了，不用管了",
    "不用管了，俺们自己找人焊上了",
])
def test_reports_and_details_are_no_withdrawal(text: str) -> None:
    assert read(text) is None


def test_called_off_in_so_many_words_is_a_withdrawal_whatever_else() -> None:
    assert read("不用管了，撤了吧，已经修好了") is not None


def test_no_report_of_the_routing_sets_reads_as_a_withdrawal() -> None:
    rows = [line.rstrip("\n").split("\t") for path in SETS
            for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    read_as = [row[-1] for row in rows if row[1] != "noise" and read(row[-1]) is not None]
    assert not read_as


@pytest.mark.parametrize(("text", "about"), [
    ("没人打俺儿子，俺是说联系不上俺就给俺儿子打电话，报警那个撤了吧", "报警"),
    ("不是有人打我闺女，我的意思是让你们打她电话，报警的单子撤销吧", "报警"),
    ("俺是说有事给俺闺女打电话，那个撤了吧", ""),
    ("没有人动手，我说的是让你们给我家老头打个电话，那个单子撤了吧", ""),
])
def test_what_the_writer_meant_said_beside_the_wish_is_set_aside(text: str, about: str) -> None:
    assert read(text) == Withdrawal(about=about)


@pytest.mark.parametrize(("text", "numbers"), [
    ("withdraw case 3 and 4", ("3", "4")),
    ("Please cancel cases 3, 4 and 5", ("3", "4", "5")),
    ("withdraw #3 & #4, both fixed", ("3", "4")),
    ("withdraw case 3, 2 days ago it was fixed", ("3",)),  # when, not which
    ("withdraw case 20261204-0002 and 20261204-0003", ("20261204-0002", "20261204-0003")),
])
def test_every_case_an_english_wish_lists_is_read(text: str, numbers: tuple[str, ...]) -> None:
    found = read(text)
    assert found is not None and found.numbers == numbers, found


@given(st.text(max_size=80))
def test_read_never_raises(text: str) -> None:
    found = read(text)
    assert found is None or isinstance(found, Withdrawal)
