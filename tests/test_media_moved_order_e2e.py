"""A photo that moves to the new ticket its next message opened (如图…) is told after that ticket's
acknowledgement (an outside tester's finding: …已从工单 A 改附到新工单 B came first, naming a
number the citizen had not been given yet); through the real bot and the fake Bot API (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import texts

CITIZEN = 681


def test_the_new_tickets_acknowledgement_comes_before_the_photos_move(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(CITIZEN)
    bot = make_bot()
    fake.send_text(CITIZEN, "我家小区停水两天了，一直没有来水")
    fake.wait_until(lambda: any("工单编号" in t for t in texts(fake, CITIZEN)), timeout=20)
    fake.send_photo(CITIZEN)
    fake.wait_until(lambda: any("已将您补充的内容加入工单" in t for t in texts(fake, CITIZEN)), timeout=20)
    before = len(texts(fake, CITIZEN))
    fake.send_text(CITIZEN, "如图，村口的路灯坏了好几天，晚上黑乎乎的")
    fake.wait_until(lambda: len(texts(fake, CITIZEN)) >= before + 2, timeout=20)
    water, lamp = bot.query("SELECT number FROM tickets WHERE citizen_id = ? ORDER BY id",
                            [CITIZEN])
    after = texts(fake, CITIZEN)[before:]
    assert len(after) == 2, after
    assert "工单编号" in after[0] and lamp["number"] in after[0], after
    assert "改附到新工单" in after[1] and water["number"] in after[1], after
    assert not fake.unexpected_errors()
