"""/digest with a day (`/digest 2026-12-05`, `/digest 12月5日`, `/digest 前天`) through the real bot
and the fake Bot API: that day's digest, as `python -m bot digest --date` prints it, never
yesterday's under another name; a day not yet come, or words that name no day, are answered so
(outside tester, round 20; refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import said
from tests.urgekit import TZ, tick

SUPERVISOR, CITIZEN = 900, 651


def _title(day: dt.date) -> str:
    return f"（{day.year}年{day.month}月{day.day}日）"


def test_digest_of_a_named_day(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    fake.add_user(SUPERVISOR)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    fake.send_text(CITIZEN, "我们村里自来水停了三天了，到现在还没来水")
    said(fake, CITIZEN, "工单编号")
    received = dt.datetime.fromisoformat(bot.tickets()[0]["received_at"]).astimezone(TZ).date()
    today = received + dt.timedelta(days=3)
    tick(bot, dt.datetime.combine(today, dt.time(10, 0), TZ))
    # The tick pushes yesterday's digest, last of those it owes: it is in before any asked for.
    # A bot started after 08:30 also owes the days the tick jumped over, each marked 补发.
    fake.wait_until(lambda: any(_title(today - dt.timedelta(days=1)) in (m["text"] or "")
                                for m in fake.sent(SUPERVISOR)), timeout=30)
    fake.wait_until(bot.settled, timeout=30)
    assert all("（补发）" in m["text"] for m in fake.sent(SUPERVISOR)
               if _title(received) in (m["text"] or "")), fake.sent(SUPERVISOR)

    for typed in (received.isoformat(), f"{received.month}月{received.day}日",
                  received.isoformat().replace("-", "/")):
        seen = len(fake.sent(SUPERVISOR))
        fake.send_text(SUPERVISOR, f"/digest {typed}")
        shown = fake.wait_until(lambda seen=seen: next(
            (m["text"] for m in fake.sent(SUPERVISOR)[seen:] if "督办日报" in (m["text"] or "")),
            None))
        assert _title(received) in shown and "新受理 1 件" in shown, (typed, shown)
        printed = bot.cli("digest", "--date", received.isoformat())
        assert f"{received.year}年{received.month}月{received.day}日" in printed.stdout

    seen = len(fake.sent(SUPERVISOR))
    fake.send_text(SUPERVISOR, "/digest 前天")
    shown = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)[seen:]
                                          if _title(today - dt.timedelta(days=2))
                                          in (m["text"] or "")), None))
    assert "新受理 0 件" in shown, shown

    later = today + dt.timedelta(days=2)
    fake.send_text(SUPERVISOR, f"/digest {later.isoformat()}")
    told = said(fake, SUPERVISOR, "还没有到")["text"]
    assert f"{later.month}月{later.day}日还没有到" in told and "督办日报（" not in told, told
    fake.send_text(SUPERVISOR, "/digest 上个月")
    told = said(fake, SUPERVISOR, "不是可以识别的日期")["text"]
    assert "/digest 2026-12-01" in told, told
    assert not fake.unexpected_errors()
