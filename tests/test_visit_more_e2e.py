"""What a citizen says after a 未解决 or 不满意 in the same message (an outside tester's findings;
refs #10): more of the matter, even in another unit's wider words (王德福家门口还是一股臭味 at a
water ticket's 回访), joins the ticket — told to the unit at once, and in its 重办 notice — and
opens no ticket; a chase of a ticket it names (4号到底什么时候有人来管) is a 催办, not a remark."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import WATER_GROUP, texts, tickets_of, type_answer, wait_text, water_visits

SMELL, SAME, CHASE = range(531, 534)  # tickets 0001, 0002, 0003


def test_more_of_an_unsolved_matter_joins_it_and_a_chase_is_a_chase(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, (SMELL, SAME, CHASE))

    # The tester's own: answered 否 / 未解决, the smell kept on the water ticket and told to
    # its unit at once; the 不满意 after it reopens the ticket, the words in its 重办 notice.
    fake.send_text(SMELL, "没人联系我，也没解决，王德福家门口还是一股臭味")
    fake.wait_until(lambda: tickets_of(bot, SMELL)[0]["solved"] == 0, timeout=15)
    wait_text(fake, WATER_GROUP, "还是一股臭味")
    fake.send_text(SMELL, "不满意")
    fake.wait_until(lambda: tickets_of(bot, SMELL)[0]["state"] == "reopened", timeout=15)
    [notice] = fake.wait_until(lambda: [t for t in texts(fake, WATER_GROUP)
                                        if "重办" in t and tickets_of(bot, SMELL)[0]["number"] in t],
                               timeout=15)
    assert "市民回访时说" in notice and "还是一股臭味" in notice and "王德福" not in notice

    # The 未解决 and 不满意 and the more in one message: the 重办 notice has the words, the
    # citizen is told they were added.
    type_answer(fake, bot, SAME, "联系了", "contacted")
    fake.send_text(SAME, "没解决，很不满意，门口还是一股臭味")
    fake.wait_until(lambda: tickets_of(bot, SAME)[0]["state"] == "reopened", timeout=15)
    number = tickets_of(bot, SAME)[0]["number"]
    [notice] = fake.wait_until(lambda: [t for t in texts(fake, WATER_GROUP)
                                        if "重办" in t and number in t], timeout=15)
    assert "门口还是一股臭味" in notice
    # … and the citizen is told the notice carried the words, not that a 补充 was passed on
    # (none was: outside tester T27, finding 11).
    wait_text(fake, SAME, f"您说的情况已写进工单 {number} 的重办通知，县水务局重新办理时会一并看到")
    assert not [t for t in texts(fake, SAME) if "已将您补充" in t], texts(fake, SAME)
    assert not [t for t in texts(fake, WATER_GROUP) if "市民补充" in t and number in t]

    # A chase after the last answer, naming the writer's ticket: a 催办 of it.
    type_answer(fake, bot, CHASE, "联系了", "contacted")
    fake.send_text(CHASE, "没解决，很不满意！3号到底什么时候有人来管")
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action IN ('chased', 'asked')",
        [tickets_of(bot, CHASE)[0]["id"]]), timeout=15)
    assert tickets_of(bot, CHASE)[0]["state"] == "reopened"

    for citizen in (SMELL, SAME, CHASE):
        assert len(tickets_of(bot, citizen)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
