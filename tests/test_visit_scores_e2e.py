"""Colloquial scores at 满意度 are ratings, never a 补充 (an outside tester, refs #10): 零蛋 typed
right after a new report was added to that report's ticket as 补充：零蛋, and a score in stars
with a remark was not told back as a rating. 零蛋 and 零分 are 不满意 (the ticket goes back to its
unit), 三颗星 is three of five, 基本满意, and 三颗星吧 with a remark on the handling keeps the remark
on the visit. Through the real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    ask_visits,
    finish,
    join_staff,
    report,
    texts,
    tickets_of,
    wait_text,
)

EGG, ZERO, STARS, STARS_SAID = range(561, 565)
# What each citizen types at 满意度, and the rating and state it leaves.
SCORES = {EGG: ("零蛋", "unsatisfied", "reopened"), ZERO: ("零分", "unsatisfied", "reopened"),
          STARS: ("三颗星", "basic", "closed"),
          STARS_SAID: ("三颗星吧，拉个绳子就糊弄人", "basic", "closed")}
LAMP = "村口路灯不亮了，晚上出门黑咕隆咚的"
ADDED = ("已补充到", "已将您补充的内容")


def _at_rating(fake: FakeBotAPI, bot: BotProcess) -> None:
    """Every citizen reports a water cut, staff finish each, the visits are asked and answered
    up to 满意度; then each reports a new matter, so a word not read as a score would join it."""
    join_staff(fake, bot, tuple(SCORES))
    for n, citizen in enumerate(SCORES):
        finish(fake, bot, report(fake, bot, citizen, f"北街{n + 1}号院停水三天了，水龙头一滴水都没有"),
               "已更换阀门，恢复供水")
    ask_visits(bot, len(SCORES))
    for citizen in SCORES:
        wait_text(fake, citizen, "联系过您")
        fake.send_text(citizen, "联系过了，解决了")
        wait_text(fake, citizen, "最后一个问题")
        fake.send_text(citizen, LAMP)
        fake.wait_until(lambda c=citizen: len(tickets_of(bot, c)) == 2, timeout=15)


@pytest.mark.slow
def test_colloquial_scores_are_ratings_never_a_supplement(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot(OVERRIDES)
    _at_rating(fake, bot)
    for citizen, (words, rating, state) in SCORES.items():
        before = len(fake.sent(citizen))
        fake.send_text(citizen, words)
        fake.wait_until(lambda c=citizen, s=state: tickets_of(bot, c)[0]["state"] == s, timeout=15)
        visited, lamp = tickets_of(bot, citizen)
        assert visited["rating"] == rating, (words, visited)  # a 重办 clears 已解决 for its 回访
        # The new matter's ticket keeps its own words: nothing was added to it.
        assert lamp["text"] == LAMP and lamp["unit"] != "water", (words, lamp)
        assert not bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action ="
                             " 'supplement'", [lamp["id"]]), words
        fake.wait_until(bot.settled, timeout=15)
        seen = texts(fake, citizen)[before:]
        assert not [t for t in seen if any(a in t for a in ADDED)], (words, seen)
        told = "重新办理" if state == "reopened" else "已销号"
        assert [t for t in seen if told in t and visited["number"] in t], (words, seen)
    # The remark said with the stars is kept on the visit, and the citizen told so.
    [remark] = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action ="
                         " 'visit_said'", [tickets_of(bot, STARS_SAID)[0]["id"]])
    assert "糊弄人" in remark["detail"]
    assert [t for t in texts(fake, STARS_SAID) if "回访记录" in t]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
