"""nlp.answered: a unit's question, and a citizen's short answer to it (refs #10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlp.answered import answers, asks

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
