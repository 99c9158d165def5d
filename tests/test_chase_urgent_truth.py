"""A chase of an urgent ticket says only what is true (an outside tester's finding: 快点！！ was
answered 他们正在处置 while nobody had signed for the ticket): the unit was told, and the ticket is
not signed for yet, or was signed for at HH:MM (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from bot.texts.for_citizen import chased_urgent
from tests.harness import BotProcess

CITIZEN = 631
HOUSING_GROUP = -1007


def test_a_chase_of_an_urgent_ticket_nobody_signed_says_it_is_not_signed(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    bot = make_bot({"units.housing.chat_id": HOUSING_GROUP})
    fake.send_text(CITIZEN, "我家厨房煤气泄漏了，味道很大")
    fake.wait_sent(CITIZEN, 1)
    [leak] = bot.tickets()
    assert leak["urgent"] and leak["accepted_at"] is None
    for n, text in enumerate(["快点！！", "快点！！"]):
        fake.send_text(CITIZEN, text)
        fake.wait_sent(CITIZEN, 2 + n)
    answers = [m["text"] for m in fake.sent(CITIZEN)[1:]]
    assert len(answers) == 2 and all("还没有签收" in a for a in answers), answers
    assert not any("正在处置" in a for a in answers), answers
    assert not fake.unexpected_errors()


def test_a_chase_of_a_signed_urgent_ticket_says_when_it_was_signed() -> None:
    answer = chased_urgent("20261201-0001", "县住建局", False, True, "14:05")
    assert "已于 14:05 签收" in answer and "还没有签收" not in answer and "正在处置" not in answer
