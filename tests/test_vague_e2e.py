"""A question or plea naming no matter through the real bot (outside tester, refs #10): no ticket
and no 不客气, but a request to say what the problem is and where; from a citizen with a ticket
being handled, how to follow it up."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

ASKER, PLEADER, REPORTER = 611, 612, 613


def test_a_question_or_plea_naming_no_matter_is_asked_what_it_is(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(ASKER, "我想问一下那个事情怎么弄")
    fake.send_text(PLEADER, "帮我看看这个问题，谢谢了，很急的")
    for citizen in (ASKER, PLEADER):
        [reply] = (m["text"] for m in fake.wait_sent(citizen, 1))
        assert "什么问题" in reply and "在哪里" in reply and "不客气" not in reply, reply
    assert bot.tickets() == []

    fake.send_text(REPORTER, "西街3号楼停水两天了")
    fake.wait_sent(REPORTER, 1)
    fake.send_text(REPORTER, "麻烦帮忙处理一下，谢谢，很急的")
    reply = fake.wait_sent(REPORTER, 2)[-1]["text"]
    assert "/my" in reply and "不客气" not in reply, reply
    assert len(bot.tickets()) == 1 and not fake.unexpected_errors()
