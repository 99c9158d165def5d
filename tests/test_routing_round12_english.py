"""Round-12 misses in English and in alarms (refs #10), pinned with our own sentences: everyday
English reports of a unit's remit reach it; a tip or a question about a hazard is no emergency,
a seizure happening now is."""

from __future__ import annotations

import pytest

from nlp.router import Router


@pytest.mark.parametrize(("text", "unit"), [
    ("the water from my tap is brown and smells bad", "water"),
    ("the water coming out of our taps is cloudy", "water"),
    ("the power went out in our building", "power"),
    ("we have had no lights since the storm, the whole block is dark", "power"),
    ("the street lamp at our corner has been out for a month", "urban"),
    ("the bins on our street are overflowing", "urban"),
    ("the bar downstairs is so noisy at night", "urban"),
    ("my mother's pension is late again", "hrss"),
    ("the hospital won't cover my bill with medical insurance", "medins"),
    ("the kindergarten raised its fees without notice", "education"),
    ("I got sick after eating at a restaurant, the meat was rotten", "market"),
    ("the restaurant kitchen is dirty and the food made us ill", "market"),
])
def test_an_everyday_english_report_reaches_its_unit(router: Router, text: str, unit: str) -> None:
    route = router.route(text)
    assert (route.kind, route.unit) == ("report", unit), route


@pytest.mark.parametrize("text", [
    "carbon monoxide poisoning prevention tips",
    "how to prevent gas poisoning in winter?",
    "what should I do if someone has a seizure",
    "tips for preventing kitchen fires",
    "如何预防煤气中毒",
    "煤气中毒怎么预防",
    "冬季防火小知识",
    "冬天烧炉子怎么防止一氧化碳中毒",
])
def test_a_tip_or_question_about_a_hazard_is_not_urgent(router: Router, text: str) -> None:
    assert not router.route(text).urgent


@pytest.mark.parametrize("text", [
    "he keeps having seizures",
    "my dad is having a seizure",
    "my son is convulsing and won't wake up",
    "the old man on the floor is shaking and foaming at the mouth",
    "孩子突然抽风，口吐白沫",
    "老人在地上抽搐，叫不醒",
    "我妈一直在抽，嘴里吐白沫",
])
def test_a_seizure_now_is_urgent(router: Router, text: str) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent, route
