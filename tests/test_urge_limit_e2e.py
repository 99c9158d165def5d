"""/urge with a time limit written in the supervisor's words (2小时内处置到位) through the real bot
and the fake Bot API: a limit sooner than the rules' one is the ticket's new 限期办结, and the
supervisor's confirmation and the unit's 督办通知书 both state the limit actually set; one that
cannot be read, or is later, leaves the rules' limit, and the confirmation says which was set
(outside tester; SPEC §4 督办; refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import BotProcess

SUPERVISOR, HOUSING_GROUP = 900, -1007
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county
LEAKS = {631: "我们楼道里有很大的煤气味，好像漏气了", 632: "小区里煤气泄漏了，味道很大，大家都很害怕",
         633: "厨房煤气管漏气了，满屋子煤气味"}


def _urge(fake: FakeBotAPI, bot: BotProcess, ticket: dict[str, Any], note: str
          ) -> tuple[str, str, dt.timedelta, str]:
    """Urge `ticket` with `note`: the confirmation, the unit's notice, the limit set after the
    urge, and that limit as people read it."""
    fake.send_text(SUPERVISOR, f"/urge {ticket['number']} {note}")
    confirmed = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)
                                              if "已对工单" in (m["text"] or "")
                                              and ticket["number"] in m["text"]), None), timeout=15)
    notice = fake.wait_until(lambda: next((m["text"] for m in fake.sent(HOUSING_GROUP)
                                           if "督办通知书" in (m["text"] or "")
                                           and ticket["number"] in m["text"]), None), timeout=15)
    row = next(t for t in bot.tickets() if t["id"] == ticket["id"])
    [urged] = bot.query("SELECT at FROM events WHERE ticket_id = ? AND action = 'urge'",
                        [ticket["id"]])
    limit = dt.datetime.fromisoformat(row["urge_deadline"])
    assert row["deadline"] == row["urge_deadline"]  # sooner than the 24 hours: the deadline
    shown = when(limit, TZ, dt.datetime.now(TZ).year)
    return confirmed, notice, limit - dt.datetime.fromisoformat(urged["at"]), shown


def test_a_limit_written_in_the_urge_sets_the_deadline_and_everyone_is_told_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR)
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.housing.chat_id": HOUSING_GROUP})
    for user, text in LEAKS.items():
        fake.send_text(user, text)
        fake.wait_sent(user, 1)
    written, unread, later = bot.tickets()
    assert all(t["urgent"] and t["unit"] == "housing" for t in (written, unread, later))

    confirmed, notice, span, shown = _urge(fake, bot, written, "2小时内处置到位并反馈")
    assert dt.timedelta(hours=1, minutes=58) <= span <= dt.timedelta(hours=2)
    assert "按督办意见中的时限" in confirmed and f"{shown} 前" in confirmed
    assert f"请于 {shown} 前办结" in notice

    confirmed, notice, span, shown = _urge(fake, bot, unread, "请尽快处置")
    assert dt.timedelta(hours=9) <= span <= dt.timedelta(hours=10)  # the rules' 2 steps of 4h48m
    assert "没有可识别的办结时限" in confirmed and f"{shown} 前" in confirmed
    assert f"请于 {shown} 前办结" in notice

    confirmed, notice, span, shown = _urge(fake, bot, later, "三天内办结")
    assert dt.timedelta(hours=9) <= span <= dt.timedelta(hours=10)
    assert "晚于规定的督办时限" in confirmed and f"{shown} 前" in confirmed
    assert f"请于 {shown} 前办结" in notice
    assert not fake.unexpected_errors()
