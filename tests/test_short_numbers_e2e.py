"""A short number that several tickets share, as an outside tester typed it (`/approve 5`, `/done 1`),
through the real bot and the fake Bot API (refs #10): only the tickets the command can act on
are offered (not one already finished, nor one with no 延期 pending), and when none can, the
answer says so plainly and names each with its state; nothing is changed either way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

SUPERVISOR, WATER, FIRST, SECOND = 900, 11, 661, 662
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


def _answer(fake: FakeBotAPI, user: int, text: str, needle: str = "序号为") -> str:
    """Send `text` from `user` and return the bot's first message to them after it holding
    `needle` (new-ticket pushes and digests come to them too)."""
    before = len(fake.sent(user))
    fake.send_text(user, text)
    return str(fake.wait_until(lambda: next((m["text"] for m in fake.sent(user)[before:]
                                             if needle in (m["text"] or "")), None), timeout=15))


def _join(bot: BotProcess, fake: FakeBotAPI, user: int, *args: str) -> None:
    invite = bot.cli("invite", *args)
    assert invite.returncode == 0, invite.stderr
    assert "绑定成功" in _answer(fake, user, f"/join {invite.stdout.splitlines()[-1]}", "绑定")


def _row(bot: BotProcess, number: str) -> dict[str, Any]:
    return next(t for t in bot.tickets() if t["number"] == number)


def test_a_shared_short_number_offers_only_tickets_the_command_can_act_on(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (SUPERVISOR, WATER, FIRST, SECOND):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    _join(bot, fake, WATER, "--unit", "water")
    fake.send_text(FIRST, "我家停水两天了，一直没来水")
    fake.wait_sent(FIRST, 1)
    tomorrow = dt.datetime.combine(dt.datetime.now(TZ).date() + dt.timedelta(days=1),
                                   dt.time(10, 0), TZ)
    assert bot.cli("tick", "--now", tomorrow.isoformat()).returncode == 0
    fake.send_text(SECOND, "小区停水了，什么时候来水")
    fake.wait_sent(SECOND, 1)
    first, second = (t["number"] for t in bot.tickets())
    assert first.endswith("-0001") and second.endswith("-0001")
    assert {t["unit"] for t in bot.tickets()} == {"water"}

    # No 延期 pending on either: /approve 1 says so, naming both, and approves nothing.
    said = _answer(fake, SUPERVISOR, "/approve 1")
    assert "都没有待批准的延期申请" in said and first in said and second in said
    assert "请发完整编号" not in said
    _answer(fake, WATER, f"/extend {first} 3 需要更换管道", f"已提交工单 {first} 延期")
    said = _answer(fake, SUPERVISOR, "/approve 1")  # only the first has one
    assert f"其中可以批准延期的只有：{first}" in said and second not in said
    assert _row(bot, first)["extension_days"] == 3  # listed, not approved

    said = _answer(fake, WATER, "/transfer 1 housing 不是我们的 <b>")  # the example repeats it all
    assert f"例如：/transfer {second} housing 不是我们的 <b>" in said
    assert {t["unit"] for t in bot.tickets()} == {"water"}

    _answer(fake, WATER, f"/done {second} 已恢复供水", f"工单 {second} 已办结")
    said = _answer(fake, WATER, "/done 1 已修复")
    assert f"其中可以办结的只有：{first}" in said and second not in said
    assert _row(bot, first)["state"] != "resolved"
    _answer(fake, WATER, f"/done {first} 管道已更换，恢复供水", f"工单 {first} 已办结")
    said = _answer(fake, WATER, "/done 1 已修复")
    assert "都不能办结" in said and said.count("已办结，待回访") == 2
    assert first in said and second in said and "请发完整编号" not in said
    assert [t["state"] for t in bot.tickets()] == ["resolved", "resolved"]
    assert not fake.unexpected_errors()
