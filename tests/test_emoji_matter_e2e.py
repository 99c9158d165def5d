"""A matter told in emoji is no chase of another unit's ticket (an outside citizen tester's
finding; refs #10): `🚰❌😭😭 三天了` from a citizen whose open ticket is the police's opens a water
ticket; from one with a water ticket open, it chases that ticket as before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

POLICE_FIRST, WATER_FIRST = 671, 672
CRY = "🚰❌😭😭 三天了"


def _tickets(bot: BotProcess, citizen: int) -> list[dict[str, Any]]:
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])


def _chased(bot: BotProcess, ticket: dict[str, Any]) -> bool:
    return bool(bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action IN ('chased', 'asked')",
                          [ticket["id"]]))


def _settled(bot: BotProcess, citizen: int, stored: int) -> bool:
    return bot.query("SELECT count(*) AS n FROM inbox WHERE chat_id = ? AND processed_at IS NOT"
                     " NULL", [citizen])[0]["n"] == stored and not bot.query(
        "SELECT 1 FROM outbox WHERE state IN ('queued', 'sending', 'unknown')")


def test_an_emoji_report_is_no_chase_of_another_units_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"telegram.per_chat_per_second": 0})
    fake.send_text(POLICE_FIRST, "小区里有人偷电动车")
    fake.wait_until(lambda: _tickets(bot, POLICE_FIRST), timeout=20)
    fake.send_text(POLICE_FIRST, CRY)
    fake.wait_until(lambda: len(_tickets(bot, POLICE_FIRST)) == 2, timeout=20)
    police, water = _tickets(bot, POLICE_FIRST)
    assert (police["unit"], water["unit"], water["text"]) == ("police", "water", CRY)
    fake.wait_until(lambda: [m for m in fake.sent(POLICE_FIRST) if water["number"] in m["text"]],
                    timeout=20)
    assert not _chased(bot, police)

    fake.send_text(WATER_FIRST, "幸福小区停水了")
    fake.wait_until(lambda: _tickets(bot, WATER_FIRST), timeout=20)
    fake.send_text(WATER_FIRST, CRY)
    fake.wait_until(lambda: _settled(bot, WATER_FIRST, 2), timeout=20)
    [ticket] = _tickets(bot, WATER_FIRST)
    assert _chased(bot, ticket)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
