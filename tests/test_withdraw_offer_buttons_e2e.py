"""Outside testers' finding (refs #10), through the real bot and the fake Bot API: once a ticket
is withdrawn (撤回 pressed, or /cancel), the 撤回 button offered for it comes off the earlier
message — the other tickets' buttons of that offer stay — and a press of the old button says it
was withdrawn already."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN = 664
REPORTS = ["我们小区从昨天开始停水了，一滴水都没有", "小区门口那盏路灯坏了好几天，晚上一片漆黑"]


def _buttons(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button["callback_data"] for row in rows for button in row]


def _now_shown(fake: FakeBotAPI, message: dict[str, Any]) -> dict[str, Any]:
    return next(m for m in fake.messages(CITIZEN) if m["message_id"] == message["message_id"])


@pytest.mark.parametrize("how", ["button", "command"])
def test_a_withdrawn_tickets_button_comes_off_the_offer(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], how: str
) -> None:
    bot = make_bot()
    for n, text in enumerate(REPORTS):
        fake.send_text(CITIZEN, text)
        fake.wait_until(lambda n=n: len(bot.tickets()) == n + 1, timeout=15)
    water, lamp = sorted(bot.tickets(), key=lambda t: t["id"])
    seen = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, f"{water['number']}和{lamp['number']}都撤回吧")
    offer = fake.wait_until(lambda: next((m for m in fake.sent(CITIZEN)[seen:]
                                          if _buttons(m)), None), timeout=15)
    assert _buttons(offer) == [f"wd:{water['id']}", f"wd:{lamp['id']}"]

    if how == "button":
        fake.press(CITIZEN, offer, f"wd:{water['id']}")
    else:
        fake.send_text(CITIZEN, f"/cancel {water['number']}")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "withdrawn", timeout=15)
    # The withdrawn ticket's button is gone from the offer; the other one's stays.
    fake.wait_until(lambda: _buttons(_now_shown(fake, offer)) == [f"wd:{lamp['id']}"],
                    timeout=15)

    # A press of the old button (a client that still shows it) says it was withdrawn.
    answered = len(fake.callback_answers)
    fake.press(CITIZEN, offer, f"wd:{water['id']}", forge=True)
    toast = fake.wait_until(lambda: fake.callback_answers[answered:], timeout=15)[0]
    assert "已经撤回" in (toast.get("text") or ""), toast

    # The last ticket withdrawn too: the offer has no button left.
    fake.press(CITIZEN, _now_shown(fake, offer), f"wd:{lamp['id']}")
    fake.wait_until(lambda: not _buttons(_now_shown(fake, offer)), timeout=15)
    assert [t["state"] for t in bot.tickets()] == ["withdrawn", "withdrawn"]
    assert not fake.unexpected_errors()
