"""A chase by its form (nlp/chase.py): the sentences are pinned as noise in
tests/routing_sets/own_round8_chase.tsv; here, what must not be taken for one — a chase that
tells its matter is a report, one that tells an emergency is urgent (refs #10)."""

from __future__ import annotations

import pytest

from nlp.chase import is_chase
from nlp.router import Router
from nlp.tokenizer import normalize


@pytest.mark.parametrize(("text", "unit", "urgent"), [
    ("路灯坏了一个月了怎么还没人修", "urban", False),
    ("停水三天了快点处理啊", "water", False),
    ("我家着火了怎么还没人来", "", True),
    ("老人摔倒了怎么还没人来", "", True),
    ("快来人啊", "", True),
])
def test_a_chase_with_a_matter_of_its_own_stays_a_report(
    router: Router, text: str, unit: str, urgent: bool
) -> None:
    route = router.route(text)
    assert route.kind == "report" and route.urgent == urgent
    assert route.unit == unit or not unit


@pytest.mark.parametrize("text", ["催一下", "怎么还没人来？", "我的事办得怎么样了", "有人管没人管啊"])
def test_a_chase_is_noise_with_its_own_topic(router: Router, text: str) -> None:
    assert router.route(text).kind == "noise" and router.noise_topic(text) == "chase"


@pytest.mark.parametrize("text", ["什么时候停水", "怎么还没来电", "快点来人", "工资什么时候发",
                                  "我家的情况", "怎么不去找村委会",
                                  "星期天也有人管吗"])
def test_anything_left_over_is_a_matter_not_a_chase(text: str) -> None:
    assert not is_chase(normalize(text))
