"""A new problem told while a ticket is in 重办 opens its own ticket (an outside citizen tester's
finding; refs #10): with a water cut reopened, 东关街的下水道堵了 — the same unit's, another
matter — is a new ticket, while 还是没水 still joins the reopened one."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import WATER_GROUP, tickets_of, wait_text, water_visits

CITIZEN = 641


def test_another_matter_of_the_same_unit_is_not_swallowed_by_a_reopened_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, (CITIZEN,))
    fake.send_text(CITIZEN, "联系了，没解决，很不满意")
    fake.wait_until(lambda: tickets_of(bot, CITIZEN)[0]["state"] == "reopened", timeout=15)
    reopened = tickets_of(bot, CITIZEN)[0]

    fake.send_text(CITIZEN, "东关街下水道堵了")
    fake.wait_until(lambda: len(tickets_of(bot, CITIZEN)) == 2, timeout=15)
    drain = tickets_of(bot, CITIZEN)[1]
    assert drain["unit"] == "water" and "下水道" in drain["text"]
    wait_text(fake, CITIZEN, drain["number"])
    assert not bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'",
                         [reopened["id"]])

    fake.send_text(CITIZEN, "还是没水")  # more of the reopened matter: joins it
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'", [reopened["id"]]),
        timeout=15)
    wait_text(fake, WATER_GROUP, "还是没水")
    assert len(tickets_of(bot, CITIZEN)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
