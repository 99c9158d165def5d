"""A 回访 handed back to a citizen who unblocks the bot starts its 3 days when they are asked
(an outside tester, refs #10): a citizen who blocked the bot right after the 办结 and came back
five days later was asked the 回访 question and, in the same minute, told it was closed as
默认满意 — the 3 days had been counted from the phone 回访 the supervisors got while the citizen
was out of reach. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_reachable_again_e2e import _finished_out_of_reach, _member, _row, _with
from tests.test_staff_e2e import CITIZEN, SUPERVISOR
from tests.test_supervision_e2e import tick

CLOSED = "按默认满意销号"


def test_a_visit_handed_back_on_unblock_waits_three_days_from_then(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, ticket, resolved = _finished_out_of_reach(fake, make_bot)
    number = ticket["number"]
    asked = by_day(resolved + dt.timedelta(hours=25))
    tick(bot, asked)
    _with(fake, SUPERVISOR, "电话回访", number)
    back = by_day(asked + dt.timedelta(days=4))
    tick(bot, back)  # out of reach: no 默认满意, the supervisors reminded
    assert _row(bot, ticket)["state"] == "resolved"
    _member(fake)
    question = _with(fake, CITIZEN, "经办人是否联系过您", number)
    assert question.get("reply_markup")
    tick(bot, back + dt.timedelta(minutes=2))  # the bot's own minute tick, a little later
    fake.wait_until(bot.settled, timeout=15)
    assert _row(bot, ticket)["state"] == "resolved"
    assert not [m for m in fake.sent(CITIZEN) if CLOSED in (m["text"] or "")]
    tick(bot, back + dt.timedelta(days=2, hours=23))  # at any hour: by_day could pass the 3 days
    assert _row(bot, ticket)["state"] == "resolved"
    # Three days after they were asked again, unanswered: 默认满意, and they are told so.
    tick(bot, by_day(back + dt.timedelta(days=3, minutes=5)))
    fake.wait_until(lambda: _row(bot, ticket)["state"] == "closed", timeout=15)
    assert _row(bot, ticket)["rating"] == "default"
    _with(fake, CITIZEN, CLOSED, number)
