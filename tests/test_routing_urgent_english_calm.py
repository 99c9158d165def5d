"""An outside tester's English emergencies round two: a calm complaint told with a hazard's word (a
habit, an annoyance, a request to check) is no emergency; a fallen live wire, smoke from a
neighbour's window, a building collapsing, a roof fallen on someone and carbon monoxide with a
headache are, each with its kind; and our own sentences beyond the tester's (refs #10)."""

from __future__ import annotations

import pytest

from nlp.router import Router

CALM_TESTER = [
    "my neighbour keeps burning rubbish every evening and the smoke is annoying",
    "the factory chimney smoke is bad again today, please check it",
    "the farmers keep burning straw every autumn",
]
CALM_OURS = [
    "the restaurant keeps blowing smoke into our flat every evening",
    "smoke from the bbq place downstairs is so annoying, please check",
    "someone burns plastic behind the school every weekend, the smell is terrible",
    "the smoke from the brick kiln is bad again, can you look into it",
    "there is always smoke over the landfill, it stinks",
    "please check the burning smell near the market, it happens every night",
    "the neighbours burn leaves all the time and the smoke is a nuisance",
    "our street floods again every time it rains, please check the drains",
    "the wires on our pole keep sparking when it rains, please send someone to check",
    "the transformer is sparking again, please check it",
    "someone is burning tyres again, the smell is terrible",
    "the co alarm keeps going off, please check it",
]
URGENT_TESTER = [
    ("the power line fell on the road and its sparking", "power"),
    ("there's smoke coming out of my neighbours window", "fire"),
    ("the building is collapsing", "collapse"),
    ("the roof fell on my father", "collapse"),
    ("carbon monoxide alarm going off my head hurts", "fumes"),
]
URGENT_OURS = [
    ("a power line came down on our street and it's sparking", "power"),
    ("live wire fell on the road, kids nearby", "power"),
    ("black smoke pouring out of the flat upstairs", "fire"),
    ("thick smoke coming out of the school window", "fire"),
    ("the old house is collapsing, help", "collapse"),
    ("the wall fell on a worker", "collapse"),
    ("ceiling came down on my grandma", "collapse"),
    ("the co alarm is going off and my wife feels dizzy", "fumes"),
    ("carbon monoxide in my room, my head hurts", "fumes"),
    ("help my kitchen is on fire", "fire"),
    ("smoke everywhere, please help, my son is inside", "fire"),
    ("the smoke is bad, my kids can't breathe, help", "fire"),
]


@pytest.mark.parametrize("text", CALM_TESTER + CALM_OURS)
def test_a_habit_an_annoyance_or_a_request_to_check_is_no_emergency(router: Router, text: str) -> None:
    result = router.route(text)
    assert not result.urgent, (text, result.hazard)


@pytest.mark.parametrize(("text", "hazard"), URGENT_TESTER + URGENT_OURS)
def test_a_danger_told_happening_is_urgent_with_its_kind(router: Router, text: str, hazard: str) -> None:
    result = router.route(text)
    assert result.urgent and result.kind == "report", text
    assert result.hazard == hazard, (text, result.hazard)


@pytest.mark.parametrize(("text", "hazard"), [
    ("my baby keeps choking", "medical"),
    ("my son keeps vomiting, he drank pesticide", "medical"),
    ("the river is rising again, water coming into our house", "flood"),
    ("water is coming into the house again", "flood"),
    ("a man keeps attacking people with a knife", "violence"),
    ("smoke is pouring out again from the flat next door", "fire"),
    ("there's a burning smell in my flat", "fire"),
    ("carbon monoxide alarm keeps going off, my head hurts", "fumes"),
])
def test_a_habit_of_a_danger_to_someone_is_still_a_call(router: Router, text: str, hazard: str) -> None:
    """Only smoke, burning, fumes and sparks told as a habit or a bother are a nuisance: a body
    failing, an attack or water coming in told with keeps or again is still an emergency."""
    result = router.route(text)
    assert result.urgent and result.hazard == hazard, (text, result.hazard)
