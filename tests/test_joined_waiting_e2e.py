"""Someone newly bound by /join is told what waits for them, through the real bot and the fake
Bot API: staff the unit's tickets to sign and in hand (/list new, /list), a supervisor the
extension requests awaiting /approve (by number) and the tickets overdue (/overdue) (outside
tester, round 20; refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said

FIRST, SECOND, SUPERVISOR = 701, 702, 703
CITIZENS = {711: "我们村里自来水停了三天了，到现在还没来水",
            712: "小区供水管道爆了，楼下一直在冒水，家里没水用"}


def test_new_staff_and_a_new_supervisor_are_told_what_waits(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (FIRST, SECOND, SUPERVISOR, *CITIZENS):
        fake.add_user(user)
    bot = make_bot()
    join(bot, fake, FIRST, "--unit", "water")
    first = said(fake, FIRST, "绑定成功")["text"]
    assert "没有待签收或在办的工单" in first, first

    for user, text in CITIZENS.items():
        fake.send_text(user, text)
        said(fake, user, "工单编号")
    one, two = bot.tickets()
    assert one["unit"] == two["unit"] == "water", (one, two)
    fake.send_text(FIRST, f"/accept {one['number']}")
    said(fake, FIRST, "已签收")
    fake.send_text(FIRST, f"/extend {one['number']} 3 等新水泵到货")
    said(fake, FIRST, "已提交")

    join(bot, fake, SECOND, "--unit", "water")
    second = said(fake, SECOND, "绑定成功")["text"]
    assert "1 件工单等待签收" in second and "在办工单共 2 件" in second, second
    assert "/list new" in second, second

    join(bot, fake, SUPERVISOR, "--supervisor")
    supervisor = said(fake, SUPERVISOR, "绑定成功")["text"]
    assert "1 件延期申请等待批准" in supervisor and one["number"] in supervisor, supervisor
    assert two["number"] not in supervisor and "/approve" in supervisor, supervisor
    assert "没有逾期工单" in supervisor, supervisor
    assert not fake.unexpected_errors()
