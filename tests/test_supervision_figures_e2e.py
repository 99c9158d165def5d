"""What a supervisor reads adds up, end to end through `python -m bot run` (refs #10): the
digest, /stats and the ledger's summary show the manual-dispatch hotline's line outside the
ranking, so their unit lines add up to the county's; a public draft made days after the unit
wrote its result does not say 今天 or 明天 of the day it is posted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import openpyxl

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_staff_e2e import said
from tests.test_supervision_e2e import CITIZEN, SUPERVISOR, WATER, all_said, report, start, tick

CST = dt.timezone(dt.timedelta(hours=8))
HOTLINE = "县12345政务服务便民热线"
MANUAL = f"{HOTLINE}（人工分拨，不参与排名）：— / — / — / 0.0%"


def test_hotline_outside_the_ranking_and_a_draft_without_relative_days(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path
) -> None:
    bot = start(fake, make_bot, WATER)
    first = report(bot, fake, "我家小区停水两天了")
    second = report(bot, fake, "村里自来水停了三天了，一直没人管")
    fake.send_text(WATER, f"/transfer {second['number']} hotline 请热线核实地址")
    said(fake, WATER, "已改派")
    fake.send_text(WATER, f"/done {first['number']} 今天上午已更换阀门恢复供水，明天再来复查水压")
    said(fake, WATER, "已办结")
    resolved = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"]).astimezone(CST)
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    said(fake, CITIZEN, "联系过您")
    fake.send_text(CITIZEN, "联系过了，解决了，满意")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "closed", timeout=15)
    # Ten days on: the hotline's ticket is overdue at manual dispatch.
    later = by_day(resolved + dt.timedelta(days=10))
    tick(bot, later)

    # The tick ten days on caught up on the digests of the days between (each with its chart):
    # the supervisor's chat is paced, so an answer may wait behind them.
    fake.wait_until(lambda: not bot.query(
        "SELECT 1 FROM outbox WHERE chat_id = ? AND state IN ('queued', 'sending')", [SUPERVISOR]),
        timeout=90)
    fake.send_text(SUPERVISOR, "/stats 30")
    stats = said(fake, SUPERVISOR, "近 30 天办理情况", timeout=90)["text"]
    assert MANUAL in stats, stats
    assert f". {HOTLINE}" not in stats  # not ranked
    assert "1. 县水务局：" in stats and "/ 100.0%\n" in stats and "全县：" in stats
    assert stats.split("全县：")[1].split("\n")[0].endswith("/ 50.0%"), stats

    issued = len(all_said(fake, SUPERVISOR, "督办日报"))  # days the tick caught up on, if any
    fake.send_text(SUPERVISOR, "/digest")
    text = fake.wait_until(lambda: all_said(fake, SUPERVISOR, "督办日报")[issued:],
                           timeout=90)[-1]["text"]
    assert MANUAL in text and f". {HOTLINE}" not in text, text
    assert text.split("全县：")[1].split("\n")[0].endswith("/ 50.0%"), text

    out = tmp_path / "台账.xlsx"
    done = bot.cli("export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    lines = {r[0]: r for r in openpyxl.load_workbook(out)["汇总"].iter_rows(min_row=2,
                                                                         values_only=True)}
    assert f"{HOTLINE}（人工分拨，不参与排名）" in lines, list(lines)

    # The draft, made ten days later, dates what the unit wrote on the day it wrote it.
    fake.send_text(SUPERVISOR, f"/publish {first['number']}")
    draft = said(fake, SUPERVISOR, "草稿")["text"]
    tomorrow = resolved + dt.timedelta(days=1)
    assert f"{resolved.month}月{resolved.day}日，" in draft, draft
    assert "当天上午已更换阀门恢复供水" in draft, draft
    assert f"{tomorrow.month}月{tomorrow.day}日再来复查水压" in draft, draft
    post = draft.split("｜")[-1]
    for relative in ("今天", "明天"):
        assert relative not in post.replace("今天办", ""), post
    assert not all_said(fake, SUPERVISOR, "出了点问题")
