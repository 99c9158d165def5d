"""Progress questions in the citizen's own words (refs #10): a matter pointed back to with 那个
alone, a matter named in English after `my complaint about` or before `I reported`, and a
ticket number marked in English are read as asking after that ticket; the same words telling a
matter now, or a number that is a place, are not."""

from __future__ import annotations

import pytest

from nlp.chase import is_chase, numbered_chase
from nlp.chase_referred import names_ticket, of_all, referred
from nlp.tokenizer import normalize


@pytest.mark.parametrize(("text", "matter"), [
    ("摆摊那个有人管没有啊", "摆摊那个"),
    ("停水那个咋样了", "停水那个"),
    ("路灯那个有消息没有", "路灯那个"),
    ("下水道那件有进展吗", "下水道那件"),
    ("上回那个路灯咋样了", "上回那个路灯"),
    ("前几天那个下水道堵了的有人管了吗", "前几天那个下水道堵了的"),
    ("昨天那个停水的问题弄好了没", "昨天那个停水的问题"),
    ("any update on my complaint about the street light?", "my complaint about the street light"),
    ("Any news about the pothole I reported?", "the pothole i reported"),
    ("what's the status of my report on the water cut", "my report on the water cut"),
    ("the street lamp we reported yesterday - any update?", "the street lamp we reported yesterday"),
    ("Hi, has anyone looked at the noise problem we reported? thanks",
     "the noise problem we reported"),
])
def test_a_progress_question_gives_the_matter_it_names(text: str, matter: str) -> None:
    found = referred(normalize(text))
    assert found is not None and found[0] == normalize(matter), found
    assert not of_all(found[0])


@pytest.mark.parametrize("text", [
    "那个路口红绿灯坏了有人管吗",  # a matter told now, pointed at, not back to
    "我家那个热水器坏了，有人管吗",
    "小区那个垃圾站臭死了有人管没有",
    "刚才煤气泄漏了到现在还没人来",
    "the street light is broken, any update?",  # told now
    "any update on my complaint about the street light? also my house is on fire",
    "I want to complain about the street light",
])
def test_a_matter_told_now_is_no_progress_question(text: str) -> None:
    assert referred(normalize(text)) is None


def test_a_ticket_named_in_english_is_a_question_about_a_ticket() -> None:
    assert names_ticket("my complaint about the street light")
    assert names_ticket("the pothole i reported")
    assert not names_ticket("the pothole")
    # A matter the writer says they reported is a ticket too, finished or not.
    assert names_ticket("我上回说的那个路灯") and names_ticket("我之前反映的路灯那个")
    assert not names_ticket("上回那个路灯") and not names_ticket("停水那个")
    assert of_all("all my reports") and of_all("my complaints")


@pytest.mark.parametrize(("text", "number"), [
    ("any news on no. 7?", "7"),
    ("Any update on #7?", "7"),
    ("what's the status of ticket 3?", "3"),
    ("is there any news on case number 12", "12"),
    ("No. 5?", "5"),
])
def test_a_number_marked_in_english_is_chased(text: str, number: str) -> None:
    found = numbered_chase(normalize(text))
    assert found is not None and found.number == number and not found.bare
    assert is_chase(normalize(text))


@pytest.mark.parametrize("text", [
    "No. 7 building has no water",
    "any news on no. 7 building?",
    "The light on No. 3 road is broken",
    "the fire at no. 7 is spreading",
])
def test_a_number_that_is_a_place_is_no_chase(text: str) -> None:
    assert numbered_chase(normalize(text)) is None
    assert not is_chase(normalize(text))
