"""Short English emergencies (an outside tester's findings): a cry of a few words naming the
danger alone is urgent and not small talk, read by class like the Chinese 着火了 or 救命; the same
words in a question, a past or a routine matter stay routine."""

from __future__ import annotations

import pytest

from nlp.router import Router

CRIES = [
    "electrocuted", "FIRE", "kitchen fire", "gas!", "drowning", "help me!", "someone drowning",
    "kid fell in river", "snake bite", "burglar in my house", "car crash", "help!", "HELP US",
    "explosion!", "my son fell into the pond", "intruder in our flat", "man electrocuted",
]
ROUTINE = [
    "fire station phone number?", "kitchen fire safety tips", "gas bill is too high",
    "what is the gas hotline?", "help me with my residence permit", "car crash last year, who pays?",
    "drowning prevention class for kids", "can you help me find the tax office?",
    "my phone fell into the river yesterday", "fire extinguisher inspection",
]


@pytest.mark.parametrize("text", CRIES)
def test_a_short_english_cry_is_urgent_and_not_noise(router: Router, text: str) -> None:
    result = router.route(text)
    assert result.urgent, text
    assert result.kind != "noise", text


@pytest.mark.parametrize("text", ROUTINE)
def test_the_same_words_in_a_routine_matter_stay_routine(router: Router, text: str) -> None:
    assert not router.route(text).urgent, text
