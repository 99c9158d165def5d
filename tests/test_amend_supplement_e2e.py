"""A citizen edits a message the bot kept as a 补充 of their ticket (T21 finding 8: correcting the
village, 北关村二组 → 南关村二组, was silently ignored and the lineman went to the wrong village),
through the real bot and the fake Bot API over HTTP: the unit is told the corrected 补充 (masked),
the ticket's record — /show and the /ledger workbook — holds the corrected words, and the citizen
gets one short confirmation; of a finished ticket the citizen is told plainly the edit was not
taken."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Any

import openpyxl

from bot.sandbox import FakeBotAPI
from bot.texts import ledger as ledger_texts
from tests.harness import BotProcess

CITIZEN, STAFF, SUPERVISOR = 741, 742, 900
POWER_GROUP = -1041


def _texts(fake: FakeBotAPI, chat: int, after: int = 0) -> list[str]:
    return [m["text"] or "" for m in fake.sent(chat)[after:]]


def _said(fake: FakeBotAPI, chat: int, needle: str, after: int = 0) -> str:
    found: list[str] = fake.wait_until(
        lambda: [t for t in _texts(fake, chat, after) if needle in t], timeout=20)
    return found[-1]


def _outage(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
            ) -> tuple[BotProcess, dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Power's group and staff; a report, then two 补充 in quick succession: the ticket and the
    two messages (the first told to the unit at once, the second gathered in a push to come)."""
    for user in (CITIZEN, STAFF, SUPERVISOR):
        fake.add_user(user)
    fake.add_group(POWER_GROUP, "供电公司工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.power.chat_id": POWER_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    code = bot.cli("invite", "--unit", "power").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    _said(fake, STAFF, "绑定成功")
    fake.send_text(CITIZEN, "俺家里没电了")
    _said(fake, CITIZEN, "工单")
    first = fake.send_text(CITIZEN, "从早上到现在一直没电")
    _said(fake, POWER_GROUP, "从早上到现在一直没电")
    second = fake.send_text(CITIZEN, "俺住城关镇北关村二组")
    [ticket] = bot.tickets()
    fake.wait_until(lambda: len(_supplements(bot, ticket)) == 2, timeout=20)
    fake.wait_sent(CITIZEN, 3)  # each answered
    assert ticket["unit"] == "power", ticket
    return bot, ticket, first, second


def _supplements(bot: BotProcess, ticket: dict[str, Any]) -> list[str]:
    return [r["detail"] for r in bot.query("SELECT detail FROM events WHERE ticket_id = ? AND"
                                           " action = 'supplement' ORDER BY id", [ticket["id"]])]


def _gathered(bot: BotProcess, ticket: dict[str, Any]) -> list[str]:
    """The push gathering the ticket's 补充 for the unit, as it will go when its minutes are up."""
    return [json.loads(r["params"])["text"] for r in bot.query(
        "SELECT params FROM outbox WHERE dedupe_key LIKE ?", [f"unit:{ticket['id']}:supplements:%"])]


def _ledger_matter(fake: FakeBotAPI, number: str) -> str:
    """The 诉求内容 of the ticket in the /ledger workbook a supervisor downloads."""
    before = len(fake.sent(SUPERVISOR, "sendDocument"))
    fake.send_text(SUPERVISOR, "/ledger")
    document = fake.wait_until(lambda: fake.sent(SUPERVISOR, "sendDocument")[before:], timeout=30)[0]
    sheet = openpyxl.load_workbook(io.BytesIO(document["file"]))["国网金乡县供电公司"]
    rows = [dict(zip(ledger_texts.LEDGER_HEADERS, r, strict=True))
            for r in sheet.iter_rows(min_row=2, values_only=True)]
    [row] = [r for r in rows if r["工单编号"] == number]
    return str(row["诉求内容"])


def test_an_edited_supplement_reaches_the_unit_and_the_record(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, ticket, _, second = _outage(fake, make_bot)
    number = ticket["number"]
    told = len(fake.sent(CITIZEN))
    fake.edit_text(CITIZEN, second, "俺住城关镇南关村二组，不是北关")
    said = _said(fake, CITIZEN, number, told)
    assert "更正" in said, said
    fake.wait_until(lambda: any("南关村" in t for t in _gathered(bot, ticket)), timeout=20)
    # The push still gathering the 补充 reads the corrected words, not the village first said.
    for push in _gathered(bot, ticket):  # one for each of the unit's chats
        assert "· 俺住城关镇南关村二组，不是北关" in push and "北关村二组" not in push, push
    fake.send_text(STAFF, f"/show {number}")
    shown = _said(fake, STAFF, "市民修改补充内容")
    assert "南关村二组，不是北关" in shown, shown
    matter = _ledger_matter(fake, number)
    assert "南关村二组，不是北关" in matter and "北关村二组" not in matter, matter
    assert len(fake.sent(CITIZEN)[told:]) == 1  # one short confirmation
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_supplement_already_told_is_corrected_in_a_masked_line(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, ticket, first, _ = _outage(fake, make_bot)
    fake.edit_text(CITIZEN, first, "从早上到现在一直没电，有事打俺电话13905371234")
    line = _said(fake, POWER_GROUP, "修改了补充内容")
    assert ticket["number"] in line and "有事打俺电话" in line, line
    assert "13905371234" not in line and "从早上到现在一直没电" in line, line
    _said(fake, CITIZEN, "更正")
    assert _supplements(bot, ticket)[0] == "从早上到现在一直没电"  # the audit log keeps the first
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_an_edited_supplement_of_a_finished_ticket_is_not_taken(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, ticket, first, _ = _outage(fake, make_bot)
    number = ticket["number"]
    fake.send_text(STAFF, f"/done {number} 已恢复北关村二组供电")
    _said(fake, CITIZEN, "办理结果")
    pushed = len(fake.sent(POWER_GROUP))
    told = len(fake.sent(CITIZEN))
    fake.edit_text(CITIZEN, first, "从昨天晚上到现在一直没电")
    said = _said(fake, CITIZEN, number, told)
    assert "没有记入" in said and "新消息" in said, said
    assert not bot.query("SELECT 1 FROM events WHERE action = 'supplement_amended'")
    assert "昨天晚上" not in _ledger_matter(fake, number)
    assert not [t for t in _texts(fake, POWER_GROUP, pushed) if "昨天晚上" in t]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_supplement_edited_to_take_the_matter_back_is_offered_to_withdraw(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """T21 finding 9 for a 补充: 算了，不反映了 keeps the 补充 as it was and tells the unit nothing;
    the citizen gets the 撤回 button of the ticket it was added to."""
    bot, ticket, _, second = _outage(fake, make_bot)
    pushed = len(fake.sent(POWER_GROUP))
    told = len(fake.sent(CITIZEN))
    fake.edit_text(CITIZEN, second, "算了，不反映了")
    [offer] = fake.wait_until(lambda: fake.sent(CITIZEN)[told:], timeout=20)
    assert ticket["number"] in offer["text"] and "撤回" in offer["text"], offer
    assert f"wd:{ticket['id']}" in json.dumps(offer["reply_markup"]), offer
    assert _supplements(bot, ticket)[-1] == "俺住城关镇北关村二组"
    assert not bot.query("SELECT 1 FROM events WHERE action = 'supplement_amended'")
    assert all("算了" not in t for t in _texts(fake, POWER_GROUP, pushed) + _gathered(bot, ticket))
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
