"""A citizen back in the chat while a supervisor records their 回访 by phone (an outside tester,
refs #10): what they typed about it — 解决了, 不满意, or that the matter is still not put right —
became a new, unlinked ticket, or a 不客气 and nothing. Now it answers that ticket's 回访 as
typed answers always have: the 回访 is the citizen's again (the answers the supervisor recorded
stand), the supervisors are told and their question withdrawn. Through the real bot and the
fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_reachable_again_e2e import _block, _done, _edits, _report, _row, _with
from tests.test_staff_e2e import CITIZEN, SUPERVISOR, WATER_GROUP, start
from tests.test_supervision_e2e import tick

Json = dict[str, Any]


def _call_begun(fake: FakeBotAPI, bot: BotProcess) -> tuple[Json, Json]:
    """A ticket whose citizen blocked the bot after its 办结: its 回访 went to the supervisors,
    who recorded the first answer by phone; the citizen then unblocks the bot. The ticket and
    the supervisors' question now waiting."""
    ticket = _report(fake, bot, "我家小区停水两天了，一直没人管，电话13812345678")
    resolved = _done(fake, bot, ticket)
    _block(fake)
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    ask = _with(fake, SUPERVISOR, "电话回访", ticket["number"])
    fake.press(SUPERVISOR, ask, f"v:{ticket['id']}:0:c:1")
    second = _with(fake, SUPERVISOR, "第二个问题", ticket["number"])
    fake.block(CITIZEN, False)
    return ticket, second


def _answers_here(fake: FakeBotAPI, bot: BotProcess, ticket: Json, second: Json) -> None:
    """The 回访 is the citizen's again: the supervisors are told, their question withdrawn."""
    told = _with(fake, SUPERVISOR, "自己回答了回访", ticket["number"])["text"]
    assert "已记录的电话回访回答保留" in told, told
    fake.wait_until(lambda: any(not e.get("reply_markup") for e in _edits(
        fake, SUPERVISOR, second["message_id"])), timeout=15)
    assert len(bot.tickets()) == 1  # no new ticket


def test_the_matter_still_not_put_right_answers_the_phone_visit(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    ticket, second = _call_begun(fake, bot)
    fake.send_text(CITIZEN, "水还是没来，还是停水")
    fake.wait_until(lambda: _row(bot, ticket)["solved"] == 0, timeout=15)
    _answers_here(fake, bot, ticket, second)
    _with(fake, CITIZEN, "最后一个问题", ticket["number"])
    fake.send_text(CITIZEN, "不满意")
    fake.wait_until(lambda: _row(bot, ticket)["state"] == "reopened", timeout=15)
    _with(fake, WATER_GROUP, "重办", ticket["number"])
    roles = bot.query("SELECT detail, actor_role FROM events WHERE ticket_id = ? AND action ="
                      " 'rate' ORDER BY id", [ticket["id"]])
    assert [(r["detail"], r["actor_role"]) for r in roles] == [
        ("c:1", "supervisor"), ("s:0", "citizen"), ("r:1", "citizen")]  # r:1 不满意
    assert len(bot.tickets()) == 1


def test_a_typed_satisfied_closes_the_phone_visit(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    ticket, second = _call_begun(fake, bot)
    fake.send_text(CITIZEN, "问题解决了，很满意")
    fake.wait_until(lambda: _row(bot, ticket)["state"] == "closed", timeout=15)
    _answers_here(fake, bot, ticket, second)
    row = _row(bot, ticket)
    assert (row["contacted"], row["solved"], row["rating"]) == (1, 1, "satisfied")
    assert not [m for m in fake.sent(CITIZEN) if "不客气" in (m["text"] or "")]
