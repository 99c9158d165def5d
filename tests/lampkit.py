"""The start the end-to-end tests of a unit's time and result share (tests/test_extend_counted_e2e.py,
test_result_dated_e2e.py): the urban bureau's staff joined and a citizen's report of a broken
street lamp, its ticket, through the real bot and the fake Bot API (tests/test_overdue_read_e2e)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_overdue_read_e2e import CITIZEN, URBAN_STAFF, join, start


def lamp_reported(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
                  ) -> tuple[BotProcess, dict[str, Any]]:
    """The bot (test_overdue_read_e2e.start) with URBAN_STAFF joined; CITIZEN's report of a
    street lamp out for a month, answered; its ticket."""
    bot = start(fake, make_bot)
    join(bot, fake, URBAN_STAFF, "urban")
    fake.send_text(CITIZEN, "小区里的路灯坏了一个月了，晚上看不见路")
    fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    return bot, ticket
