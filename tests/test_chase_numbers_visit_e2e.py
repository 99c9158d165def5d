"""A chase by a bare short number typed after a 回访 answer, through the real bot process and the
fake Bot API: 联系过了。3号的事有人管吗 answers the visit and chases the writer's ticket 0003 —
it opened a hotline ticket of 3号的事有人管吗 (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import tickets_of, water_visits

CHASER = 521


def test_a_bare_number_chased_after_a_visit_answer_chases_and_opens_no_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, (CHASER,))
    fake.send_text(CHASER, "村口路灯坏了好几天，晚上黑乎乎的")
    second = fake.wait_until(lambda: len(tickets_of(bot, CHASER)) == 2
                             and tickets_of(bot, CHASER)[1], timeout=15)
    short = int(second["number"].split("-")[1])
    before = len(fake.sent(CHASER))

    fake.send_text(CHASER, f"联系过了。{short}号的事有人管吗")
    fake.wait_until(lambda: tickets_of(bot, CHASER)[0]["contacted"] == 1, timeout=15)
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action IN ('chased', 'asked')", [second["id"]]),
                    timeout=15)
    fake.wait_until(lambda: [m for m in fake.sent(CHASER)[before:]
                             if second["number"] in (m["text"] or "")
                             and "催办" in (m["text"] or "")], timeout=15)
    assert len(tickets_of(bot, CHASER)) == 2
