"""A caption-less photo that an urgent ticket's unit was already shown, then a new problem
described at once that points at it (照片里…): the photo goes with the new ticket too, and the
citizen is told which ticket got it (an outside tester: it went to the new ticket's unit and the
citizen was told nothing); through the real bot and the fake Bot API (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import texts, wait_text

GAS, FIRE = 691, 692
URBAN_GROUP = -1002


def _numbers(bot: BotProcess, citizen: int) -> list[str]:
    return [t["number"] for t in bot.query(
        "SELECT number FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])]


def test_a_photo_kept_on_both_tickets_is_told_with_the_ticket_that_got_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(URBAN_GROUP, "县综合行政执法局工作群")
    for user in (GAS, FIRE):
        fake.add_user(user)
    bot = make_bot({"units.urban.chat_id": URBAN_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    for citizen, danger, new in (
            (GAS, "厨房里煤气泄漏了，味道很大，快来人", "照片里北街的路灯也坏了，一直不亮"),
            (FIRE, "楼下仓库着火了，烟很大", "另一个事，照片里是我们小区门口有人天天占道摆摊")):
        fake.send_text(citizen, danger)
        wait_text(fake, citizen, "工单编号")
        fake.send_photo(citizen)
        wait_text(fake, citizen, "已将您补充的内容加入工单")
        before = len(texts(fake, citizen))
        fake.send_text(citizen, new)
        fake.wait_until(lambda c=citizen: len(_numbers(bot, c)) == 2, timeout=20)
        first, second = _numbers(bot, citizen)
        told = wait_text(fake, citizen, "也附到新工单")[-1]
        assert first in told and second in told, told
        after = texts(fake, citizen)[before:]
        assert "工单编号" in after[0] and second in after[0], after  # the number comes first
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
