"""Words that only take back what was reported, read for an edited report (nlp.taken_back; T21
finding 9): giving it up, a wish to withdraw naming nothing else, or the matter said to need no
more handling — and never a message that still tells a matter, names another ticket or corrects."""

from __future__ import annotations

import pytest

from nlp.taken_back import only_takes_back


@pytest.mark.parametrize("text", ["算了，不反映了", "算了算了 俺不投诉了", "不用了，已经好了",
                                  "never mind, cancel it", "Forget it.", "撤回吧", "当我没说"])
def test_words_that_only_take_it_back(text: str) -> None:
    assert only_takes_back(text)


@pytest.mark.parametrize("text", ["算了算了，停水三天了也没人管", "俺住城关镇南关村二组，不是北关",
                                  "说错了，不是停水是停电", "撤回3号", "公交站撤了",
                                  "never mind the lift, the stairs light is broken too",
                                  "房东扣着押金不退，算了不说了也没用，你们管管吧"])
def test_words_that_say_more_are_not(text: str) -> None:
    assert not only_takes_back(text)
