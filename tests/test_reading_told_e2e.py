"""What a citizen means, read right (an outside tester, round 20; refs #10), through the real bot
and the fake Bot API: an answer to a unit's question (哪个组？什么时候开始停的？) that gives the
place, the time and then why the trouble came (俺孙子说是管子冻裂了) joins the ticket asked, while
one more matter (也…) is still its own; and a report told again within the hour at the same place,
pointed at with 那个 and asked after (…村东头那个桥栏杆断了，啥时候修？), joins its open ticket."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    STAFF,
    WATER_GROUP,
    events,
    join_staff,
    report,
    tickets_of,
    wait_text,
    with_transport,
)

ASKED, MORE, BRIDGE, COVER = range(541, 545)


def test_why_the_trouble_came_answers_the_units_question(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (ASKED, MORE))
    water = report(fake, bot, ASKED, "后王楼村停水好几天了，一直没有来水")
    other = report(fake, bot, MORE, "前李庄自来水停了两天了")
    for ticket, answer in ((water, "三组，上个礼拜天开始的，俺孙子说是管子冻裂了"),
                           (other, "二组，前天晚上开始的，听说是主管道让挖掘机挖断了")):
        fake.send_text(STAFF["water"], f"/reply {ticket['number']} 您好，请问是哪个组？什么时候开始停的？")
        wait_text(fake, ticket["citizen_id"], "什么时候开始停的")
        fake.send_text(ticket["citizen_id"], answer)
        fake.wait_until(lambda t=ticket: events(bot, t, "supplement"), timeout=20)
        [told] = wait_text(fake, WATER_GROUP, f"工单 {ticket['number']} 市民补充")
        assert answer in told, told
        assert len(tickets_of(bot, ticket["citizen_id"])) == 1

    # One more matter of the same unit (也) is a ticket of its own, as before.
    fake.send_text(STAFF["water"], f"/reply {water['number']} 还有别的情况吗？")
    wait_text(fake, ASKED, "还有别的情况吗")
    fake.send_text(ASKED, "三组，俺家下水道也堵了，听说是冻的")
    fake.wait_until(lambda: len(tickets_of(bot, ASKED)) == 2, timeout=20)


@pytest.mark.parametrize(("first", "again"), [
    ("胡集镇张庄村东头的桥栏杆断了，晚上过路很危险", "胡集镇张庄村东头那个桥栏杆断了，啥时候修？"),
    ("李家寨南头的桥栏杆掉河里了", "李家寨南头那座桥栏杆掉河里了，咋还没人修"),
])
def test_the_same_matter_at_the_same_place_told_again_joins_its_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch,
    first: str, again: str
) -> None:
    bot = make_bot(with_transport(monkeypatch))
    join_staff(fake, bot, (BRIDGE,))
    ticket = report(fake, bot, BRIDGE, first)
    wait_text(fake, BRIDGE, "工单编号")
    fake.send_text(BRIDGE, again)
    fake.wait_until(lambda: events(bot, ticket, "supplement"), timeout=20)
    [said] = wait_text(fake, BRIDGE, "作为补充")
    assert ticket["number"] in said
    assert len(tickets_of(bot, BRIDGE)) == 1
