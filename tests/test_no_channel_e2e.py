"""A citizen who blocked the bot and left no phone is said plainly to be out of reach (an outside
tester, refs #10): the unit was told 请电话联系…（/contact 查看电话）, `/contact` said 市民没有留下
电话。可用 /reply 请市民补充联系方式, `/reply` said it could not be delivered and to phone via
`/contact`, and the supervisors' phone 回访 said 市民电话请向…单位了解 — a loop with no number at
its end. Now each says that nobody can reach the citizen by any channel for now, and what
happens when they write again. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_reachable_again_e2e import _block, _report, _row, _with
from tests.test_staff_e2e import CITIZEN, SUPERVISOR, WATER, WATER_GROUP, start
from tests.test_supervision_e2e import tick

NOBODY = "没有任何途径联系到市民"


def _answer(fake: FakeBotAPI, chat: int, text: str) -> str:
    """Send `text` and return the first answer after it that is not the new-ticket push: that
    push to the unit's staff may land after the command is sent (a CI run saw /contact answered
    with the /accept confirmation that had queued behind it)."""
    before = len(fake.sent(chat))
    fake.send_text(chat, text)
    found: str = fake.wait_until(lambda: next(
        (m["text"] for m in fake.sent(chat)[before:]
         if m["text"] and "新工单" not in m["text"] and "紧急工单" not in m["text"]), None),
        timeout=15)
    return found


def test_a_citizen_out_of_reach_with_no_phone_is_said_so_everywhere(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    ticket = _report(fake, bot, "我家小区停水两天了，一直没人管")
    number = ticket["number"]
    _answer(fake, WATER, f"/accept {number}")
    _block(fake)
    told = _with(fake, WATER_GROUP, "无法送达", number)["text"]
    assert NOBODY in told and "/contact" not in told, told
    for command in (f"/contact {number}", f"/reply {number} 请问您家几号楼？"):
        said = _answer(fake, WATER, command)
        assert NOBODY in said and "/contact" not in said and "/reply" not in said, (command, said)
    done = _answer(fake, WATER, f"/done {number} 已更换阀门，恢复供水")
    assert NOBODY in done and "/contact" not in done, done
    resolved = dt.datetime.fromisoformat(_row(bot, ticket)["resolved_at"])
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    visit = _with(fake, SUPERVISOR, "电话回访", number)["text"]
    assert "没有留下电话" in visit and "请向" not in visit, visit
    assert _row(bot, ticket)["state"] == "resolved"
    assert not [m for m in fake.sent(CITIZEN) if "电话回访" in (m["text"] or "")]
