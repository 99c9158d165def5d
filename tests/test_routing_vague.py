"""A question or a plea naming no matter is no report and no thanks: the bot asks what the problem
is and where (nlp.vague; outside tester, refs #10). A question word (怎么弄, 找谁) carries no unit."""

from __future__ import annotations

import pytest

from bot.texts import for_citizen
from nlp.router import Router

QUESTIONS = [  # how to do it, or whom to ask, about a matter never named
    "我想问一下那个事情怎么弄",
    "请问这种情况该咋办",
    "你好，这个事找谁啊",
    "那个问题到底咋整",
    "你好，我想咨询个事",
    "这个问题能解决吗",
    "这个怎么回事啊",
]
PLEAS = [  # help or haste asked for, with thanks, about a matter never named
    "帮我看看这个问题，谢谢了，很急的",
    "麻烦帮忙处理一下，谢谢！",
    "急急急！谢谢",
    "帮忙看看，谢谢你们",
    "很急的，麻烦尽快，谢谢",
    "请帮帮忙，谢谢",
    "事情紧急，请尽快处理，谢谢",
]
THANKS = ["谢谢你们帮忙", "谢谢", "太感谢了，谢谢你们的帮助", "谢谢你们帮我修好了路灯"]
MATTERS = [  # the same questions and pleas with the matter told: reports
    ("低保怎么办理", "civil"),
    ("帮我看看，家里停电一天了，谢谢，很急的", "power"),
    ("我想问一下，小区门口的路灯坏了找谁", ""),
    ("燃气灶打不着火怎么弄", "housing"),
    ("停电了咋回事", "power"),
]


@pytest.mark.parametrize("text", QUESTIONS + PLEAS)
def test_a_question_or_plea_naming_no_matter_asks_what_it_is(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "noise" and not route.urgent, route
    # A short plea (急急急, 帮忙看看) may be a chase: with nothing to chase, it is asked the same.
    topic = router.noise_topic(text)
    assert topic in ("vague", "chase"), topic
    reply = for_citizen.NOTHING_TO_CHASE if topic == "chase" else for_citizen.noise_reply(topic)
    assert "什么问题" in reply and "在哪里" in reply and "不客气" not in reply


@pytest.mark.parametrize("text", THANKS)
def test_thanks_for_help_given_stay_thanks(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise" and router.noise_topic(text) == "thanks"


@pytest.mark.parametrize(("text", "unit"), MATTERS)
def test_a_question_or_plea_with_its_matter_is_a_report(router: Router, text: str, unit: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and (route.unit == unit or not unit), route
    assert not {"怎么弄", "找谁", "怎么办理", "咋办", "怎么办"} & set(route.keywords)


@pytest.mark.parametrize("text", ["老张说的那个怎么弄", "上回那个东西咋办呢", "俺那个事咋弄", "那个到底找谁"])
def test_a_question_word_alone_carries_no_unit(router: Router, text: str) -> None:
    """Whatever the message is taken for, a question word is never the reason for a unit."""
    route = router.route(text)
    assert route.kind == "noise" or not {"怎么弄", "找谁", "咋办", "咋弄"} & set(route.keywords), route


@pytest.mark.parametrize("text", ["救命啊，帮帮我", "求救！快来人，谢谢", "快来人啊，很急"])
def test_a_cry_for_help_stays_an_emergency(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.urgent and route.kind == "report", route
