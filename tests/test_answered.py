"""nlp.answered: a unit's question, and a citizen's short answer to it (refs #10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.answered import answers, asks, asks_for, fits, leftover, troubled

SETS = sorted((Path(__file__).resolve().parent / "routing_sets").glob("*.tsv"))


@pytest.mark.parametrize("text", ["3号楼2单元，俺家502，楼上602", "明天上午在家", "13812345678",
                                  "是的", "在幸福小区东门", "下午三点左右", "东关街菜市场门口"])
def test_answers(text: str) -> None:
    assert answers(text)


@pytest.mark.parametrize("text", ["小区停水了", "东关街有个窨井盖碎了", "路灯坏了", "有人受伤",
                                  "我家3号楼的水管爆了", "快递不给送到村里", "摆摊的把路占了"])
def test_a_matter_is_no_answer(text: str) -> None:
    assert not answers(text)


def test_no_report_of_the_routing_sets_reads_as_an_answer() -> None:
    rows = [line.split("\t") for path in SETS
            for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    assert not [row[-1] for row in rows if row[1] != "noise" and answers(row[-1])]


def test_asks() -> None:
    assert asks("哪栋楼几单元？") and asks("您方便接电话吗")
    assert not asks("已派人处理") and not asks("收到，马上安排")


def test_a_request_wants_an_answer_as_a_question_does() -> None:
    assert asks_for("请留一个联系电话") and asks_for("麻烦留个地址，我们派人过去") and asks_for("哪栋楼？")
    assert not asks_for("已派人处理，请耐心等待") and not asks_for("收到，马上安排")


@pytest.mark.parametrize(("question", "text"), [
    ("请问张大娘家是哪个村几组的？", "后王楼村三组，她家就在俺家后头"),
    ("具体在哪个位置？", "东关街菜市场门口，卖菜的都知道"),
    ("停水是从什么时候开始的？", "上个礼拜五下午就没水了，一直到现在"),
    ("方便留个联系电话吗？", "13912345678，白天打这个就中，俺一直在家"),
    ("明天上午家里有人吗？", "有人，俺天天在家，来之前打个电话就中"),
    ("请留一个联系电话", "我耳朵背听不清，打我闺女的15800001111，她姓王"),  # a number anywhere
    # a yes or no in any voice, to 吗 or to 要不要 (an outside tester's)
    ("需要上门前先给您打个电话吗？", "不用，俺天天在家，直接敲门就中"),
    ("师傅过去前要不要先给您打个电话？", "甭打了，俺老两口天天在家，来了喊一声就中"),
    ("师傅过去前要不要先给您打个电话？", "要，俺耳朵背，敲门听不见，打俺儿子电话"),
    ("下午过去看看，中不中？", "成，俺下午都在，叫门就开"),
])
def test_an_answer_that_says_more_fits_its_question(question: str, text: str) -> None:
    assert fits(text, question) and not answers(text)


@pytest.mark.parametrize(("question", "text"), [
    ("请问张大娘家是哪个村几组的？", "上个礼拜五下午就没水了"),  # a time for where
    ("停水是从什么时候开始的？", "后王楼村三组"),  # a place for when
    ("方便留个联系电话吗？", "俺也说不好，你们来看看吧"),
    ("请提供更多情况", "后王楼村三组，她家就在俺家后头"),  # nothing asked it fits
])
def test_an_answer_that_does_not_fit_its_question(question: str, text: str) -> None:
    assert not fits(text, question)


def test_leftover_and_trouble() -> None:
    assert "她家" in leftover("后王楼村三组，她家就在俺家后头")
    assert "13912345678" not in leftover("13912345678，白天打这个就中")
    assert troubled("俺村村口的路灯坏了") and troubled("下水道也堵了")
    assert not troubled("她家就在俺家后头")
