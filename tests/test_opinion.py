"""The second opinion (nlp.opinion): a learned table picks among the hand table's leading units
when the hand table is unsure; where the hand table has too little to go on, it decides when it is
sure and can name the words of the matter, and otherwise the message stays with the hotline."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import load_config
from nlp.learn import LEARNED_SETTINGS
from nlp.opinion import learn_opinion
from nlp.overrule import CHOICES as OPINION_CHOICES
from nlp.overrule import WEAK
from nlp.router import FALLBACK, OPINION_CHARS, Router, UnitRoute
from nlp.routes import NONREPORT, OPINION, RouteTable, build_router, dump_learned, load_learned
from nlp.tokenizer import normalize

REPO = Path(__file__).resolve().parent.parent
HAND = [("a", "A", ["路灯:2"]), ("b", "B", ["停电:1.6"]), ("c", "C", ["物业:0.1"])]
# The learned table favours b on 晚上 and c (which the hand table barely knows) on 漆黑.
OPINION_UNITS = [("a", "A", ["路灯:1"]), ("b", "B", ["晚上:5"]), ("c", "C", ["漆黑:9"])]


@pytest.fixture(scope="module")
def pair() -> tuple[Router, Router]:
    """The hand table asking the opinion, and the same table alone."""
    opinion = Router.from_units(OPINION_UNITS, settings=LEARNED_SETTINGS)
    return Router.from_units(HAND, opinion=opinion), Router.from_units(HAND)


def test_an_unsure_decision_takes_the_opinion_and_keeps_the_hand_tables_words(
    pair: tuple[Router, Router],
) -> None:
    asking, alone = pair
    text = "路灯不亮还停电，晚上"
    assert alone.route(text).unit == "a"
    result = asking.route(text)
    assert result.unit == "b"
    assert result.keywords == ("停电",)  # explained by the hand table's evidence for b
    assert [c.unit for c in result.candidates] == ["a", "b"]


@pytest.mark.parametrize(
    "text",
    [
        "路灯不亮还停电",  # the opinion has no view
        "路灯不亮还停电，晚上" + "，" * OPINION_CHARS,  # longer than what the opinion learned from
    ],
)
def test_the_hand_table_decides_otherwise(pair: tuple[Router, Router], text: str) -> None:
    asking, alone = pair
    assert asking.route(text).unit == alone.route(text).unit == "a"


@pytest.mark.parametrize(
    "text",
    [
        "路灯不亮还停电，晚上漆黑",  # the opinion is sure of c, for which the hand table has no word
        "路灯不亮还停电，晚上漆黑，物业不管",  # ... or only a trace of evidence
    ],
)
def test_a_weak_decision_yields_to_a_sure_opinion_named_by_its_words(
    pair: tuple[Router, Router], text: str,
) -> None:
    asking, alone = pair
    assert alone.route(text).confidence < WEAK
    result = asking.route(text)
    assert (result.unit, result.keywords) == ("c", ("漆黑",))


def test_a_confident_decision_is_not_asked_about() -> None:
    opinion = Router.from_units(OPINION_UNITS, settings=LEARNED_SETTINGS)
    hand = [("a", "A", ["路灯:6"]), ("b", "B", ["停电:0.8"])]
    asking = Router.from_units(hand, opinion=opinion)
    assert asking.route("路灯不亮还停电，晚上").unit == "a"
    assert asking.route("路灯不亮还停电，晚上漆黑").unit == "a"  # not even by a sure opinion


def test_the_hotline_keeps_a_matter_its_own_words_name() -> None:
    opinion = Router.from_units(OPINION_UNITS, settings=LEARNED_SETTINGS)
    hand = [("a", "A", ["路灯:1.2"]), ("c", "C", ["物业:0.1"]), (FALLBACK, "Hotline", ["旧址:1.5"])]
    asking = Router.from_units(hand, opinion=opinion)
    assert asking.route("旧址的路灯，漆黑漆黑").unit == FALLBACK
    assert asking.route("一处路灯，漆黑漆黑").unit == "c"  # a's slight evidence yields


def test_a_weak_decision_yields_only_to_a_word_the_hand_table_lacks() -> None:
    """A keyword of the hand table (here 漆黑, a trace of c) was weighed there with its company."""
    opinion = Router.from_units(OPINION_UNITS, settings=LEARNED_SETTINGS)
    asking = Router.from_units([("a", "A", ["路灯:1.2"]), ("c", "C", ["漆黑:0.05"])], opinion=opinion)
    assert asking.route("一处路灯，漆黑漆黑").unit == "a"


def test_a_weak_decision_on_a_slip_read_here_stays() -> None:
    """The opinion reads 挺电 as typed; the hand table read 停电 in it."""
    opinion = Router.from_units(OPINION_UNITS, settings=LEARNED_SETTINGS)
    asking = Router.from_units([("a", "A", ["停电:1.6"]), ("c", "C", ["物业:0.1"])], opinion=opinion)
    result = asking.route("又挺电了，漆黑漆黑")
    assert result.confidence < WEAK
    assert (result.unit, result.keywords) == ("a", ("停电(挺电)",))


def test_the_opinion_never_names_a_unit_this_router_does_not_have() -> None:
    opinion = Router.from_units(OPINION_UNITS, settings=LEARNED_SETTINGS)
    asking = Router.from_units([("a", "A", ["路灯:1.2"])], opinion=opinion)
    assert asking.route("一处路灯，漆黑漆黑").unit == "a"


@settings(max_examples=200, deadline=None)
@given(words=st.lists(st.sampled_from(["路灯", "停电", "物业", "晚上", "漆黑", "不亮", "，"]),
                      max_size=12))
def test_property_the_opinion_picks_among_the_leading_units_or_by_its_words(
    pair: tuple[Router, Router], words: list[str]
) -> None:
    asking, alone = pair
    text = "".join(words)
    mine, theirs = asking.route(text), alone.route(text)
    leading = [c.unit for c in theirs.candidates[:OPINION_CHOICES]]
    # A result's confidence is rounded to 3 places: a shown 0.6 may be 0.5996 < WEAK inside.
    weak = theirs.unit == FALLBACK or theirs.confidence <= WEAK
    if weak and mine.unit not in (theirs.unit, *leading):
        # decided by the opinion alone, named by its own words of the matter found in the text
        assert mine.keywords and all(word in text for word in mine.keywords)
        assert not {"黑一", "晚上"} & set(mine.keywords)  # no character pair, no everyday word
    else:
        assert mine.unit == theirs.unit or mine.unit in leading
    assert mine.candidates == theirs.candidates


# Where the hand table finds nothing, the opinion knows c by a word (漆黑) and by a character pair
# (黑一), and b by an everyday word (晚上, too common in jieba's dictionary to explain a matter).
SURE_UNITS = [("a", "A", ["路灯:1"]), ("b", "B", ["晚上:8"]), ("c", "C", ["漆黑:9", "黑一:9"])]


@pytest.mark.parametrize(
    ("text", "unit", "keywords"),
    [
        ("今天漆黑", "c", ("漆黑",)),  # sure, and named by its word
        ("晚上漆黑", "c", ("漆黑",)),  # sure enough at OPINION_SURE 0.45, 9 against b's 8
        ("黑一黑一", FALLBACK, ()),  # sure, but only a character pair to show for it
        ("晚上晚上", FALLBACK, ()),  # sure, but only an everyday word to show for it
    ],
)
def test_where_the_hand_table_has_nothing_a_sure_opinion_decides_by_its_words(
    text: str, unit: str, keywords: tuple[str, ...],
) -> None:
    opinion = Router.from_units(SURE_UNITS, settings=LEARNED_SETTINGS)
    assert Router.from_units(HAND).route(text).unit == FALLBACK
    result = Router.from_units(HAND, opinion=opinion).route(text)
    assert (result.unit, result.keywords) == (unit, keywords)


def test_the_default_router_asks_the_shipped_opinion_and_a_routes_file_decides_alone(
    tmp_path: Path,
) -> None:
    config = load_config(REPO / "config.example.toml")
    units = [(u.code, u.name, u.keywords) for u in config.units]
    # The hand table alone reads the garlic (agri); the opinion knows a rigged scale is weights and
    # measures (market).
    text = "收蒜的老板秤上做了手脚，一百斤的蒜只称出八十八斤"
    result = build_router(units).route(text)
    assert result.unit == "market"
    assert result.keywords and all(word in text for word in result.keywords)
    routes = tmp_path / "routes.toml"
    routes.write_text('[[units]]\ncode = "agri"\n[units.keywords]\n"收蒜" = 1\n', encoding="utf-8")
    assert build_router(units, routes).route(text).unit == "agri"


@pytest.mark.slow  # learns the table again
@pytest.mark.timeout(900)  # minutes of CPU where cores are shared
def test_the_shipped_opinion_is_what_the_sets_give() -> None:
    shipped = (REPO / "nlp" / OPINION).read_text(encoding="utf-8")
    assert learn_opinion() == shipped, (
        "the routing sets or lexicons changed: run `python -m nlp.opinion` and commit nlp/opinion.json"
    )


@pytest.mark.parametrize("name", [OPINION, NONREPORT])
def test_the_shipped_learned_tables_hold_their_keywords_normalised(name: str) -> None:
    # Start-up reads them without folding ~78,000 keywords again: they are stored folded.
    for unit in load_learned(name).units:
        assert all(normalize(word) == word for word, _ in unit.keywords), unit.code


def test_a_learned_table_with_a_keyword_not_normalised_is_not_written() -> None:
    table = RouteTable((UnitRoute("a", "a", (("停水", 1.0), ("斷網", 1.0))),), LEARNED_SETTINGS)
    with pytest.raises(ValueError, match="斷網"):
        dump_learned(table, ())
