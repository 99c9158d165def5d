"""A ticket's whole follow-up with the real bot process, stepped by `tick --now`.

reminder → 催办 → 督办通知书 → 约谈/通报; 办结 → 回访 → 不满意 → 重办 → 办结 → 满意 → 销号; then the
digest's figures against rates worked out by hand, the ledger file row by row, and a public
post that carries no name or phone number. `tick --now` moves the county's clock for the running
bot too, so everything after a tick happens at the simulated time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from bot.config import load_config
from bot.sandbox import FakeBotAPI
from bot.store import tickets as repo
from bot.texts import ledger as ledger_texts
from tests.harness import BotProcess, by_day

CITIZEN, OTHER, STAFF, SUPERVISOR = 501, 502, 601, 900
WATER_GROUP, CHANNEL = -1001, -100555
REPORT = "我叫张三，电话13812345678，我家小区从昨天开始停水了，到现在还没来水"


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or m["caption"] or "" for m in fake.sent(chat)]


def _wait_text(fake: FakeBotAPI, chat: int, needle: str, count: int = 1) -> list[str]:
    return fake.wait_until(lambda: [t for t in _texts(fake, chat) if needle in t][count - 1:]
                           and [t for t in _texts(fake, chat) if needle in t], timeout=15)


def _tick(bot: BotProcess, moment: dt.datetime) -> str:
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    return done.stdout


def _with_button(fake: FakeBotAPI, chat: int, data: str) -> dict[str, Any]:
    """The latest message to `chat` with a button carrying `data` (waits for it)."""
    def find() -> dict[str, Any] | None:
        return next((m for m in reversed(fake.sent(chat)) if data in str(m["reply_markup"])), None)

    found: dict[str, Any] = fake.wait_until(find, timeout=15)
    return found


def _last_with_buttons(fake: FakeBotAPI, chat: int) -> dict[str, Any]:
    return [m for m in fake.sent(chat) if m["reply_markup"]][-1]


def _staff(fake: FakeBotAPI, bot: BotProcess, command: str, state: str) -> None:
    """A staff command, then wait until the first ticket is in `state`."""
    fake.send_text(STAFF, command)
    fake.wait_until(lambda: bot.tickets() and bot.tickets()[0]["state"] == state, timeout=15)


def test_a_ticket_followed_from_report_to_closure(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path
) -> None:
    for user in (CITIZEN, OTHER, STAFF, SUPERVISOR):
        fake.add_user(user)
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_channel(CHANNEL, "金来办")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "publish.channel_id": CHANNEL,
                    "units.water.chat_id": WATER_GROUP,
                    # pacing is tested elsewhere; here it would only make the test wait
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    config = load_config(bot.config)
    calendar = repo.calendar_of(config)

    # Staff joins with an invite; two citizens report water cuts.
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    fake.wait_sent(STAFF, 1)
    fake.send_text(CITIZEN, REPORT)
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(OTHER, "村里停水两天了，水管好像爆了")
    fake.wait_sent(OTHER, 1)
    first, second = bot.tickets()
    assert first["unit"] == second["unit"] == "water"
    deadline = dt.datetime.fromisoformat(first["deadline"])

    # Reminder, 催办, 督办通知书, 约谈/通报 — each once.
    assert "reminders 2" in _tick(bot, deadline - dt.timedelta(hours=23))
    _wait_text(fake, WATER_GROUP, "到期提醒")
    assert "reminders 0" in _tick(bot, deadline - dt.timedelta(hours=23))
    done = _tick(bot, deadline + dt.timedelta(minutes=1))
    assert "overdue 2" in done and "told 2" in done
    _wait_text(fake, WATER_GROUP, "催办")
    # Each citizen hears it once: overdue, the unit sent a 催办, a 督办 to follow.
    for citizen, ticket in ((CITIZEN, first), (OTHER, second)):
        [late] = _wait_text(fake, citizen, "超过办理时限")
        assert ticket["number"] in late and "已自动向县水务局发出催办提醒" in late
    urge_at = calendar.add_working_days(deadline, config.deadlines.urge_after_working_days)
    done = _tick(bot, urge_at + dt.timedelta(minutes=2))
    assert "urged 2" in done and "told 2" in done
    for citizen in (CITIZEN, OTHER):
        _wait_text(fake, citizen, "已按督办规定向县水务局发出督办通知书")
    [notice, *_] = _wait_text(fake, SUPERVISOR, "督办通知书")
    assert first["number"] in notice or second["number"] in notice
    assert "13812345678" not in notice and "张三" not in notice
    _wait_text(fake, WATER_GROUP, "督办通知书")
    report_at = calendar.add_working_days(deadline, config.deadlines.report_after_working_days)
    done = _tick(bot, report_at + dt.timedelta(minutes=3))
    # The 督办's 限期 passed on the way: each citizen hears that once; nothing of the 约谈/通报.
    assert "reported 2" in done and "missed 2" in done and "told 2" in done
    _wait_text(fake, SUPERVISOR, "拟约谈/通报")
    assert bot.tickets()[0]["urge_count"] == 1
    for citizen in (CITIZEN, OTHER):
        _wait_text(fake, citizen, "已再次督促县水务局")
    assert len([t for t in _texts(fake, CITIZEN) if "超过办理时限" in t or "书面督办" in t
                or "再次督促" in t]) == 3
    assert not [t for t in _texts(fake, CITIZEN) if "约谈" in t]

    # 办结 → 回访 → 不满意 → 重办.
    number = first["number"]
    _staff(fake, bot, f"/accept {number}", "accepted")
    _staff(fake, bot, f"/done {number} 已更换破损水管，恢复供水", "resolved")
    resolved = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"])
    assert "visits 1" in _tick(bot, by_day(resolved + dt.timedelta(hours=24, minutes=1)))
    _wait_text(fake, CITIZEN, "联系过您")
    for data_end in ("c:1", "s:1", "r:1"):
        message = _last_with_buttons(fake, CITIZEN)
        data = next(b["callback_data"] for row in message["reply_markup"]["inline_keyboard"]
                    for b in row if b["callback_data"].endswith(data_end))
        fake.press(CITIZEN, message, data)
        fake.wait_until(lambda d=data: any(d for _ in fake.callback_answers), timeout=10)
        if data_end != "r:1":
            fake.wait_until(lambda m=message: _last_with_buttons(fake, CITIZEN) != m, timeout=10)
    _wait_text(fake, CITIZEN, "重新办理")
    _wait_text(fake, WATER_GROUP, "重办")
    _wait_text(fake, SUPERVISOR, "重办")
    row = bot.tickets()[0]
    assert row["state"] == "reopened" and row["reopen_count"] == 1

    # 重办 → 办结 → 回访 → 满意 → 销号.
    _staff(fake, bot, f"/accept {number}", "accepted")
    _staff(fake, bot, f"/done {number} 已彻底更换主管道", "resolved")
    resolved = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"])
    assert "visits 1" in _tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    for data in (f"v:{row['id']}:1:c:1", f"v:{row['id']}:1:s:1", f"v:{row['id']}:1:r:3"):
        fake.press(CITIZEN, _with_button(fake, CITIZEN, data), data)
    _wait_text(fake, CITIZEN, "已销号")
    row = bot.tickets()[0]
    assert row["state"] == "closed" and row["rating"] == "satisfied" and row["closed_at"]

    # The digest for the simulated day of the 销号: water has 2 dispatched, none signed within
    # 24 h (the staff only came after the 约谈 listing: 0 %), 1 rated solved and satisfied (100 %,
    # 100 %), the 重办 resolved on time against 1 open overdue (50 %).
    today = dt.datetime.fromisoformat(row["closed_at"]).astimezone(config.county.tz).date()
    assert today > dt.datetime.now(config.county.tz).date()
    digest = bot.cli("digest", "--date", today.isoformat())
    assert digest.returncode == 0, digest.stderr
    line = next(ln for ln in digest.stdout.splitlines() if ln.startswith("1. 县水务局"))
    assert line.endswith("0.0% / 100.0% / 100.0% / 50.0%")
    assert "县水务局：0 / 1 / 1 / 1" in digest.stdout  # new / closed / open / overdue
    assert "截至" in digest.stdout  # open and overdue are counted now, and it says when
    ahead = bot.cli("digest", "--date", (today + dt.timedelta(days=1)).isoformat())
    assert ahead.returncode == 2 and "has not come yet" in ahead.stdout + ahead.stderr
    assert "13812345678" not in digest.stdout

    # The ledger, row by row.
    out = tmp_path / "台账.xlsx"
    assert bot.cli("export", "--out", str(out)).returncode == 0
    sheet = openpyxl.load_workbook(out)["县水务局"]
    rows = [dict(zip(ledger_texts.LEDGER_HEADERS, r, strict=True))
            for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert [r["工单编号"] for r in rows] == [first["number"], second["number"]]
    # The 满意度 of the round that closed it, the one that brought the 重办 beside it.
    assert rows[0]["办理状态"] == "已销号" and rows[0]["满意度"] == "满意（重办前：不满意）"
    assert rows[0]["办理结果"] == "已彻底更换主管道" and rows[0]["督办次数"] == 1
    assert rows[0]["销号日期"].date() == today and "13812345678" not in rows[0]["诉求内容"]
    assert rows[1]["办理状态"] == "待签收" and rows[1]["销号日期"] is None

    # Supervisor: /publish (a drafted summary first, posted on 发布), /stats, /ledger.
    fake.send_text(SUPERVISOR, f"/publish {number}")
    [draft] = fake.wait_until(lambda: [m for m in fake.sent(SUPERVISOR)
                                       if "摘要草稿" in (m.get("text") or "")], timeout=15)
    assert fake.sent(CHANNEL) == []
    fake.press(SUPERVISOR, draft, draft["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
    [post] = fake.wait_until(lambda: fake.sent(CHANNEL), timeout=15)
    assert "金来办、今天办" in post["text"] and "已彻底更换主管道" in post["text"]
    for secret in ("张三", "13812345678", "1381234"):
        assert secret not in post["text"]
    fake.send_text(SUPERVISOR, "/stats 30")
    _wait_text(fake, SUPERVISOR, "近 30 天办理情况")
    fake.send_text(SUPERVISOR, "/ledger")
    [document] = fake.wait_until(lambda: fake.sent(SUPERVISOR, "sendDocument")[-1:]
                                 if any("督查台账" in (d["caption"] or "")
                                        for d in fake.sent(SUPERVISOR, "sendDocument")) else None,
                                 timeout=30)
    assert document["file"][:2] == b"PK"
    assert not re.search(r"1[3-9]\d{9}", "".join(_texts(fake, SUPERVISOR)))
    # Unpaced on purpose, so the fake's flood limits answer 429 now and then (retried); nothing
    # the bot sent may have been refused for any other reason.
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
