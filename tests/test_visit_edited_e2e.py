"""A citizen edits a message that answered a 回访 (an outside tester, refs #10): 不满意 edited to
满意 a second after it sent the ticket back said nothing and changed nothing. While the visit
still waits the edit is a new answer (the change told, what was recorded before and what now);
once the ticket moved on — back with its unit, or closed — the answer stands and the citizen
reads one line saying so and how to tell it otherwise. Through the real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    WATER_GROUP,
    join_staff,
    row,
    texts,
    visits_asked,
    wait_text,
)

SENT_BACK, CLOSED, WAITING = 581, 582, 583
CITIZENS = (SENT_BACK, CLOSED, WAITING)
STANDS = "修改后的内容不会改变记录"


def _answer(fake: FakeBotAPI, bot: BotProcess, citizen: int, ticket: dict[str, Any], text: str,
            column: str, value: Any) -> dict[str, Any]:
    """The citizen types `text`; waits for it to be recorded; returns the message sent."""
    sent: dict[str, Any] = fake.send_text(citizen, text)
    fake.wait_until(lambda: row(bot, ticket)[column] == value, timeout=15)
    return sent


def _edit(fake: FakeBotAPI, citizen: int, message: dict[str, Any], text: str, needle: str
          ) -> list[str]:
    """The citizen edits `message` to `text`; what they read after it, once `needle` came."""
    before = len(texts(fake, citizen))
    fake.edit_text(citizen, message, text)
    fake.wait_until(lambda: [t for t in texts(fake, citizen)[before:] if needle in t], timeout=15)
    return texts(fake, citizen)[before:]


def test_an_edited_visit_answer_is_taken_while_it_waits_else_said_to_stand(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, CITIZENS)
    asked = visits_asked(fake, bot, {citizen: f"东街{n + 1}号楼停水了，水龙头一滴水也没有"
                                     for n, citizen in enumerate(CITIZENS)}, "已更换阀门，恢复供水")
    ticket = {citizen: told[0] for citizen, told in asked.items()}

    # Sent back by 不满意, then edited to 满意: the answer stands, the 重办 too, and they are told.
    lines = len(texts(fake, WATER_GROUP))
    water = ticket[SENT_BACK]
    _answer(fake, bot, SENT_BACK, water, "联系过了，解决了", "solved", 1)
    unhappy = _answer(fake, bot, SENT_BACK, water, "不满意", "state", "reopened")
    wait_text(fake, SENT_BACK, "重新办理")
    [said] = [t for t in _edit(fake, SENT_BACK, unhappy, "满意", STANDS) if STANDS in t]
    assert water["number"] in said and "重新办理" in said and "新消息" in said, said
    assert (row(bot, water)["state"], row(bot, water)["rating"]) == ("reopened", "unsatisfied")

    # Closed as 满意, then edited to 不满意: the visit is over; a new message is the way.
    closed = ticket[CLOSED]
    _answer(fake, bot, CLOSED, closed, "联系过了，解决了", "solved", 1)
    happy = _answer(fake, bot, CLOSED, closed, "满意", "state", "closed")
    [said] = [t for t in _edit(fake, CLOSED, happy, "不满意", STANDS) if STANDS in t]
    assert closed["number"] in said and "回访已经结束" in said, said
    assert (row(bot, closed)["state"], row(bot, closed)["rating"]) == ("closed", "satisfied")

    # While the visit waits (at 问题是否解决), 联系过了 edited to 没人联系过 is taken and told.
    waiting = ticket[WAITING]
    yes = _answer(fake, bot, WAITING, waiting, "联系过了", "contacted", 1)
    wait_text(fake, WAITING, "第二个问题")
    seen = _edit(fake, WAITING, yes, "没人联系过我", "现已按您刚才的回答改为")
    fake.wait_until(lambda: row(bot, waiting)["contacted"] == 0, timeout=15)
    [changed] = [t for t in seen if "现已按您刚才的回答改为" in t]
    assert waiting["number"] in changed and "「是」" in changed and "「否」" in changed, changed
    assert not [t for t in seen if STANDS in t], seen
    assert row(bot, waiting)["state"] == "resolved"
    # The units heard what the citizens said (the 重办 and the changed answer), nothing more.
    unit = texts(fake, WATER_GROUP)[lines:]
    assert [t for t in unit if water["number"] in t and "重办" in t], unit
    assert not [t for t in unit if water["number"] in t and "修改" in t], unit
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
