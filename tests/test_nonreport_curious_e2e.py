"""Idle curiosity through the real bot process (nlp.nonreport_curious): a question about a kind of
thing is answered as a question the service cannot answer, shares talked about get a reply and no
ticket, and a complaint asked as a why-question is a ticket at its unit."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN = 521


def test_idle_questions_get_no_ticket_and_a_why_complaint_gets_one(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "乌龟为啥冬天一动不动")
    [answer] = fake.wait_sent(CITIZEN, 1)
    assert "答不上来" in answer["text"] and "在哪里" in answer["text"] and "/help" in answer["text"]
    fake.send_text(CITIZEN, "股市今天又绿了，心疼")
    [_, reply] = fake.wait_sent(CITIZEN, 2)
    assert "没太看明白" in reply["text"] and "在哪里" in reply["text"] and "工单" not in reply["text"]
    assert bot.tickets() == []

    fake.send_text(CITIZEN, "为什么我们村的路灯总不亮")  # a complaint asked as why: a report
    fake.wait_until(lambda: len(bot.tickets()) == 1, timeout=30)
    [ticket] = bot.tickets()
    assert ticket["unit"] == "urban"
    assert not fake.unexpected_errors()
