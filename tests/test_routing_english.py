"""Messages in English, in pinyin and mixed with Chinese, pinned with our own sentences: a message
the county's Chinese tables cannot read still reaches a person (nlp.english, nlp.pinyin)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp import pinyin
from nlp.english import is_nonreport
from nlp.router import Router
from nlp.tokenizer import normalize


@pytest.mark.parametrize(("text", "unit", "word"), [
    ("There's a huge pothole on the road by the bank, my bike tyre burst", "transport", "pothole"),
    ("The landlord keeps my rental deposit and won't answer my calls", "housing", "landlord"),
    ("Someone broke into our flat and stole two phones", "police", "broke into"),
    ("The factory is polluting the stream behind our village", "ecology", "polluting"),
    ("My employer owes me three months of wages", "hrss", "wages"),
    ("The street lights on our lane have been off for weeks", "urban", "street lights"),
    ("Fruit hawkers block the whole pavement outside the station every morning", "urban", "hawkers"),
    ("Our family still has no deed for the house we built in the village", "land", "deed"),
    ("Is the water from the tap safe to drink? It tastes of chlorine", "water", "water from the tap"),
])
def test_an_english_report_goes_to_the_unit_its_remit_words_name(
    router: Router, text: str, unit: str, word: str
) -> None:
    route = router.route(text)
    assert (route.kind, route.unit, route.urgent) == ("report", unit, False)
    assert word in route.keywords


@pytest.mark.parametrize("text", [
    "I applied for my papers in spring and nobody has called me back since",
    "Why is everything so slow here? Three visits and still no stamp",
    "My neighbour's tree is leaning over my roof, who should I talk to?",
    # Thanks for last time, then a new trouble told without any unit's word (refs #10, round 26).
    "thanks for your help last time, but now the neighbor's dog barks all night",
    "Thank you for the quick reply. Upstairs they hammer every night and I can't sleep",
])
def test_an_english_report_no_unit_reads_goes_to_the_hotline_not_to_noise(
    router: Router, text: str
) -> None:
    route = router.route(text)
    assert (route.kind, route.unit) == ("report", "hotline")


@pytest.mark.parametrize("text", [
    "My little girl is locked in a hot car outside the bank, she is crying",
    "Grandpa was bitten by a snake in the yard just now, his hand is swelling",
    "My uncle drank pesticide, he is foaming at the mouth",
    "Please hurry, my husband is not breathing",
    "Water is pouring in through the window and my father can't walk",
    "Two kids are stuck in the elevator and it is getting hot in there, help",
])
def test_an_english_emergency_is_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent, route.keywords


@pytest.mark.parametrize("text", [
    "He hit me again last night, I want to know my rights",
    "My son was bitten by a snake last week and the clinic charged us a lot",
    "I'm worried that the old bridge will fall down one day",
    "A boy almost drowned in that pond last summer, please put up a fence",
])
def test_a_past_or_feared_harm_in_english_stays_routine(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and not route.urgent, route.keywords


@pytest.mark.parametrize("text", [
    "hello there", "Thanks a lot, have a nice day", "test 123", "Is this a robot?",
    "Can I write in English?", "Who can see my messages?", "What are your opening hours?",
    "Buy now! 70% off all shoes, click www.shoes.example",
    "Jingle bells, jingle bells, jingle all the way",
    "Garlic fried rice: fry 4 cloves of minced garlic until golden, add rice",
    "Roses are red, violets are blue, garlic is strong and so are you",
    "sdfsdf qweqwe", "ni hao", "xie xie", "zai ma",
    # asking what may be reported, naming the service, asking for a language (round 9)
    "What sort of issues can I report here?", "Hi, is this 金来办 the county service?",
    "这个 app 能用英文吗", "ke yi yong pin yin ma",
])
def test_an_english_or_pinyin_non_report_is_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise"


@pytest.mark.parametrize(("text", "unit", "typed"), [
    ("wo jia ting dian liang tian le, mei ren guan", "power", "停电(tingdian)"),
    ("xiao qu ting shui san tian le", "water", "停水(tingshui)"),
])
def test_a_report_typed_in_pinyin_is_read_as_characters_and_says_so(
    router: Router, text: str, unit: str, typed: str
) -> None:
    route = router.route(text)
    assert (route.kind, route.unit) == ("report", unit)
    assert typed in route.keywords


@pytest.mark.parametrize("text", [
    "mei qi xie lou le, wo jia li you lao ren, kuai lai",
    "zhao huo le, lou shang hai you ren",
    "you ren luo shui le, zai he bian, kuai lai jiu ren",
])
def test_an_emergency_typed_in_pinyin_is_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent


def test_pinyin_is_read_only_in_a_message_wholly_in_pinyin() -> None:
    assert pinyin.read(normalize("he is not breathing")) is None  # is, not: no syllable spells them
    assert pinyin.read(normalize("俺家 ranqi lou le")) is None  # letters among Chinese stay as typed
    reading = pinyin.read(normalize("ting dian le"))
    assert reading is not None and reading.text.startswith("停电")


@pytest.mark.parametrize("text", [
    "What problems can I report here? The street lights on our lane have been off for weeks",
    "Hi 金来办, my employer owes me three months of wages",
    "可以用英文吗？楼下饭店油烟太大了",
])
def test_a_question_about_the_service_with_a_matter_is_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report"


def test_a_mixed_message_routes_by_its_chinese_and_english_words(router: Router) -> None:
    route = router.route("房东不退 deposit，我已经搬走两个月了")
    assert route.kind == "report" and "deposit" in route.keywords


def test_a_place_named_only_to_say_where_counts_little(router: Router) -> None:
    # the supermarket is where the car is, not the matter: a rescue for the hotline
    route = router.route("A toddler is locked in a car in the supermarket car park, please help")
    assert route.urgent and route.unit == "hotline"


_WORDS = st.sampled_from(["hello", "thanks", "please", "my", "the", "today", "friend", "again", "ok"])


@settings(max_examples=200, deadline=None)
@given(words=st.lists(_WORDS, max_size=8), trouble=st.sampled_from([
    "no water for three days", "someone stole my bike", "my boss has not paid my wages",
    "the road is broken", "the landlord refused to return the deposit",
]))
def test_property_english_trouble_is_never_noise(words: list[str], trouble: str) -> None:
    assert is_nonreport(normalize(" ".join([*words, trouble]))) is False
