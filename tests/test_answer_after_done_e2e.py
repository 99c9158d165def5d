"""An answer to the unit's question after the unit finished the ticket (an outside tester's
finding 8, round 25; refs #10): staff `/reply N 请问…？` then `/done N …` at once, and the
citizen answers — replying to the 答复 message or plainly soon after. The answer is kept on
the ticket (a 补充 in its history, /show and the ledger), passed to the unit though the ticket
is 已办结待回访, and the citizen is told so — not answered as if they had said nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from bot.sandbox import FakeBotAPI
from bot.texts import ledger as ledger_texts
from tests.harness import BotProcess

STAFF, CITIZEN, WATER_GROUP = 671, 672, -1311
_ANSWER = "三组的，打俺孙子电话 一三九 零五三七 六六八八"


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or "" for m in fake.sent(chat)]


def _tickets(bot: BotProcess) -> list[dict[str, Any]]:
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [CITIZEN])


def _wait_text(fake: FakeBotAPI, chat: int, needle: str) -> dict[str, Any]:
    found: list[dict[str, Any]] = fake.wait_until(
        lambda: [m for m in fake.sent(chat) if needle in (m["text"] or "")], timeout=20)
    return found[-1]


def _asked_then_done(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
                     ) -> tuple[BotProcess, dict[str, Any], dict[str, Any]]:
    """A water ticket whose staff member asks a question and finishes it straight away: the
    bot, the ticket and the 答复 message the citizen read."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user in (STAFF, CITIZEN):
        fake.add_user(user)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    _wait_text(fake, STAFF, "县水务局")
    fake.send_text(CITIZEN, "后王楼村停水三天了，一直没有来水")
    fake.wait_until(lambda: _tickets(bot), timeout=20)
    [ticket] = _tickets(bot)
    number = ticket["number"]
    fake.send_text(STAFF, f"/reply {number} 您好，请问您家在后王楼村几组？方便留个电话吗")
    asked = _wait_text(fake, CITIZEN, "几组")
    fake.send_text(STAFF, f"/done {number} 已抢修供水管道，恢复供水")
    fake.wait_until(lambda: _tickets(bot)[0]["state"] == "resolved", timeout=20)
    _wait_text(fake, CITIZEN, "恢复供水")
    return bot, ticket, asked


@pytest.mark.parametrize("replying", [True, False])
def test_an_answer_after_the_done_reaches_the_unit_and_the_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], replying: bool, tmp_path: Path
) -> None:
    bot, ticket, asked = _asked_then_done(fake, make_bot)
    number = ticket["number"]
    seen = len(_texts(fake, CITIZEN))
    fake.send_text(CITIZEN, _ANSWER, reply_to=asked["message_id"] if replying else None)

    told = _wait_text(fake, WATER_GROUP, "三组的")
    assert number in told["text"] and "市民" in told["text"]
    assert "六六八八" not in told["text"] and "【电话】" in told["text"]  # masked for the unit
    answer = fake.wait_until(lambda: _texts(fake, CITIZEN)[seen:], timeout=20)[0]
    assert number in answer and "县水务局" in answer and "已办结" in answer, answer
    assert "正在办理" not in answer
    kept = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'supplement'",
                     [ticket["id"]])
    assert [row["detail"] for row in kept] == [_ANSWER]
    assert len(_tickets(bot)) == 1 and _tickets(bot)[0]["state"] == "resolved"

    fake.send_text(STAFF, f"/show {number}")
    shown = _wait_text(fake, STAFF, "三组的")["text"]
    assert "六六八八" not in shown
    out = tmp_path / "台账.xlsx"
    assert bot.cli("export", "--out", str(out)).returncode == 0
    book = openpyxl.load_workbook(out)
    rows = {r[0]: dict(zip(ledger_texts.LEDGER_HEADERS, r, strict=True)) for sheet in book
            if next(sheet.iter_rows(max_row=1, values_only=True), ()) == tuple(
                ledger_texts.LEDGER_HEADERS)
            for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[0]}
    assert "补充：三组的" in rows[number]["诉求内容"], rows[number]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_new_matter_after_the_done_is_still_its_own_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, ticket, _ = _asked_then_done(fake, make_bot)
    fake.send_text(CITIZEN, "另外村口的路灯坏了好几天了，晚上黑乎乎的")
    fake.wait_until(lambda: len(_tickets(bot)) == 2, timeout=20)
    assert not bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'",
                         [ticket["id"]])
