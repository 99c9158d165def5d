"""A just-finished ticket's own matter said to be still not right before its 回访 is asked is
kept on it as 未解决, never a new ticket (an outside tester; refs #10): 胡说，俺家到现在还是没水，
根本没人来修 right after the 办结 notice is told to the unit, and the 回访 left unanswered then
reopens the ticket instead of closing it as 默认满意."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    WATER_GROUP,
    ask_visits,
    finish,
    join_staff,
    report,
    tickets_of,
    wait_text,
)

CITIZEN = 561


def test_still_not_right_after_the_finish_notice_is_kept_as_unsolved(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CITIZEN,))
    ticket = report(fake, bot, CITIZEN, "西街1号楼停水两天了，一直没有来水")
    finish(fake, bot, ticket, "已抢修管道，恢复供水")
    wait_text(fake, CITIZEN, "稍后回访时请告诉我们")

    fake.send_text(CITIZEN, "胡说，俺家到现在还是没水，根本没人来修")
    wait_text(fake, WATER_GROUP, "胡说，俺家到现在还是没水")  # the unit told
    wait_text(fake, CITIZEN, "未解决")  # and the citizen told it is kept on the ticket
    said = bot.query("SELECT new FROM events WHERE ticket_id = ? AND action = 'visit_said'",
                     [ticket["id"]])
    assert [e["new"] for e in said] == ["s"]
    assert len(tickets_of(bot, CITIZEN)) == 1

    asked = ask_visits(bot, 1, days=2)
    bot.cli("tick", "--now", (asked + dt.timedelta(days=4)).isoformat())
    fake.wait_until(lambda: tickets_of(bot, CITIZEN)[0]["state"] == "reopened", timeout=15)
    assert len(tickets_of(bot, CITIZEN)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
