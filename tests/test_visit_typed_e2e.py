"""The 回访 as a citizen lives it, through the real bot process and the fake Bot API: typed
answers count as answers, a negative one is never closed as 默认满意, an old button after a
default closure says honestly that nothing was answered, and /status of a reopened ticket shows
the earlier result as earlier (outside tester; SPEC §4, §5)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import texts

CITIZEN, SECOND, THIRD, STAFF = 501, 502, 503, 601
WATER_GROUP = -1001
CST = ZoneInfo("Asia/Shanghai")
REPORTS = {CITIZEN: "我家小区从昨天开始停水了，到现在还没来水",
           SECOND: "西街三号楼停水两天了，一直没有来水",
           THIRD: "南关村停水了，自来水管一滴水都没有"}


def _wait_text(fake: FakeBotAPI, chat: int, needle: str) -> str:
    found: str = fake.wait_until(
        lambda: next((t for t in reversed(texts(fake, chat)) if needle in t), None), timeout=15)
    return found


def _tick(bot: BotProcess, moment: dt.datetime) -> str:
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    return done.stdout


def _ticket(bot: BotProcess, citizen: int) -> dict[str, Any]:
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])[-1]


def _resolved_and_asked(fake: FakeBotAPI, bot: BotProcess) -> dt.datetime:
    """Three citizens report water cuts; staff accept and finish each; the visits are asked.
    Returns the moment they were asked."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user in (CITIZEN, SECOND, THIRD, STAFF):
        fake.add_user(user)
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    _wait_text(fake, STAFF, "县水务局")
    for citizen, text in REPORTS.items():
        fake.send_text(citizen, text)
        fake.wait_until(lambda c=citizen: bot.query(
            "SELECT 1 FROM tickets WHERE citizen_id = ?", [c]), timeout=15)
    for citizen in REPORTS:
        number = _ticket(bot, citizen)["number"]
        fake.send_text(STAFF, f"/accept {number}")
        fake.wait_until(lambda c=citizen: _ticket(bot, c)["state"] == "accepted", timeout=15)
        fake.send_text(STAFF, f"/done {number} 已抢修管道，恢复供水")
        fake.wait_until(lambda c=citizen: _ticket(bot, c)["state"] == "resolved", timeout=15)
    resolved = max(dt.datetime.fromisoformat(_ticket(bot, c)["resolved_at"]) for c in REPORTS)
    # Visits go out by day (08:00–21:00 county time): 10:00 on the first day they are due.
    asked = (resolved + dt.timedelta(hours=24)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0)
    if asked < resolved + dt.timedelta(hours=24):
        asked += dt.timedelta(days=1)
    assert "visits 3" in _tick(bot, asked)
    for citizen in REPORTS:
        _wait_text(fake, citizen, "联系过您")
    return asked


def test_typed_visit_answers_count_and_a_negative_one_is_never_default_satisfied(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    asked = _resolved_and_asked(fake, bot)

    # The first citizen types every answer instead of pressing buttons.
    fake.send_text(CITIZEN, "联系过了")
    fake.wait_until(lambda: _ticket(bot, CITIZEN)["contacted"] == 1, timeout=15)
    _wait_text(fake, CITIZEN, "问题是否已经解决")
    fake.send_text(CITIZEN, "还没解决")
    fake.wait_until(lambda: _ticket(bot, CITIZEN)["solved"] == 0, timeout=15)
    _wait_text(fake, CITIZEN, "是否满意")
    fake.send_text(CITIZEN, "不满意")
    fake.wait_until(lambda: _ticket(bot, CITIZEN)["state"] == "reopened", timeout=15)
    _wait_text(fake, WATER_GROUP, "重办")
    # /status shows the result given before the 重办 as the earlier one, not as current.
    number = _ticket(bot, CITIZEN)["number"]
    fake.send_text(CITIZEN, f"/status {number}")
    status = _wait_text(fake, CITIZEN, "办理记录")
    lines = status.splitlines()
    assert not any(line.startswith("办理结果") for line in lines)
    assert any(line.startswith("上次办理结果") and "已抢修管道" in line for line in lines)

    # The second citizen types the negative answer while the first question is pending: it is
    # taken for the ticket (no new ticket), and three days later the visit is not 默认满意.
    fake.send_text(SECOND, "没解决！还是没水，骗人的")
    fake.wait_until(lambda: _ticket(bot, SECOND)["solved"] == 0, timeout=15)

    # The third says nothing; three days on it closes as 默认满意.
    assert "closed 2" in _tick(bot, asked + dt.timedelta(days=3, minutes=5))
    second, third = _ticket(bot, SECOND), _ticket(bot, THIRD)
    assert second["state"] == "reopened" and second["rating"] != "default"
    assert third["state"] == "closed" and third["rating"] == "default"
    assert [len(bot.query("SELECT 1 FROM tickets WHERE citizen_id = ?", [c]))
            for c in REPORTS] == [1, 1, 1]  # no typed answer opened a ticket

    # An old button of the default-closed visit: it says nothing was answered, honestly.
    question = next(m for m in fake.sent(THIRD) if "联系过您" in (m["text"] or ""))
    data = question["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    before = len(fake.callback_answers)
    fake.press(THIRD, question, data, forge=True)
    toast = fake.wait_until(lambda: fake.callback_answers[before:], timeout=15)[0]
    assert "回答都已记录" not in (toast.get("text") or "")
    assert "默认满意" in (toast.get("text") or "")
