"""A question of general knowledge gets an answer saying what the service is for and no ticket; a
question naming a matter is a report (nlp.nonreport_asked), through the real bot process."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN = 511
VISITOR = 512


def test_a_question_of_general_knowledge_is_answered_without_a_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "天为什么是蓝色的")
    [answer] = fake.wait_sent(CITIZEN, 1)
    assert "答不上来" in answer["text"] and "在哪里" in answer["text"] and "/help" in answer["text"]
    fake.send_text(VISITOR, "what time is it in Beijing")
    [english] = fake.wait_sent(VISITOR, 1)
    assert "cannot answer that" in english["text"] and "/help" in english["text"]
    assert bot.tickets() == []

    fake.send_text(CITIZEN, "路灯坏了找谁修")  # a question naming a matter is a report
    fake.wait_until(lambda: len(bot.tickets()) == 1, timeout=30)
    [ticket] = bot.tickets()
    assert ticket["unit"] == "urban"
    assert not fake.unexpected_errors()
