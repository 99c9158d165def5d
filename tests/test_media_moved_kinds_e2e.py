"""A photo and a place shared after one report, then a new problem told that points at both
(看照片，就在这儿; refs #10, outside tester, round 20): both move to the new ticket, and the move
is told and kept whole — the citizen hears of each kind moved, the history has a record per
attachment, the 督查台账 lists the 补充 under the new ticket and no longer under the old one,
and each of the new unit's chats is shown them under one 📎 line."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

from bot.sandbox import FakeBotAPI
from bot.texts import ledger as ledger_texts
from tests.harness import BotProcess
from tests.readingkit import texts, tickets_of, wait_text

CITIZEN, WATER_GROUP, URBAN_GROUP = 561, -1001, -1002
HEAD = "市民发来的附件"


def test_a_photo_and_a_place_move_together_and_are_told_once(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(URBAN_GROUP, "县综合行政执法局工作群")
    fake.add_user(CITIZEN)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "units.urban.chat_id": URBAN_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    fake.send_text(CITIZEN, "我们小区停水两天了，一直没有来水")
    wait_text(fake, CITIZEN, "工单编号")
    fake.send_photo(CITIZEN)
    wait_text(fake, CITIZEN, "已将您补充的内容加入工单")
    fake.send_location(CITIZEN, 35.07, 116.31)
    wait_text(fake, CITIZEN, "已将您补充的内容加入工单", 2)
    fake.send_text(CITIZEN, "看照片，就在这儿：菜市场门口的井盖丢了，夜里很容易掉下去")
    wait_text(fake, CITIZEN, "改附到新工单")
    water, manhole = tickets_of(bot, CITIZEN)
    moved = [t for t in texts(fake, CITIZEN) if "改附到新工单" in t]
    assert len(moved) == 1 and "照片" in moved[0] and "位置" in moved[0], moved
    kinds = [e["detail"] for e in bot.query(
        "SELECT detail FROM events WHERE ticket_id = ? AND action = 'media_moved'", [water["id"]])]
    assert sorted(kinds) == ["location", "photo"], kinds
    fake.wait_until(lambda: [m for m in fake.sent(URBAN_GROUP) if m["kind"] == "location"],
                    timeout=20)
    time.sleep(1)  # a second 📎 would be queued with the first: none may follow
    heads = [t for t in texts(fake, URBAN_GROUP) if HEAD in t]
    assert len(heads) == 1, heads
    out = tmp_path / "台账.xlsx"
    assert bot.cli("export", "--out", str(out)).returncode == 0
    book = openpyxl.load_workbook(out)
    rows = {r[0]: dict(zip(ledger_texts.LEDGER_HEADERS, r, strict=True)) for sheet in book
            if next(sheet.iter_rows(max_row=1, values_only=True), ()) == tuple(
                ledger_texts.LEDGER_HEADERS)
            for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0]}
    old, new = rows[water["number"]]["诉求内容"], rows[manhole["number"]]["诉求内容"]
    assert "（照片）" not in old and "（位置）" not in old, old
    assert "（照片）" in new and "（位置）" in new, new
