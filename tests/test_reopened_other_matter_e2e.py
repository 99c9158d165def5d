"""A new problem told while a ticket is in 重办 opens its own ticket (an outside citizen tester's
finding; refs #10): with a water cut reopened, 东关街的下水道堵了 — the same unit's, another
matter — is a new ticket, while 还是没水 still joins the reopened one."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from tests import test_visit_sentence_e2e as sentence
from tests.harness import BotProcess
from tests.test_visit_sentence_e2e import WATER_GROUP, _tickets, _wait_text

CITIZEN = 641


def test_another_matter_of_the_same_unit_is_not_swallowed_by_a_reopened_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sentence, "CITIZENS", (CITIZEN,))
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    sentence._asked(fake, bot)
    fake.send_text(CITIZEN, "联系了，没解决，很不满意")
    fake.wait_until(lambda: _tickets(bot, CITIZEN)[0]["state"] == "reopened", timeout=15)
    reopened = _tickets(bot, CITIZEN)[0]

    fake.send_text(CITIZEN, "东关街下水道堵了")
    fake.wait_until(lambda: len(_tickets(bot, CITIZEN)) == 2, timeout=15)
    drain = _tickets(bot, CITIZEN)[1]
    assert drain["unit"] == "water" and "下水道" in drain["text"]
    _wait_text(fake, CITIZEN, drain["number"])
    assert not bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'",
                         [reopened["id"]])

    fake.send_text(CITIZEN, "还是没水")  # more of the reopened matter: joins it
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'", [reopened["id"]]),
        timeout=15)
    _wait_text(fake, WATER_GROUP, "还是没水")
    assert len(_tickets(bot, CITIZEN)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
