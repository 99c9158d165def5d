"""A bare feeling told of no matter (很不满意, 太差劲了, really unhappy) is no report: the router
calls it noise with the topic "vague", so the bot asks what the matter is; at a 回访 it is that
visit's 不满意; with a matter named it stays a report (nlp.feeling; outside tester, refs #10)."""

from __future__ import annotations

import pytest

from bot.domain.visit import read_typed
from nlp.feeling import bare_feeling
from nlp.router import Router
from nlp.tokenizer import normalize

FEELINGS = ["很不满意", "太差劲了", "太差了！！", "真让人失望", "气死我了", "太不像话了",
            "哎，真是无语了", "我们非常不满！", "受不了了", "很不满意！😡",
            "really unhappy", "I am very disappointed", "This is unacceptable!",
            "not satisfied at all", "so frustrated 😡"]
MATTERS = [  # a feeling with a matter or a party named: a report
    ("物业太差劲了", "housing"), ("路灯还是不亮，很不满意", "urban"),
    ("服务态度太差劲了", ""), ("the road is bad", ""), ("差不多该修路了", ""),
    ("really unhappy with the rubbish in our street", ""),
]


@pytest.mark.parametrize("text", FEELINGS)
def test_a_bare_feeling_asks_what_the_matter_is(router: Router, text: str) -> None:
    assert bare_feeling(normalize(text))
    route = router.route(text)
    assert route.kind == "noise" and not route.urgent, route
    assert router.noise_topic(text) == "vague"


@pytest.mark.parametrize(("text", "unit"), MATTERS)
def test_a_feeling_about_a_matter_is_a_report(router: Router, text: str, unit: str) -> None:
    assert not bare_feeling(normalize(text))
    route = router.route(text)
    assert route.kind == "report", route
    assert not unit or route.unit == unit, route


@pytest.mark.parametrize("text", ["太差劲了", "真让人失望", "气死我了", "太不像话了！"])
def test_a_bare_feeling_at_a_visit_is_unsatisfied(text: str) -> None:
    for pending in ("c", "s", "r"):
        assert read_typed(text, pending).get("r") == "1"
    assert read_typed("修好了，很满意", "r") == {"s": "1", "r": "3"}
