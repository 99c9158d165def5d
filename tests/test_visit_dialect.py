"""回访 answers in the county's dialect (an elderly villager's findings; refs #10)."""

from __future__ import annotations

import pytest

from bot.domain.visit import read_answers, read_typed
from bot.domain.visit_dialect import in_mandarin


@pytest.mark.parametrize(("text", "said"), [
    ("来人看过咧，路补好咧，中，得劲", {"c": "1", "s": "1", "r": "3"}),
    ("有人来咧，妥了，中咧", {"c": "1", "s": "1", "r": "3"}),
    ("来人看过哩，管用，得劲", {"c": "1", "s": "1", "r": "3"}),
    ("没人来过哩，还没修好哩，不得劲", {"c": "0", "s": "0", "r": "1"}),
    ("没来人看过", {"c": "0"}),
    ("中", {"c": "1"}),
    ("没人联系俺，没修好，不满意", {"c": "0", "s": "0", "r": "1"}),  # 俺 is 我
])
def test_dialect_answers(text: str, said: dict[str, str]) -> None:
    reading = read_answers(text, "c")
    assert reading.said == said and reading.rest == ""


def test_words_by_the_question_waiting() -> None:
    assert in_mandarin("中咧", "s") == "是" and in_mandarin("中", "r") == "满意"
    assert read_typed("得劲", "r") == {"r": "3"} and read_typed("不大得劲", "r") == {"r": "1"}
    assert read_typed("妥了", "s") == {"s": "1"} and read_typed("不管用", "s") == {"s": "0"}
    assert in_mandarin("中心小学门口", "c") == "中心小学门口"  # 中 in a word stays


def test_a_new_matter_in_dialect_is_still_the_rest() -> None:
    reading = read_answers("来人看过咧，另外俺村的路灯也坏咧", "c")
    assert reading.said == {"c": "1"} and "路灯" in reading.rest
