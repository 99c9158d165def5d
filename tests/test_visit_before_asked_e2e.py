"""A just-finished ticket's own matter said to be still not right before its 回访 is asked is
kept on it as 未解决, never a new ticket (an outside tester; refs #10): 胡说，俺家到现在还是没水，
根本没人来修 right after the 办结 notice is told to the unit, and the 回访 left unanswered then
reopens the ticket instead of closing it as 默认满意."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_visit_sentence_e2e import CST, STAFF, WATER_GROUP, _tickets, _wait_text

CITIZEN = 561


def test_still_not_right_after_the_finish_notice_is_kept_as_unsolved(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user in (CITIZEN, STAFF):
        fake.add_user(user)
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    _wait_text(fake, STAFF, "县水务局")
    fake.send_text(CITIZEN, "西街1号楼停水两天了，一直没有来水")
    [ticket] = fake.wait_until(lambda: _tickets(bot, CITIZEN), timeout=15)
    fake.send_text(STAFF, f"/accept {ticket['number']}")
    fake.send_text(STAFF, f"/done {ticket['number']} 已抢修管道，恢复供水")
    _wait_text(fake, CITIZEN, "稍后回访时请告诉我们")

    fake.send_text(CITIZEN, "胡说，俺家到现在还是没水，根本没人来修")
    _wait_text(fake, WATER_GROUP, "胡说，俺家到现在还是没水")  # the unit told
    _wait_text(fake, CITIZEN, "未解决")  # and the citizen told it is kept on the ticket
    said = bot.query("SELECT new FROM events WHERE ticket_id = ? AND action = 'visit_said'",
                     [ticket["id"]])
    assert [e["new"] for e in said] == ["s"]
    assert len(_tickets(bot, CITIZEN)) == 1

    resolved = dt.datetime.fromisoformat(_tickets(bot, CITIZEN)[0]["resolved_at"])
    asked = (resolved + dt.timedelta(days=2)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0)
    assert "visits 1" in bot.cli("tick", "--now", asked.isoformat()).stdout
    bot.cli("tick", "--now", (asked + dt.timedelta(days=4)).isoformat())
    fake.wait_until(lambda: _tickets(bot, CITIZEN)[0]["state"] == "reopened", timeout=15)
    assert len(_tickets(bot, CITIZEN)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
