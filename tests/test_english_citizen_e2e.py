"""A citizen who writes in English is answered in English, through the real bot process and
the fake Bot API: the acknowledgement, the unit's pushes, the 回访 and its buttons, /status and
/my; typed English answers count; a Chinese citizen reads Chinese as before; a citizen who
switches language is answered in the new one, while a push about a ticket stays in the language
that ticket was written in (refs #10)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

ENGLISH, CHINESE, SWITCHER, STAFF = 511, 512, 513, 611
WATER_GROUP = -1011
CST = ZoneInfo("Asia/Shanghai")
HAN = re.compile(r"[\u3400-\u9fff]")
REPORT = "There has been no water in my building since yesterday morning"
RESULT = "已抢修管道，恢复供水"
# What an English reader may still see in Chinese: the service's name, the privacy markers as
# they appear in masked texts, and what people wrote (the unit's answer).
KEPT = ("金来办", "【电话】", "【姓名】", RESULT, "我们明天上午派人检修")


def _english(text: str) -> bool:
    for kept in KEPT:
        text = text.replace(kept, "")
    return not HAN.search(text)


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m.get("text") or m.get("caption") or "" for m in fake.messages(chat)]


def _wait(fake: FakeBotAPI, chat: int, needle: str, timeout: float = 20) -> dict[str, Any]:
    found: dict[str, Any] = fake.wait_until(lambda: next(
        (m for m in reversed(fake.messages(chat)) if needle in (m.get("text") or "")), None),
        timeout=timeout)
    return found


def _ticket(bot: BotProcess, citizen: int) -> dict[str, Any]:
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])[-1]


def _press(fake: FakeBotAPI, chat: int, message: dict[str, Any], data: str) -> str:
    qid = fake.press(chat, message, data)
    toast: str = fake.wait_until(lambda: next((a.get("text") or "" for a in fake.callback_answers
                                               if a["id"] == qid), None), timeout=20)
    return toast


def _labels(message: dict[str, Any]) -> list[str]:
    return [b["text"] for row in message.get("reply_markup", {}).get("inline_keyboard", [])
            for b in row]


def _staff(fake: FakeBotAPI, bot: BotProcess) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_user(STAFF)
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    _wait(fake, STAFF, "县水务局")


def _visit_time(bot: BotProcess, citizen: int) -> dt.datetime:
    resolved = dt.datetime.fromisoformat(_ticket(bot, citizen)["resolved_at"])
    asked = (resolved + dt.timedelta(hours=24)).astimezone(CST).replace(
        hour=10, minute=0, second=0, microsecond=0)
    return asked if asked >= resolved + dt.timedelta(hours=24) else asked + dt.timedelta(days=1)


def test_an_english_citizen_is_answered_in_english_from_report_to_feedback(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    _staff(fake, bot)
    for user in (ENGLISH, CHINESE):
        fake.add_user(user)
    fake.send_text(ENGLISH, "/start")
    welcome = _wait(fake, ENGLISH, "隐私")
    assert "write to us in English" in welcome["text"]  # a newcomer learns English is read

    fake.send_text(ENGLISH, REPORT)
    ack = _wait(fake, ENGLISH, "Case number")
    number = _ticket(bot, ENGLISH)["number"]
    assert number in ack["text"] and "County Water Bureau" in ack["text"]
    assert "Due by" in ack["text"] and _english(ack["text"]), ack["text"]
    assert bot.query("SELECT language FROM people WHERE user_id = ?",
                     [ENGLISH]) == [{"language": "en"}]
    # The unit reads Chinese, with the citizen's words as written.
    push = _wait(fake, WATER_GROUP, number)
    assert REPORT in push["text"] and "县水务局" in push["text"] and "〔英文〕" in push["text"]

    fake.send_text(CHINESE, "我家小区从昨天开始停水了，到现在还没来水")
    zh_ack = _wait(fake, CHINESE, "工单编号")
    assert "县水务局" in zh_ack["text"] and "Case" not in zh_ack["text"]

    zh_push = _wait(fake, WATER_GROUP, _ticket(bot, CHINESE)["number"])
    assert "〔英文〕" not in zh_push["text"]
    fake.send_text(ENGLISH, "/status 12345678")
    assert _english(_wait(fake, ENGLISH, "case number")["text"])
    fake.send_text(ENGLISH, "/help")
    help_text = _wait(fake, ENGLISH, "How to report")["text"]
    assert "/status" in help_text and "110" in help_text and _english(help_text), help_text

    fake.send_text(STAFF, f"/accept {number}")
    accepted = _wait(fake, ENGLISH, "taken on by")
    assert "County Water Bureau" in accepted["text"] and _english(accepted["text"])
    fake.send_text(STAFF, f"/reply {number} 我们明天上午派人检修")
    reply = _wait(fake, ENGLISH, "replies about case")
    assert "我们明天上午派人检修" in reply["text"] and _english(reply["text"])
    fake.send_text(STAFF, f"/done {number} {RESULT}")
    finished = _wait(fake, ENGLISH, "has finished your report")
    assert RESULT in finished["text"] and _english(finished["text"])

    done = bot.cli("tick", "--now", _visit_time(bot, ENGLISH).isoformat())
    assert done.returncode == 0, done.stderr
    first = _wait(fake, ENGLISH, "First question")
    assert _labels(first) == ["Yes", "No"] and _english(first["text"]), first
    tid = _ticket(bot, ENGLISH)["id"]
    assert _press(fake, ENGLISH, first, f"v:{tid}:0:c:1") == "Recorded. Thank you!"
    fake.wait_until(lambda: any(m["message_id"] == first["message_id"]
                                and "Your answer: Yes" in (m.get("text") or "")
                                for m in fake.messages(ENGLISH)), timeout=20)
    second = _wait(fake, ENGLISH, "second question")
    assert _labels(second) == ["Solved", "Not solved"] and _english(second["text"])
    fake.send_text(ENGLISH, "solved")
    third = _wait(fake, ENGLISH, "last question")
    assert _labels(third) == ["Satisfied", "Fairly satisfied", "Not satisfied"]
    fake.send_text(ENGLISH, "satisfied")
    closed = _wait(fake, ENGLISH, "Thank you for your feedback")
    assert _english(closed["text"])
    assert _ticket(bot, ENGLISH)["state"] == "closed"

    fake.send_text(ENGLISH, f"/status {number}")
    status = _wait(fake, ENGLISH, "\nRecord\n")["text"]
    assert "Taken on by the unit (County Water Bureau)" in status and _english(status), status
    fake.send_text(ENGLISH, "/my")
    mine = _wait(fake, ENGLISH, "Your reports")["text"]
    assert number in mine and "closed" in mine and _english(mine), mine
    # The Chinese citizen's pushes stayed Chinese.
    assert not any("Case" in t for t in _texts(fake, CHINESE))
    assert not [e for e in fake.unexpected_errors() if e.status != 429]  # pacing is off


def test_a_citizen_who_switches_language_is_answered_in_it_and_pushed_in_the_tickets(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    _staff(fake, bot)
    fake.add_user(SWITCHER)
    fake.send_text(SWITCHER, "Hello")
    assert _english(_wait(fake, SWITCHER, "Hello!")["text"])
    fake.send_text(SWITCHER, "Zhang Wei 13800138000")  # a name and a number say no language
    fake.send_text(SWITCHER, "你好")
    greeting = _wait(fake, SWITCHER, "您好")
    assert "Hello" not in greeting["text"]
    fake.send_text(SWITCHER, "There is no water in my flat since this morning")
    ack = _wait(fake, SWITCHER, "Case number")
    number = _ticket(bot, SWITCHER)["number"]
    fake.send_text(SWITCHER, "谢谢你们")
    _wait(fake, SWITCHER, "不客气")
    fake.send_text(STAFF, f"/accept {number}")
    # A push about the English report stays English; the language kept is the latest.
    accepted = _wait(fake, SWITCHER, "taken on by")
    assert "County Water Bureau" in accepted["text"] and _english(accepted["text"]) and ack
    assert bot.query("SELECT language FROM people WHERE user_id = ?",
                     [SWITCHER]) == [{"language": "zh"}]
    assert not [e for e in fake.unexpected_errors() if e.status != 429]  # pacing is off
