"""Which of a citizen's tickets a message is about, read once against all of them (one reading,
bot/domain/reading.py; an outside tester, refs #10), through the real bot and the fake Bot API:
a withdrawal by matter with 回访 waiting offers the ticket of that matter, not an answer nor
every ticket of its unit; a correction (说错了，不是摆摊，是占道经营) goes to the ticket whose words
it corrects; a correction of details during a 重办 is added to that ticket, never a duplicate;
and an English 回访 answer naming the matter is recorded on that matter's visit."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    URBAN_GROUP,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    texts,
    tickets_of,
    wait_text,
)

WAITING, STALLS, GATE, ENGLISH = range(521, 525)


def test_a_message_goes_to_the_ticket_whose_matter_it_names(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (WAITING, STALLS, GATE, ENGLISH))
    water = report(fake, bot, WAITING, "西街3号楼停水两天了，一直没有来水")
    drain = report(fake, bot, WAITING, "小区门口下水道堵了，污水漫到路上")
    cover = report(fake, bot, WAITING, "东关街井盖丢了，很危险")
    lamp = report(fake, bot, WAITING, "村口路灯不亮了，晚上黑漆漆的")
    stalls = [report(fake, bot, STALLS, text) for text in (
        "菜市场门口有人摆摊占道", "东关街路灯坏了好几天了", "北关街井盖丢了")]
    gate = report(fake, bot, GATE, "西门口井盖丢了，晚上容易掉下去")
    far_lamp = report(fake, bot, ENGLISH, "南关村路灯坏了好几天了")
    tap = report(fake, bot, ENGLISH, "南关村停水一天了")
    for ticket in (water, drain, gate, far_lamp, tap):
        finish(fake, bot, ticket, "已处理完毕")
    ask_visits(bot, 5)
    wait_text(fake, WAITING, "联系过您", 2)
    wait_text(fake, ENGLISH, "联系过您", 2)

    # Withdrawal by matter while two visits wait: the lamp ticket offered, alone; no answer.
    before = len(texts(fake, WAITING))
    fake.send_text(WAITING, "路灯那个不用办了")
    [offer] = fake.wait_until(lambda: [t for t in texts(fake, WAITING)[before:] if "撤回" in t],
                              timeout=15)
    assert lamp["number"] in offer and cover["number"] not in offer
    for visited in (water, drain):
        assert (row(bot, visited)["contacted"], row(bot, visited)["state"]) == (None, "resolved")
    assert row(bot, lamp)["state"] == "new" and len(tickets_of(bot, WAITING)) == 4

    # A correction of the matter: the 摆摊 ticket is the one meant, of three of the unit's.
    fake.send_text(STALLS, "说错了，不是摆摊，是占道经营")
    [added] = wait_text(fake, STALLS, "加入工单")
    assert stalls[0]["number"] in added
    assert [d for d in events(bot, stalls[0], "supplement") if "占道经营" in d]
    assert not events(bot, stalls[1], "supplement") and not events(bot, stalls[2], "supplement")
    assert len(tickets_of(bot, STALLS)) == 3

    # A correction of details during a 重办: added to that ticket, no duplicate.
    fake.send_text(GATE, "没人联系，没解决，不满意")
    fake.wait_until(lambda: row(bot, gate)["state"] == "reopened", timeout=15)
    fake.send_text(GATE, "地址说错了，是东门不是西门")
    [told] = wait_text(fake, GATE, "加入工单")
    assert gate["number"] in told
    assert [d for d in events(bot, gate, "supplement") if "东门" in d]
    wait_text(fake, URBAN_GROUP, "是东门不是西门")
    assert len(tickets_of(bot, GATE)) == 1

    # An English answer naming the matter: on the street light's visit, not the newer one's.
    for ticket in (far_lamp, tap):
        asked = next(m for m in fake.messages(ENGLISH) if ticket["number"] in (m.get("text") or "")
                     and "联系过您" in (m.get("text") or ""))
        fake.press(ENGLISH, asked, f"v:{ticket['id']}:0:c:1")
        fake.wait_until(lambda t=ticket: row(bot, t)["contacted"] == 1, timeout=15)
    fake.send_text(ENGLISH, "the street light is fixed, thanks")
    fake.wait_until(lambda: row(bot, far_lamp)["solved"] == 1, timeout=15)
    assert (row(bot, tap)["solved"], row(bot, tap)["state"]) == (None, "resolved")
    assert len(tickets_of(bot, ENGLISH)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
