"""The same emergency told again in another language joins the first (an outside tester's
finding: a drowning sent in Chinese and then in English made two urgent tickets): an emergency of
the same kind from the same citizen within the hour a word-for-word repeat joins in presses the
first ticket's unit again, as a repeat does; one of another kind opens its own (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN = 641


def test_the_same_drowning_in_chinese_then_english_is_one_ticket_alerted_again(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "有人落水了，快来人")
    fake.wait_sent(CITIZEN, 1)
    [first] = bot.tickets()
    assert first["urgent"]
    fake.send_text(CITIZEN, "someone drowning")
    again = fake.wait_sent(CITIZEN, 2)[-1]["text"]
    assert len(bot.tickets()) == 1
    assert first["number"] in again and "转告" in again and "紧急" in again, again  # alerted again
    events = bot.query("SELECT action FROM events WHERE ticket_id = ?", (first["id"],))
    assert {"repeated", "chased"} <= {e["action"] for e in events}
    fake.send_text(CITIZEN, "kitchen fire")  # another danger: its own ticket
    fake.wait_sent(CITIZEN, 3)
    tickets = bot.tickets()
    assert len(tickets) == 2 and all(t["urgent"] for t in tickets)
    assert not fake.unexpected_errors()
