"""A question seeking general information is no report (nlp.nonreport_asked, nlp.english): a short
question naming nothing of the writer's own, of an office's or of a unit's matter, with nothing
wrong told once its question words are set aside. A question that names any of them stays a report
for a person to read."""

from __future__ import annotations

import pytest

from nlp.noise import is_noise
from nlp.router import Router
from nlp.tokenizer import normalize

GENERAL_QUESTIONS = [
    "豆浆和牛奶哪个更有营养",
    "长城有多长？",
    "荔枝一次吃多少合适",
    "北极熊为什么不怕冷",
    "八月十五那天是星期几",
    "what's the tallest mountain in the world?",
    "how long does it take to boil an egg",
    "who wrote Journey to the West?",
]

QUESTION_SHAPED_REPORTS = [
    "为什么我家停水三天了还没人管",
    "路灯坏了找谁修",
    "低保怎么还没发下来",
    "养老保险一年交多少钱合适啊",  # a unit's matter named: an enquiry for hrss
    "执照啥时候能下来",  # an office's paper
    "到镇上的那趟班车啥时候能恢复",  # a service stopped
    "俺娘想住养老院，要啥条件",  # the writer's own
    "这个月电费咋这么多",  # a grievance of degree
    "图书馆周末为什么不开门",  # why a thing is not done
    "说明天检修，结果今天上午就掐了，也不提前说一声，俺在做生意呢",  # a promise broken
    "12路车咋突然改线了",  # something that happened
    "why is there no water in our building?",
    "is anyone going to do something about the neighbours' loud music at 2am?",
]


@pytest.mark.parametrize("text", GENERAL_QUESTIONS)
def test_a_question_of_general_knowledge_is_noise_by_the_hand_rules(text: str) -> None:
    assert is_noise(normalize(text), 0.0)


@pytest.mark.parametrize("text", GENERAL_QUESTIONS)
def test_the_router_calls_a_question_of_general_knowledge_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


@pytest.mark.parametrize("text", QUESTION_SHAPED_REPORTS)
def test_a_question_naming_a_matter_stays_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


def test_a_bare_why_after_a_statement_asks_of_what_it_told() -> None:
    assert not is_noise(normalize("送上新春祝福，为什么"), 0.0)
