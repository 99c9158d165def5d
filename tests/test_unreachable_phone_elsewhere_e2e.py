"""A citizen who blocked the bot but left their phone on an older ticket is reachable by phone
(refs #10, outside tester, round 21): a newer ticket of theirs with someone else's number (他电话…)
must not hide it. Staff's `/reply` and the unit's notice say this ticket has no phone, the
citizen left one on ticket N, and point to `/contact` — never 没有任何途径联系到市民. Through the
real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import GROUPS, OVERRIDES, STAFF, events, join_staff, report, texts, wait_text

CITIZEN = 851
OWN = "13953712288"
NEIGHBOURS = "13805371234"


def test_a_blocked_citizens_phone_on_an_older_ticket_is_offered_to_reply_and_unit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CITIZEN,))
    own = report(fake, bot, CITIZEN, f"俺家门口下水道堵了，污水漫到路上，俺电话{OWN}")
    other = report(fake, bot, CITIZEN, f"对门邻居天天半夜砸墙吵得没法睡，他电话{NEIGHBOURS}")
    lamp = report(fake, bot, CITIZEN, "俺们小区门口的路灯坏了一个礼拜了")
    assert (own["unit"], other["unit"], lamp["unit"]) == ("water", "police", "urban")
    wait_text(fake, CITIZEN, lamp["number"])
    fake.block_bot(CITIZEN)
    fake.wait_until(lambda: events(bot, lamp, "unreachable"), timeout=20)
    [gone] = bot.query("SELECT new FROM events WHERE ticket_id = ? AND action = 'unreachable'",
                       [lamp["id"]])
    assert gone["new"] is None, gone  # a phone to call, not reach.NO_PHONE

    told = wait_text(fake, GROUPS["urban"], "无法送达")[-1]
    assert f"另一张工单 {own['number']}" in told and f"/contact {lamp['number']}" in told, told
    assert "没有任何途径" not in told, told

    seen = len(texts(fake, STAFF["urban"]))
    fake.send_text(STAFF["urban"], f"/reply {lamp['number']} 师傅下午过去修")
    answer: str = fake.wait_until(lambda: next((t for t in texts(fake, STAFF["urban"])[seen:]
                                                if "答复已记录" in t), None), timeout=20)
    assert "没有任何途径" not in answer and "没有留下电话" not in answer, answer
    assert f"另一张工单 {own['number']}" in answer and f"/contact {lamp['number']}" in answer, \
        answer
    assert not [e for e in fake.unexpected_errors() if e.status not in (403, 429)]
