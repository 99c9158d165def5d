"""A 回访 answer that says the seepage goes on (没人联系过我，问题也没解决，污水井还在往外冒水; outside
tester, refs #10) records 未联系 and 未解决 on the ticket, and opens no urgent ticket: the citizen
gets no advice for someone in the water and the unit no emergency."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import WATER_GROUP, texts, tickets_of, wait_text, water_visits

WELL, DRAIN = 541, 542


def test_a_seepage_that_goes_on_told_at_the_visit_is_no_emergency(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, (WELL, DRAIN))

    fake.send_text(WELL, "没人联系过我，问题也没解决，污水井还在往外冒水")
    fake.send_text(DRAIN, "没联系，没解决，下水道一直往外返水")
    wait_text(fake, WATER_GROUP, "一直往外返水")  # more of the matter, told to its unit
    for citizen in (WELL, DRAIN):
        fake.wait_until(lambda c=citizen: tickets_of(bot, c)[0]["solved"] == 0, timeout=15)
        [ticket] = tickets_of(bot, citizen)  # no second ticket, urgent or not
        assert not ticket["urgent"]
        told = "\n".join(texts(fake, citizen))
        assert "落水" not in told and "110" not in told.split("联系过您")[-1], told
    assert not any("紧急" in t for t in texts(fake, WATER_GROUP))
