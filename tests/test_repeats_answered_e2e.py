"""The same report sent again and again (outside tester T27, finding 21): every copy joins the
one ticket and is kept in its history, but only the first two copies within the hour are
answered 您刚才已经反映过…无需重复发送 — not every one of them, which filled the chat with the same
line nineteen times. Through the real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

from bot.actions.repeats import ANSWERED_REPEATS
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import texts, wait_text

CITIZEN = 871
WORDS = "俺家门口的下水道又堵了，臭气熏天，走路都得绕着"
COPIES = 6  # under the flood limit (20 a minute): each would be answered one by one


def test_only_the_first_repeats_are_answered_and_every_copy_is_kept(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, WORDS)
    wait_text(fake, CITIZEN, "工单编号")
    for _ in range(COPIES):
        fake.send_text(CITIZEN, WORDS)
    fake.wait_until(lambda: len(bot.query(
        "SELECT 1 FROM events WHERE action = 'repeated'")) == COPIES, timeout=30)
    fake.wait_until(bot.settled, timeout=20)
    assert len(bot.tickets()) == 1
    said = [t for t in texts(fake, CITIZEN) if "已经反映过同样的内容" in t]
    assert len(said) == ANSWERED_REPEATS == 2, said
    assert bot.tickets()[0]["number"] in said[0]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
