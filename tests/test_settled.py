"""nlp.settled: words that an open matter needs no more handling (refs #10: 桥栏杆那个事不用管了，
村里自己找人焊上了) and the matter they name — never a report, a question or a trouble going on;
and the place an answer gives to a matter told after it as 俺家门口 (nlp.answered.place_given)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nlp.answered import place_given, where_by_here
from nlp.settled import declined_only, read

SETS = sorted((Path(__file__).resolve().parent / "routing_sets").glob("*.tsv"))


@pytest.mark.parametrize(("text", "about"), [
    ("桥栏杆那个事不用管了，村里自己找人焊上了", "桥栏杆"),
    ("桥栏杆已经修好了，不用来了", "桥栏杆"),
    ("井盖的事不需要处理了，物业已经找人盖上了", "井盖"),
    ("不需要了", ""),
    ("不用来了，已经弄好了", ""),
    ("自己找人修好了，谢谢你们", ""),
    # done in an old voice (an outside tester's), 不用管了 among them (no withdrawal then)
    ("门前那个坑已经填好了，不用来了", "门前坑"),
    ("不用管了，俺们自己找人焊上了", ""),
    ("下水道俺们自己通开了，不用来了", "下水道"),
])
def test_read_names_the_matter_meant(text: str, about: str) -> None:
    assert read(text) == about


@pytest.mark.parametrize("text", [
    "桥栏杆修好了吗",  # a question
    "还没修好",
    "说是修好了，结果又坏了",  # the trouble goes on
    "井盖到现在也没修好",
    "水管自己修好了，但下水道还堵着呢",
    "村东头的桥栏杆断了一截，晚上走路吓人",
    "停水那个到底啥时候能修好？都半个月了",
])
def test_no_settling_in_questions_troubles_or_reports(text: str) -> None:
    assert read(text) is None


def test_no_report_of_the_routing_sets_reads_as_settled() -> None:
    rows = [line.rstrip("\n").split("\t") for path in SETS
            for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    assert not [row[-1] for row in rows if row[1] != "noise" and read(row[-1]) is not None]


@given(st.text(max_size=80))
def test_read_never_raises(text: str) -> None:
    assert read(text) is None or isinstance(read(text), str)


@pytest.mark.parametrize(("text", "declined"), [
    ("不用了，谢谢", True),
    ("不需要了", True),
    ("不用来了", False),  # the unit need not come: settled
    ("不用了，已经修好了", False),
])
def test_words_that_only_decline(text: str, declined: bool) -> None:
    assert declined_only(text) is declined


@pytest.mark.parametrize(("answer", "place"), [
    ("三组12号，全村都停了。", "三组12号"),
    ("大王庄村，村西头的漫水桥。", "大王庄村"),
    ("俺村三组", "三组"),
    ("在家，随时可以来", ""),
])
def test_the_place_an_answer_gives(answer: str, place: str) -> None:
    assert place_given(answer) == place


@pytest.mark.parametrize(("text", "here"), [
    ("另外俺家门口的路灯也坏了好几天了", True),
    ("还有村里那条水泥路坑坑洼洼的", True),
    ("另外这里的井盖丢了", True),
    ("另外幸福小区门口的路灯坏了", False),  # a place of its own
    ("另外路灯坏了", False),  # no place at all: nothing said from where the writer stands
])
def test_where_said_only_from_where_the_writer_stands(text: str, here: bool) -> None:
    assert where_by_here(text) is here
