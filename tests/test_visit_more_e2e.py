"""What a citizen says after a 未解决 or 不满意 in the same message (an outside tester's findings;
refs #10): more of the matter, even in another unit's wider words (王德福家门口还是一股臭味 at a
water ticket's 回访), joins the ticket — told to the unit at once, and in its 重办 notice — and
opens no ticket; a chase of a ticket it names (4号到底什么时候有人来管) is a 催办, not a remark."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from tests import test_visit_sentence_e2e as sentence
from tests.harness import BotProcess
from tests.test_visit_sentence_e2e import WATER_GROUP, _texts, _tickets, _type, _wait_text

SMELL, SAME, CHASE = range(531, 534)  # tickets 0001, 0002, 0003


def test_more_of_an_unsolved_matter_joins_it_and_a_chase_is_a_chase(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sentence, "CITIZENS", (SMELL, SAME, CHASE))
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    sentence._asked(fake, bot)

    # The tester's own: answered 否 / 未解决, the smell kept on the water ticket and told to
    # its unit at once; the 不满意 after it reopens the ticket, the words in its 重办 notice.
    fake.send_text(SMELL, "没人联系我，也没解决，王德福家门口还是一股臭味")
    fake.wait_until(lambda: _tickets(bot, SMELL)[0]["solved"] == 0, timeout=15)
    _wait_text(fake, WATER_GROUP, "还是一股臭味")
    fake.send_text(SMELL, "不满意")
    fake.wait_until(lambda: _tickets(bot, SMELL)[0]["state"] == "reopened", timeout=15)
    [notice] = fake.wait_until(lambda: [t for t in _texts(fake, WATER_GROUP)
                                        if "重办" in t and _tickets(bot, SMELL)[0]["number"] in t],
                               timeout=15)
    assert "市民回访时说" in notice and "还是一股臭味" in notice and "王德福" not in notice

    # The 未解决 and 不满意 and the more in one message: the 重办 notice has the words, the
    # citizen is told they were added.
    _type(fake, bot, SAME, "联系了", "contacted")
    fake.send_text(SAME, "没解决，很不满意，门口还是一股臭味")
    fake.wait_until(lambda: _tickets(bot, SAME)[0]["state"] == "reopened", timeout=15)
    number = _tickets(bot, SAME)[0]["number"]
    [notice] = fake.wait_until(lambda: [t for t in _texts(fake, WATER_GROUP)
                                        if "重办" in t and number in t], timeout=15)
    assert "门口还是一股臭味" in notice
    _wait_text(fake, SAME, "已将您补充的内容加入工单")

    # A chase after the last answer, naming the writer's ticket: a 催办 of it.
    _type(fake, bot, CHASE, "联系了", "contacted")
    fake.send_text(CHASE, "没解决，很不满意！3号到底什么时候有人来管")
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action IN ('chased', 'asked')",
        [_tickets(bot, CHASE)[0]["id"]]), timeout=15)
    assert _tickets(bot, CHASE)[0]["state"] == "reopened"

    for citizen in (SMELL, SAME, CHASE):
        assert len(_tickets(bot, citizen)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
