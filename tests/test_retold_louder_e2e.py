"""A report told again a minute later with more feeling joins the first telling (an outside
citizen tester's finding; refs #10): 小区停水了 then 小区停水了，做饭都没水！！到底有没有人管 is one
ticket with a 补充, told to its unit, and one reply; another unit's matter added is a ticket."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

WATER_GROUP = -1201
LOUDER, OTHER = 651, 652


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or "" for m in fake.sent(chat)]


def _tickets(bot: BotProcess, citizen: int) -> list[dict[str, Any]]:
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])


def _settled(bot: BotProcess, citizen: int, stored: int) -> bool:
    return bot.query("SELECT count(*) AS n FROM inbox WHERE chat_id = ? AND processed_at IS NOT"
                     " NULL", [citizen])[0]["n"] == stored and not bot.query(
        "SELECT 1 FROM outbox WHERE state IN ('queued', 'sending', 'unknown')")


def test_a_louder_retelling_joins_the_first_and_another_matter_does_not(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    fake.send_text(LOUDER, "幸福小区3号楼停水了")
    fake.wait_until(lambda: _tickets(bot, LOUDER), timeout=20)
    fake.send_text(LOUDER, "幸福小区3号楼停水了，做饭都没水！！到底有没有人管")
    fake.wait_until(lambda: _settled(bot, LOUDER, 2), timeout=20)
    [ticket] = _tickets(bot, LOUDER)
    said = _texts(fake, LOUDER)
    assert len(said) == 2 and "补充" in said[1] and ticket["number"] in said[1]
    assert bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'",
                     [ticket["id"]])
    fake.wait_until(lambda: [t for t in _texts(fake, WATER_GROUP) if "做饭都没水" in t],
                    timeout=20)

    # The same opening with another unit's matter added: a ticket of its own.
    fake.send_text(OTHER, "幸福小区3号楼停水了")
    fake.wait_until(lambda: _tickets(bot, OTHER), timeout=20)
    fake.send_text(OTHER, "幸福小区3号楼停水了，楼道里还停电了，电梯也停了")
    fake.wait_until(lambda: len(_tickets(bot, OTHER)) == 2, timeout=20)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
