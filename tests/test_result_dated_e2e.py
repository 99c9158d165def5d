"""A unit's result read days after its 办结 (refs #10; an outside tester): /status, /show and the
回访 date its 今天 from the day it was written (12月2日已修复完毕), as the ledger and the public
post do; only the 办结 push, read that day, says 今天."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.lampkit import lamp_reported
from tests.test_overdue_read_e2e import CITIZEN, URBAN_STAFF
from tests.test_staff_e2e import said

TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


def test_a_result_read_days_later_is_dated_from_its_day(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, ticket = lamp_reported(fake, make_bot)
    number = ticket["number"]
    fake.send_text(URBAN_STAFF, f"/accept {number}")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "accepted", timeout=15)
    fake.send_text(URBAN_STAFF, f"/done {number} 今天已修复完毕")
    fake.wait_until(lambda: bot.tickets()[0]["resolved_at"], timeout=15)
    done = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"]).astimezone(TZ)
    dated = f"{done.month}月{done.day}日已修复完毕"
    later = by_day(done + dt.timedelta(days=3))
    assert bot.cli("tick", "--now", later.isoformat()).returncode == 0

    fake.send_text(CITIZEN, f"/status {number}")
    status = said(fake, CITIZEN, "状态：")["text"]
    assert dated in status and "今天已修复" not in status, status
    # The 回访 that came with the tick quotes it dated too; only the 办结 push, that day, says 今天.
    quoting = fake.wait_until(lambda: (found := [m["text"] for m in fake.sent(CITIZEN)
                                                 if "已修复完毕" in (m["text"] or "")])
                              and len(found) >= 3 and found, timeout=15)
    assert "今天已修复完毕" in quoting[0] and all(dated in t for t in quoting[1:]), quoting
    fake.send_text(URBAN_STAFF, f"/show {number}")
    shown = said(fake, URBAN_STAFF, f"工单：{number}")["text"]
    assert f"办理结果：{dated}" in shown, shown
    assert not fake.unexpected_errors()
