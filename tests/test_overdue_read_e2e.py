"""What staff and supervisors read of a late ticket, as an outside tester found it over a
simulated week (refs #10), through the real bot and the fake Bot API: a ticket late by less than
a working day reads so the same way on /overdue, the 督办通知书, /show and the ledger (逾期不足 1
个工作日, 不足1 — never 0, never hours); the citizen's overdue notice calls the automatic 催办 a
reminder, 书面 being the 督办's. Its helpers start the bot for the other staff-read tests."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import said

CITIZEN, URBAN_STAFF, WATER_STAFF, SUPERVISOR, URBAN_GROUP = 651, 31, 32, 900, -1008
UNDER_A_DAY = "逾期不足 1 个工作日"


def join(bot: BotProcess, fake: FakeBotAPI, user: int, unit: str) -> None:
    done = bot.cli("invite", "--unit", unit)
    assert done.returncode == 0, done.stderr
    fake.send_text(user, f"/join {done.stdout.splitlines()[-1]}")
    said(fake, user, "绑定成功")


def start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    for user in (URBAN_STAFF, WATER_STAFF, SUPERVISOR):
        fake.add_user(user)
    fake.add_group(URBAN_GROUP, "县执法局工作群")
    return make_bot({"people.supervisors": [SUPERVISOR], "units.urban.chat_id": URBAN_GROUP,
                     "telegram.per_group_per_minute": 0})


def test_a_ticket_late_by_hours_reads_the_same_everywhere(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path
) -> None:
    bot = start(fake, make_bot)
    join(bot, fake, URBAN_STAFF, "urban")
    fake.send_text(CITIZEN, "小区里的路灯坏了一个月了，晚上看不见路")
    fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    number = ticket["number"]
    assert ticket["unit"] == "urban"
    late = dt.datetime.fromisoformat(ticket["deadline"]) + dt.timedelta(hours=19)
    assert bot.cli("tick", "--now", late.isoformat()).returncode == 0

    notice = said(fake, CITIZEN, "已超过办理时限")["text"]
    assert "已自动向县综合行政执法局发出催办提醒" in notice and "书面催办" not in notice
    assert "将按规定对其书面督办" in notice

    fake.send_text(SUPERVISOR, "/overdue")
    listed = said(fake, SUPERVISOR, "逾期工单")["text"]
    assert number in listed and UNDER_A_DAY in listed
    fake.send_text(SUPERVISOR, f"/urge {number} 请抓紧办理")
    urged = said(fake, SUPERVISOR, "督办通知书")["text"]
    assert f"已{UNDER_A_DAY}" in urged and "小时" not in urged
    fake.send_text(URBAN_STAFF, f"/show {number}")
    shown = said(fake, URBAN_STAFF, f"工单：{number}")["text"]
    assert f"（{UNDER_A_DAY}）" in shown, shown

    out = tmp_path / "台账.csv"
    assert bot.cli("export", "--out", str(out)).returncode == 0
    with out.open(encoding="utf-8-sig") as file:
        [row] = list(csv.DictReader(file))
    assert row["工单编号"] == number and row["逾期天数（工作日）"] == "不足1"
    assert not fake.unexpected_errors()
