"""Who did the work, as staff sign a result (outside tester T27, finding 12; refs #10), through the
real bot and the fake Bot API over HTTP: `/done … 经手人：韩梅梅；经办人：民政所牛建华` reaches the
supervisor's /show and the /ledger workbook with the names masked and the bodies kept
(经办人：民政所【姓名】, 承办人：县水务局), while the citizen reads the result as written — a unit may
name its worker to the citizen."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import openpyxl

from bot.sandbox import FakeBotAPI
from bot.texts import ledger as ledger_texts
from tests.harness import BotProcess

CITIZEN, STAFF, SUPERVISOR = 721, 722, 900
WATER_GROUP = -1003
NUMBER = re.compile(r"\d{8}-\d{4,}")
RESULT = "已上门更换水表，恢复供水。经手人：韩梅梅；经办人：民政所牛建华；承办人：县水务局"
MASKED = "已上门更换水表，恢复供水。经手人：【姓名】；经办人：民政所【姓名】；承办人：县水务局"


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or m["caption"] or "" for m in fake.sent(chat)]


def test_staff_signing_a_result_are_masked_for_supervisors_and_the_ledger(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (CITIZEN, STAFF, SUPERVISOR):
        fake.add_user(user)
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    fake.send_text(CITIZEN, "我家小区停水两天了，水表也坏了")
    fake.wait_until(lambda: [t for t in _texts(fake, WATER_GROUP) if NUMBER.search(t)], timeout=15)
    [ticket] = bot.tickets()
    number = ticket["number"]

    fake.send_text(STAFF, f"/done {number} {RESULT}")
    told = fake.wait_until(lambda: [t for t in _texts(fake, CITIZEN) if "已上门更换水表" in t],
                           timeout=15)
    assert RESULT in told[-1], told  # the citizen reads who did it, as written

    fake.send_text(SUPERVISOR, f"/show {number}")
    [show] = fake.wait_until(lambda: [t for t in _texts(fake, SUPERVISOR) if number in t
                                      and "已上门更换水表" in t], timeout=15)
    assert MASKED in show, show
    assert "韩梅梅" not in show and "牛建华" not in show, show

    fake.send_text(SUPERVISOR, "/ledger")
    [document] = fake.wait_until(lambda: [d for d in fake.sent(SUPERVISOR, "sendDocument")
                                          if "督查台账" in (d["caption"] or "")], timeout=30)
    sheet = openpyxl.load_workbook(io.BytesIO(document["file"]))["县水务局"]
    [row] = [dict(zip(ledger_texts.LEDGER_HEADERS, r, strict=True))
             for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert row["工单编号"] == number
    assert row["办理结果"].startswith(MASKED), row
    assert bot.tickets()[0]["result"] == RESULT  # stored as written: masked where others read
    everything = "\n".join(_texts(fake, WATER_GROUP) + _texts(fake, SUPERVISOR))
    assert "韩梅梅" not in everything and "牛建华" not in everything, everything
    assert not [e for e in fake.unexpected_errors() if e.status != 429]
