"""An outside tester's findings 7 and 8 (round 23; refs #10), through the real bot and the fake
Bot API. 不用你们管了, or 算了不用你们管了，我自己找人拉走了, from a citizen with an open ticket is
a withdrawal told as 那堆垃圾我们自己雇车拉走了，你们不用来了 is: the ticket's unit is told, the
citizen offered its 撤回 — never 不客气！. A citizen who writes English reads "Withdraw" on the
withdraw buttons, as the text asks them to tap."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    URBAN_GROUP,
    WATER_GROUP,
    buttons,
    events,
    join_staff,
    report,
    row,
    sign,
    texts,
    tickets_of,
    wait_text,
)

HAULED, BOTHERED, TWO, ENGLISH, CHINESE = range(741, 746)
WASTE = "屋后路边有人倒了一大堆建筑垃圾，好多天了没人清理"
WATER = "俺们村停水两天了，一直没来水"


@pytest.fixture
def bot(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    started = make_bot(OVERRIDES)
    join_staff(fake, started, (HAULED, BOTHERED, TWO, ENGLISH, CHINESE))
    return started


def _answer(fake: FakeBotAPI, citizen: int, text: str, needle: str) -> dict[str, Any]:
    """The citizen sends `text`; the bot's answer holding `needle`."""
    seen = len(fake.sent(citizen))
    fake.send_text(citizen, text)
    found: dict[str, Any] = fake.wait_until(lambda: next(
        (m for m in fake.sent(citizen)[seen:] if needle in (m["text"] or "")), None), timeout=20)
    return found


@pytest.mark.parametrize(("citizen", "words"), [
    (HAULED, "算了不用你们管了，我自己找人拉走了"),
    (BOTHERED, "不用你们管了"),
])
def test_plain_words_that_the_unit_need_not_act_withdraw_and_tell_the_unit(
    fake: FakeBotAPI, bot: BotProcess, citizen: int, words: str
) -> None:
    waste = sign(fake, bot, report(fake, bot, citizen, WASTE, "urban"))
    offer = _answer(fake, citizen, words, "撤回")
    assert waste["number"] in offer["text"] and "/cancel" in offer["text"], offer["text"]
    assert "告知县综合行政执法局" in offer["text"], offer["text"]
    assert buttons(offer) == [f"wd:{waste['id']}"]
    told = wait_text(fake, URBAN_GROUP, "不需要再处理")[-1]
    assert waste["number"] in told and words in told, told
    assert events(bot, waste, "settled") == [words]
    assert not any("不客气" in t for t in texts(fake, citizen))
    assert len(tickets_of(bot, citizen)) == 1 and row(bot, waste)["state"] == "accepted"

    fake.press(citizen, offer, f"wd:{waste['id']}")  # the 撤回 it offers withdraws it
    fake.wait_until(lambda: row(bot, waste)["state"] == "withdrawn", timeout=15)
    wait_text(fake, URBAN_GROUP, "已被市民撤回")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_with_two_tickets_the_one_just_sent_is_meant_and_its_unit_told(
    fake: FakeBotAPI, bot: BotProcess
) -> None:
    water = sign(fake, bot, report(fake, bot, TWO, WATER, "water"))
    waste = sign(fake, bot, report(fake, bot, TWO, WASTE, "urban"))
    offer = _answer(fake, TWO, "算了，不用你们管了", "撤回")
    assert waste["number"] in offer["text"] and water["number"] not in offer["text"]
    assert buttons(offer) == [f"wd:{waste['id']}"]
    wait_text(fake, URBAN_GROUP, "不需要再处理")
    assert events(bot, waste, "settled") == ["算了，不用你们管了"]
    assert not events(bot, water, "settled")
    assert not any("不需要再处理" in t for t in texts(fake, WATER_GROUP))
    assert not any("不客气" in t for t in texts(fake, TWO))
    assert [t["state"] for t in tickets_of(bot, TWO)] == ["accepted", "accepted"]


def _labels(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button["text"] for line in rows for button in line]


def test_an_english_citizens_withdraw_buttons_read_withdraw(
    fake: FakeBotAPI, bot: BotProcess
) -> None:
    lamp = report(fake, bot, ENGLISH, "The water has been cut off in our building for two days")
    drain = report(fake, bot, ENGLISH, "The drain outside my shop is blocked and stinks")
    listed = _answer(fake, ENGLISH, "Please cancel the sewage tank report, we fixed it ourselves",
                     "Withdraw")
    assert "We found no case about" in listed["text"], listed["text"]
    assert _labels(listed) == [f"Withdraw {drain['number']}", f"Withdraw {lamp['number']}"]
    assert buttons(listed) == [f"wd:{drain['id']}", f"wd:{lamp['id']}"]

    # A Chinese reader's buttons stay Chinese.
    water = report(fake, bot, CHINESE, WATER)
    waste = report(fake, bot, CHINESE, WASTE)
    listed = _answer(fake, CHINESE, f"{water['number']}和{waste['number']}都撤回吧", "撤回")
    assert _labels(listed) == [f"撤回 {water['number']}", f"撤回 {waste['number']}"]
    assert [t["state"] for t in tickets_of(bot, ENGLISH)] == ["new", "new"]
