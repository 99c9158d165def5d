"""The learned look at emergencies (nlp.urgent_learned): where the hand signs found no emergency in
a message not told as past or routine, a sure learned table flags it urgent, named by its words;
the unit stays what the keywords say, and a feared, negated or past danger stays calm."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.learn import LEARNED_SETTINGS
from nlp.nonreport import LETTERS
from nlp.router import Router
from nlp.routes import URGENT_LEARNED
from nlp.urgent_learned import learn_urgent
from nlp.urgent_now import URGENT_SURE

REPO = Path(__file__).resolve().parent.parent
HAND = [("water", "Water", ["停水:2", "水管:2"]), ("health", "Health", ["医院:2", "卫生院:2"])]
# 哆嗦 and 打摆子 lean to urgent (together sure, 哆嗦 alone not); 上周 leans calm.
LEARNED = [("urgent", "urgent", [f"哆嗦:{URGENT_SURE * 0.6}", f"打摆子:{URGENT_SURE * 0.6}"]),
           ("calm", "calm", [f"上周:{URGENT_SURE}"])]


@pytest.fixture(scope="module")
def router() -> Router:
    return Router.from_units(HAND, urgent=Router.from_units(LEARNED, settings=LEARNED_SETTINGS))


def test_a_sure_emergency_is_urgent_named_by_its_learned_words(router: Router) -> None:
    text = "娃哆嗦打摆子，卫生院在哪"
    assert not Router.from_units(HAND).route(text).urgent  # no hand sign knows these words
    result = router.route(text)
    assert result.urgent and result.unit == "health"  # the unit is the keywords' still
    assert {"哆嗦", "打摆子"} <= set(result.keywords) and "卫生院" in result.keywords


@pytest.mark.parametrize(
    "text",
    [
        "娃哆嗦，卫生院在哪",  # leans to urgent, but not far enough
        "娃哆嗦打摆子，上周去的卫生院",  # the calm word takes the lean back
        "娃天天哆嗦打摆子，卫生院也不管",  # a recurring matter with nothing happening now
        "防止孩子哆嗦打摆子，卫生院讲了课",  # only feared: each learned word is cancelled
    ],
)
def test_otherwise_the_message_stays_calm(router: Router, text: str) -> None:
    assert not router.route(text).urgent


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["哆嗦", "打摆子", "上周", "停水", "医院", "，", "了"]),
                      max_size=10))
def test_property_the_learned_table_never_changes_the_unit_or_calls_anything_noise(
    router: Router, words: list[str]
) -> None:
    """It only raises the urgent flag; a message it is sure of is no longer small talk (recall
    first: a false alarm costs a reminder), but nothing it reads becomes noise."""
    text = "".join(words)
    plain, learned = Router.from_units(HAND).route(text), router.route(text)
    assert learned.unit == plain.unit
    assert learned.urgent >= plain.urgent
    assert learned.kind == plain.kind or (plain.kind == "noise" and learned.urgent)


def test_the_default_router_flags_an_emergency_told_in_new_words_and_keeps_calm_ones(
    default_router: Router
) -> None:
    assert not default_router.route("我们村的路灯坏了三个月了，晚上黑漆漆的没人修").urgent
    assert not default_router.route("家里停电一整天了，冰箱里的东西都坏了").urgent


@pytest.mark.slow  # learns the table again
@pytest.mark.timeout(900)  # minutes of CPU where cores are shared
@pytest.mark.skipif(not LETTERS.is_file(), reason="taidi_train.csv (not in the repo) is absent")
def test_the_shipped_urgent_table_is_what_the_sets_and_letters_give() -> None:
    shipped = (REPO / "nlp" / URGENT_LEARNED).read_text(encoding="utf-8")
    assert learn_urgent() == shipped, (
        "the routing sets changed: run `python -m nlp.urgent_learned` and commit "
        "nlp/urgent_learned.json"
    )


@pytest.mark.parametrize("text", [
    "屋里进水了 快没到床沿了",  # short, no unit's word: small talk by the hand rules alone
    "俺藏在床底下 那人还在屋里翻东西 不敢吭声",
    "俺奶奶今天喘得上不来气，躺不下，吸氧也不管用",  # a body in distress (nlp.pasted TROUBLE)
])
def test_an_emergency_told_in_few_words_is_never_small_talk(
    text: str, default_router: Router
) -> None:
    route = default_router.route(text)
    assert route.kind == "report"
