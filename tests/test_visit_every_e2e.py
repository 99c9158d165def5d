"""Answers said for every waiting 回访 at once (an outside tester, refs #10): with a water
ticket's and a street light's visits waiting, 都联系过了，两个都解决了，满意 was refused as not
knowing which ticket it was for — the citizen had said both. Now each visit records the answers
and the citizen is told for each; a bare 联系过了 still asks which, in 件 as every other count
the citizen reads, and 两个都 with three visits waiting names none of them. Through the real bot
and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    join_staff,
    row,
    texts,
    tickets_of,
    visits_asked,
)

BOTH, WHICH = 571, 572
WATER = "东街5号楼停水了，水龙头一滴水也没有"
LAMP = "北关十字路口的路灯坏了，晚上黑得看不见路"
REFUSED = "等待回访"


def test_answers_said_for_both_visits_answer_both(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (BOTH, WHICH))
    mine = visits_asked(fake, bot, {BOTH: (WATER, LAMP), WHICH: (WATER, LAMP)}, "已安排人员处理完毕")

    before = len(texts(fake, BOTH))
    fake.send_text(BOTH, "都联系过了，两个都解决了，满意")
    water, lamp = mine[BOTH]
    for ticket in (water, lamp):
        fake.wait_until(lambda t=ticket: row(bot, t)["state"] == "closed", timeout=15)
        done = row(bot, ticket)
        assert (done["contacted"], done["solved"], done["rating"]) == (1, 1, "satisfied"), done
    fake.wait_until(bot.settled, timeout=15)
    seen = texts(fake, BOTH)[before:]
    for ticket in (water, lamp):
        assert [t for t in seen if "已销号" in t and ticket["number"] in t], seen
    assert not [t for t in seen if REFUSED in t], seen
    assert len(tickets_of(bot, BOTH)) == 2  # nothing said opened a ticket

    # A bare answer naming neither is still asked about, counted in 件.
    before = len(texts(fake, WHICH))
    fake.send_text(WHICH, "联系过了")
    [which] = fake.wait_until(lambda: [t for t in texts(fake, WHICH)[before:] if REFUSED in t],
                              timeout=15)
    assert "2 件工单" in which and "张" not in which, which
    assert all(row(bot, t)["contacted"] is None for t in tickets_of(bot, WHICH))
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
