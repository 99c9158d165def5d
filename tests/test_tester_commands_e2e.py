"""An outside tester's findings on /status, a unit picked by the citizen and urgent tickets'
督办, through the real bot process and the fake Bot API (SPEC §3, §4, §5)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN, OTHER, SUPERVISOR = 501, 502, 900
WATER_GROUP = -1001
NUMBER = re.compile(r"\d{8}-\d{4,}")
GAS = "我们楼道里有很大的煤气味，好像漏气了"


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or m["caption"] or "" for m in fake.sent(chat)]


def _wait_new(fake: FakeBotAPI, chat: int, seen: int, count: int = 1) -> list[str]:
    """The texts sent to `chat` after the first `seen`, once there are `count` of them."""
    found: list[str] = fake.wait_until(lambda: _texts(fake, chat)[seen:][:count]
                                       if len(_texts(fake, chat)) >= seen + count else None,
                                       timeout=15)
    return found


def _report(fake: FakeBotAPI, bot: BotProcess, citizen: int, text: str) -> dict[str, Any]:
    before = len(bot.tickets())
    fake.send_text(citizen, text)
    fake.wait_until(lambda: len(bot.tickets()) > before and fake.sent(citizen), timeout=15)
    ticket: dict[str, Any] = bot.tickets()[-1]
    fake.wait_until(lambda: any(ticket["number"] in t for t in _texts(fake, citizen)), timeout=15)
    return ticket


def _three(fake: FakeBotAPI, bot: BotProcess) -> tuple[dict[str, Any], ...]:
    """Two reports of the citizen (one routing cannot place) and one of another citizen."""
    lamp = _report(fake, bot, CITIZEN, "村口路灯坏了三天了")
    unsure = _report(fake, bot, CITIZEN, "不知道该找谁，停水停电")
    other = _report(fake, bot, OTHER, "小区停水三天了")
    assert unsure["unit"] == "hotline"
    return lamp, unsure, other


def test_a_unit_the_citizen_picks_hears_of_the_other_units_concerned(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP})
    _, unsure, _ = _three(fake, bot)

    # The citizen picks the water bureau: its push names the other unit, as the hotline's did.
    offer = next(m for m in reversed(fake.sent(CITIZEN)) if m["reply_markup"])
    data = next(b["callback_data"] for row in offer["reply_markup"]["inline_keyboard"]
                for b in row if b["callback_data"].endswith(":water"))
    fake.press(CITIZEN, offer, data)
    push = fake.wait_until(lambda: next((t for t in _texts(fake, WATER_GROUP)
                                         if unsure["number"] in t), None), timeout=15)
    assert re.search(r"另涉及：\S*供电公司（", push), push


def test_status_takes_the_numbers_a_citizen_types(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    lamp, unsure, other = _three(fake, bot)

    # /status with the daily sequence alone, with two numbers, with a word that is none.
    seen = len(_texts(fake, CITIZEN))
    fake.send_text(CITIZEN, "/status 0001")
    [one] = _wait_new(fake, CITIZEN, seen)
    assert lamp["number"] in one and "办理记录" in one
    fake.send_text(CITIZEN, f"/status {lamp['number']} {unsure['number'][-4:]}")
    [two] = _wait_new(fake, CITIZEN, seen + 1)  # both in one message, in the order asked
    assert NUMBER.findall(two)[:2] == [lamp["number"], unsure["number"]]
    assert two.count("办理记录") == 2
    fake.send_text(CITIZEN, "/status 路灯")
    [wrong] = _wait_new(fake, CITIZEN, seen + 2)
    assert "不是工单编号" in wrong and "请带上工单编号" not in wrong
    # Another citizen's ticket by its short number: not found, as for a number that is none.
    fake.send_text(CITIZEN, f"/status {int(other['number'][-4:])}")
    [theirs] = _wait_new(fake, CITIZEN, seen + 3)
    assert "没有找到" in theirs and other["number"] not in theirs


def test_an_urgent_ticket_urged_by_hand_is_given_hours(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    fake.add_user(SUPERVISOR)
    first = _report(fake, bot, CITIZEN, GAS)
    assert first["urgent"]

    # /urge at once: the limit is hours ahead, not working days — its own 24 hours, which a
    # 督办 of a ticket not yet overdue does not shorten without a limit in its text.
    fake.send_text(SUPERVISOR, f"/urge {first['number']} 立即处置")
    fake.wait_until(lambda: bot.tickets()[0]["urge_count"] == 1, timeout=15)
    [urged] = bot.query("SELECT at FROM events WHERE ticket_id = ? AND action = 'urge'",
                        [first["id"]])
    limit = dt.datetime.fromisoformat(bot.tickets()[0]["urge_deadline"])
    assert bot.tickets()[0]["deadline"] == first["deadline"] == bot.tickets()[0]["urge_deadline"]
    assert limit - dt.datetime.fromisoformat(urged["at"]) <= dt.timedelta(hours=24)


def test_an_urgent_ticket_left_unsigned_is_urged_within_hours(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    fake.add_user(SUPERVISOR)
    second = _report(fake, bot, OTHER, "小区里煤气泄漏了，味道很大，大家都很害怕")
    assert second["urgent"]

    # Ten hours past its 24-hour limit, still unsigned: the tick urges it, in hours.
    moment = dt.datetime.fromisoformat(second["deadline"]) + dt.timedelta(hours=10)
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    row = next(t for t in bot.tickets() if t["id"] == second["id"])
    assert row["urge_count"] == 1
    assert dt.datetime.fromisoformat(row["urge_deadline"]) - moment <= dt.timedelta(hours=12)
    notice = fake.wait_until(lambda: next((t for t in _texts(fake, SUPERVISOR)
                                           if "督办通知书" in t and second["number"] in t),
                                          None), timeout=15)
    assert "已逾期 10 小时" in notice and "工作日" not in notice
