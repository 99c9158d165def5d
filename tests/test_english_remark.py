"""An English remark about life in the county is no report; an English report that tells its
trouble without a trouble word, or asks for something, stays one (round 26; refs #10)."""

from __future__ import annotations

import pytest

from nlp.router import Router


@pytest.mark.parametrize("text", [
    "I moved to Jinxiang last spring for work and honestly I'm starting to like the slow pace here",
    "my wife and I went to the night market yesterday and tried the grilled garlic, surprisingly sweet",
    "just finished my first week teaching at the middle school, the kids are shy but very curious",
    "my daughter started kindergarten this month and already speaks more Mandarin than I do haha",
    "the sunset over the garlic fields tonight was unreal, wish I had a better camera",
    "our company is sending me back to Germany next month, I will miss the dumplings for sure",
    "is there a group for foreigners living in the county? would be nice to meet some people",
])
def test_a_pleasant_remark_in_english_is_noise(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise", text


@pytest.mark.parametrize("text", [
    "would be nice if someone fixed the streetlight on our lane",
    "I like the new park but the toilets there are always locked",
    "love the town, but the bus to the station never comes on time",
    "my kids enjoy the playground, sadly the slide is broken and sharp",
    "it sounds like someone is trapped in the lift of building 3",
    "happy to live here, though our landlord keeps the deposit and won't answer",
    "nice market, shame the sellers use fake scales",
])
def test_an_english_report_with_a_pleasant_word_stays_a_report(router: Router, text: str) -> None:
    assert router.route(text).kind == "report", text
