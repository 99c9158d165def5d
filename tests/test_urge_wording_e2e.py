"""/urge read as a county office writes it, through the real bot and the fake Bot API (outside
tester; SPEC §4 督办; refs #10): a span inside a description of danger (群众反映…2小时内就可能伤人)
orders nothing; a clock time (明天上午十点前) sooner than the limit in force is set and stated;
the 督办通知书 of an overdue ticket always says how late it is as /overdue does: a normal
ticket in working days (under one as 不足 1 个工作日), an urgent one in hours (不足 1 小时)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import BotProcess

SUPERVISOR, HOUSING_GROUP, URBAN_GROUP = 900, -1007, -1008
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county
REPORTS = {641: "我们楼道里有很大的煤气味，好像漏气了", 642: "小区里煤气泄漏了，味道很大，大家都很害怕",
           643: "小区里的路灯坏了一个月了，晚上看不见路", 644: "厨房煤气管漏气了，满屋子煤气味"}


def _urge(fake: FakeBotAPI, ticket: dict[str, Any], note: str) -> tuple[str, str]:
    """The supervisor's confirmation and the 督办通知书 for `ticket` (the supervisor's copy)."""
    fake.send_text(SUPERVISOR, f"/urge {ticket['number']} {note}")
    confirmed = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)
                                              if "已对工单" in (m["text"] or "")
                                              and ticket["number"] in m["text"]), None), timeout=15)
    notice = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)
                                           if "督办通知书" in (m["text"] or "")
                                           and ticket["number"] in m["text"]), None), timeout=15)
    return str(confirmed), str(notice)


def _clock_note(now: dt.datetime) -> tuple[str, dt.datetime]:
    """A 明天/今天 clock limit about 20 hours ahead (sooner than an urgent ticket's 24 hours), in
    the words a supervisor writes (明天上午十点前), and the moment it names."""
    at = (now + dt.timedelta(hours=20)).astimezone(TZ).replace(minute=0, second=0, microsecond=0)
    day = "今天" if at.date() == now.astimezone(TZ).date() else "明天"
    half = "上午" if at.hour < 12 else "下午"
    hour = at.hour if at.hour <= 12 else at.hour - 12
    return f"{day}{half}{hour}点前办结", at


def test_urge_limits_are_read_where_ordered_and_lateness_is_stated(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR)
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    fake.add_group(URBAN_GROUP, "县执法局工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.housing.chat_id": HOUSING_GROUP,
                    "units.urban.chat_id": URBAN_GROUP})
    for user, text in REPORTS.items():
        fake.send_text(user, text)
        fake.wait_sent(user, 1)
    described, clocked, late, fresh = bot.tickets()
    assert described["urgent"] and clocked["urgent"] and fresh["urgent"]

    # A danger described, not a limit ordered: the 24-hour deadline stands.
    confirmed, notice = _urge(fake, described, "群众反映护栏2小时内就可能伤人，请抓紧")
    row = next(t for t in bot.tickets() if t["id"] == described["id"])
    assert row["deadline"] == described["deadline"] == row["urge_deadline"]
    assert "办理时限不变" in confirmed

    # A clock time sooner than the deadline in force: set, and both readers are told it.
    note, at = _clock_note(dt.datetime.now(dt.UTC))
    confirmed, notice = _urge(fake, clocked, note)
    row = next(t for t in bot.tickets() if t["id"] == clocked["id"])
    assert dt.datetime.fromisoformat(row["deadline"]) == at
    shown = when(at, TZ, dt.datetime.now(TZ).year)
    assert "按督办意见中的时限" in confirmed and f"{shown} 前" in confirmed
    assert "可在督办意见中写明" not in confirmed and f"请于 {shown} 前办结" in notice

    # Overdue by 22 hours (a normal ticket, not yet a working day) and by minutes (urgent).
    now = dt.datetime.now(dt.UTC)
    with sqlite3.connect(str(bot.database)) as conn:
        conn.execute("UPDATE tickets SET deadline = ? WHERE id = ?",
                     [(now - dt.timedelta(hours=22)).isoformat(), late["id"]])
        conn.execute("UPDATE tickets SET deadline = ? WHERE id = ?",
                     [(now - dt.timedelta(minutes=20)).isoformat(), fresh["id"]])
    _, notice = _urge(fake, late, "请抓紧办理")
    assert "已逾期不足 1 个工作日" in notice and "小时" not in notice  # as /overdue says it
    _, notice = _urge(fake, fresh, "请抓紧办理")
    assert "已逾期不足 1 小时" in notice and "0 小时" not in notice
    assert not fake.unexpected_errors()
