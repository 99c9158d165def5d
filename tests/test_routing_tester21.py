"""The round-21 outside tester's routing finds, in our own sentences (refs #10): someone beaten
and bleeding is an assault the police act on, not a health-services matter; a writer's own job
with its workplace, told in a sentence of its own, does not decide the unit; English remit words
one word off the lexicon (a hole in the road, a rabies jab) name their unit."""

from __future__ import annotations

import pytest

from bot.texts.safety import emergency_first, safety_advice
from bot.texts.safety_en import safety_advice as safety_advice_en
from nlp.router import Router

BEATEN = [
    "俺妹妹被她对象打了，嘴角还在流血",
    "我哥在集上被几个人打了，头破了在流血",
    "俺被男人打得满脸是血，躲在邻居家",
    "他挨了一顿揍，牙都掉了，嘴里全是血",
    "My cousin was beaten by two men outside the bar and his head is bleeding",
]
# A wound with no blow by a person, or a teacher's conduct, keeps its own unit.
NOT_BEATEN = [
    ("俺爹被电打了，手上出血，人还清醒", "urgent"),
    ("俺家孩子摔了一跤，膝盖磕破了在流血，叫不醒", "urgent"),
]


@pytest.mark.parametrize("text", BEATEN)
def test_beaten_and_bleeding_goes_to_the_police_as_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent and route.unit == "police", (
        text, route.unit, route.keywords)


@pytest.mark.parametrize(("text", "_"), NOT_BEATEN)
def test_a_wound_without_a_blow_is_not_the_polices(router: Router, text: str, _: str) -> None:
    route = router.route(text)
    assert route.urgent and route.unit != "police", (text, route.unit, route.keywords)


def test_the_violence_advice_tells_to_ring_120_for_the_wounded_too_and_repeats_no_line() -> None:
    first = emergency_first("violence")
    assert "110" in first[0] and "120" in safety_advice("violence"), first
    assert "110" not in safety_advice("violence"), "the first line already gives 110"
    assert "110" not in safety_advice_en("violence") and "120" in safety_advice_en("violence")


INTRODUCED = [
    ("Hi, I'm a maths teacher at the No.3 Middle School. The manhole cover on Jinshan Road "
     "outside our building has been missing for a week.", "education"),
    ("I work at the county hospital as a nurse. Our village has had no tap water since Sunday.",
     "health"),
]


@pytest.mark.parametrize(("text", "workplace"), INTRODUCED)
def test_a_job_and_workplace_told_to_introduce_oneself_do_not_decide(
    router: Router, text: str, workplace: str
) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.unit != workplace, (text, route.unit, route.keywords)


def test_a_workplace_the_letter_goes_on_about_still_counts(router: Router) -> None:
    route = router.route("I am a teacher at the No.2 middle school and the school has not paid "
                         "our salary for three months")
    assert route.unit == "education", (route.unit, route.keywords)


@pytest.mark.parametrize(("text", "unit"), [
    ("Our dog-walking path has a hole in the road as big as a basin, my son's bike went in.",
     "transport"),
    ("A cat scratched and bit my daughter this morning. Where do we get the rabies jab?", "health"),
    ("My grandson was bitten by a stray dog near the market, does he need a rabies vaccine?",
     "health"),
])
def test_english_remit_words_one_word_off(router: Router, text: str, unit: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.unit == unit, (text, route.unit, route.keywords)
