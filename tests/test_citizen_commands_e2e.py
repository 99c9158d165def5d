"""A citizen's commands through the real bot process and the fake Bot API: answered during a
flood (within a limit), and `/my` saying what it leaves out (SPEC §4, §7)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from bot.domain.delivery import COMMANDS_IN_A_FLOOD
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN = 501
NUMBER = re.compile(r"\d{8}-\d{4,}")
FLOOD = 3  # [intake] flood_per_minute in these tests


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or "" for m in fake.sent(chat)]


def _settled(bot: BotProcess, stored: int) -> bool:
    """All `stored` messages of the citizen handled, and everything answered sent."""
    return bot.query("SELECT count(*) AS n FROM inbox WHERE chat_id = ? AND processed_at IS NOT"
                     " NULL", [CITIZEN])[0]["n"] == stored and not bot.query(
        "SELECT 1 FROM outbox WHERE state IN ('queued', 'sending', 'unknown')")


def test_commands_are_answered_in_a_flood_and_a_flood_of_commands_is_not(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """A citizen who set off the flood notice still gets /my, /status and /help answered; past
    COMMANDS_IN_A_FLOOD commands in a minute, commands are stored but not answered."""
    bot = make_bot({"intake.flood_per_minute": FLOOD})
    fake.send_text(CITIZEN, "村口的路灯坏了三天了，晚上特别黑")
    [ack] = fake.wait_sent(CITIZEN, 1)
    number = NUMBER.search(ack["text"]).group()  # type: ignore[union-attr]
    started = time.monotonic()
    for _ in range(FLOOD - 1):
        fake.send_text(CITIZEN, "你好")
    fake.send_text(CITIZEN, "/my")  # the first message over the limit: notice and answer
    fake.send_text(CITIZEN, "你好")  # in the flood: not answered
    fake.send_text(CITIZEN, f"/status {number}")
    fake.send_text(CITIZEN, "/help")
    fake.wait_until(lambda: _settled(bot, 1 + FLOOD + 3), timeout=60)
    said = _texts(fake, CITIZEN)[1:]
    assert sum("消息较多" in t for t in said) == 1  # the one notice for the burst
    assert any("您反映的问题" in t and number in t for t in said)  # /my
    assert any("办理记录" in t and number in t for t in said)  # /status
    assert any("隐私" in t and "120" in t for t in said)  # /help
    assert len(said) == (FLOOD - 1) + 1 + 3  # greetings before the flood, notice, 3 answers
    assert "消息较多" in said[FLOOD - 1] and "您反映的问题" in said[FLOOD]

    # A flood of commands: answered up to the limit within the minute, then stored silently.
    before = len(fake.sent(CITIZEN))
    for _ in range(10):
        fake.send_text(CITIZEN, "/my")
    fake.wait_until(lambda: _settled(bot, 1 + FLOOD + 3 + 10), timeout=60)
    assert time.monotonic() - started < 55, "the test must stay within one minute"
    answered = len(fake.sent(CITIZEN)) - before
    assert answered == COMMANDS_IN_A_FLOOD - 3
    assert not fake.unexpected_errors()

