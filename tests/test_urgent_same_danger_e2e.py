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
    # Alerted again, said in English as it was asked.
    told = "alerted" in again or "supervisors have been told" in again  # no unit chat here
    assert first["number"] in again and told and "emergency" in again, again
    events = bot.query("SELECT action FROM events WHERE ticket_id = ?", (first["id"],))
    assert {"repeated", "chased"} <= {e["action"] for e in events}
    fake.send_text(CITIZEN, "kitchen fire")  # another danger: its own ticket
    fake.wait_sent(CITIZEN, 3)
    tickets = bot.tickets()
    assert len(tickets) == 2 and all(t["urgent"] for t in tickets)
    assert not fake.unexpected_errors()


def test_a_calm_complaint_of_smoke_after_a_fire_opens_its_own_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """An outside tester's finding: after a kitchen fire, smoke of burnt rubbish every evening was
    taken as the same fire told again and opened no ticket; a calm complaint is never joined."""
    bot = make_bot()
    fake.send_text(CITIZEN, "help my kitchen is on fire")
    fake.wait_sent(CITIZEN, 1)
    [fire] = bot.tickets()
    assert fire["urgent"]
    calm = ("my neighbour keeps burning rubbish every evening and the smoke is annoying",
            "the factory chimney smoke is bad again today, please check it")
    for n, text in enumerate(calm, start=2):
        fake.send_text(CITIZEN, text)
        answer = fake.wait_sent(CITIZEN, n)[-1]["text"]
        assert "Case number" in answer and fire["number"] not in answer, answer  # in English
        assert "If anyone is in danger" not in answer, answer
    tickets = bot.tickets()
    assert len(tickets) == 3 and [t["urgent"] for t in tickets].count(True) == 1
    assert {t["text"] for t in tickets} >= set(calm)
    events = bot.query("SELECT action FROM events WHERE ticket_id = ?", (fire["id"],))
    assert "repeated" not in {e["action"] for e in events}
    assert not fake.unexpected_errors()
