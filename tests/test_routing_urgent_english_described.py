"""Emergencies told in English by what is happening, with no cry word (no fire, help, police,
ambulance, emergency): something giving way on people, someone buried or shut in, a bus in a
river, a body failing, a poison swallowed; read by nlp.urgent_english as a hazard × someone in it
now. The same words in calm matters, a habit or the past stay plain reports (refs #10)."""

from __future__ import annotations

import pytest

from nlp.router import Router

DESCRIBED = [
    "A tree came down on a car with a woman in it",
    "my boy climbed into an old fridge and the door closed",
    "a kid is shut inside a metal box in the yard",
    "the floor of the old school gave way and children fell through",
    "part of the mine roof fell in and three men are underground",
    "my grandma choked on a sweet and her face is purple",
    "my daughter drank some bleach",
    "the kid ate rat poison",
    "grandpa ate mushrooms from the hill and is vomiting",
    "my dad is having trouble breathing and his chest hurts",
    "the scaffolding gave way with people on it",
    "the trench caved in on a worker",
    "my mother has gone all floppy and won't respond",
    "the old lady next door fell and hasn't got up for an hour",
    "my husband cut his hand badly on the saw",
    "A child has fallen into the fish pond behind the school and nobody can reach him.",
    "A bus has gone off the road into the river near the village.",
    "There are kids playing on the ice on the reservoir and the ice is cracking.",
    "The landslide has blocked the road and a car is buried under the mud.",
]
CALM = [
    "The road surface caved in near the market, please send someone to fill the hole",
    "My dad has had trouble breathing for years, can he get a disability card",
    "he is not responding to my messages about the rent",
    "My son fell into the fish pond last summer, can the village put up a fence",
    "Kids often skate on the ice at the reservoir in winter, please put up a warning sign",
    "The drain pipe in our yard is buried under the mud since the landslide, who will clear it",
    "My mother cannot walk well, can she get a wheelchair from the disabled federation",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_described_emergency_in_english_is_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent, (text, route.keywords)


@pytest.mark.parametrize("text", CALM)
def test_the_same_words_told_calmly_are_a_plain_report(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and not route.urgent, (text, route.keywords)


LONG_CALL = (
    "Hello, I am an English teacher working at the middle school in town and I am writing from the "
    "staff room. One of my students, a girl of about fourteen, suddenly collapsed during the lesson a "
    "few minutes ago. She is lying on the floor, her lips are turning blue and she is not responding "
    "when we call her name. The other teachers do not know what to do."
)
LONG_LETTER = (
    "Hello, I am an English teacher working at the middle school in town. Last year one of my students "
    "collapsed during a lesson and was taken to the county hospital, where she recovered well. Since "
    "then I have wanted to ask whether the school could offer first aid training to the staff, because "
    "none of us knew what to do that day. Who should I contact about this?"
)


def test_a_long_call_in_english_is_read_as_chinese_counts_its_length(router: Router) -> None:
    """Over 200 characters in English is some 70 words, a call told in full (a letter is 200
    Chinese characters, three times as many in latin letters: nlp.urgent_english.spelt)."""
    assert len(LONG_CALL) > 200
    route = router.route(LONG_CALL)
    assert route.kind == "report" and route.urgent, route.keywords


def test_a_long_english_letter_about_the_past_stays_plain(router: Router) -> None:
    assert len(LONG_LETTER) > 200
    route = router.route(LONG_LETTER)
    assert route.kind == "report" and not route.urgent, route.keywords
