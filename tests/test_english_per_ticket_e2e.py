"""A citizen who writes one report in Chinese and one in English is followed up on each in the
language of that report (an outside tester's finding; refs #10), through the real bot and the
fake Bot API: one English message no longer turns every later notice English, the Chinese
ticket's included, and a press on a 回访 button is answered in its question's language; what
concerns no ticket follows the citizen's latest message."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    STAFF,
    ask_visits,
    finish,
    join_staff,
    report,
    row,
    texts,
)

BOTH = 795
HAN = re.compile(r"[\u3400-\u9fff]")
CHINESE_REPORT = "我家小区从昨天开始停水了，到现在还没来水"
ENGLISH_REPORT = "The street light outside my house has been broken for three days"


def _next(fake: FakeBotAPI, chat: int, seen: int, needle: str) -> str:
    """The first text the chat was sent after its first `seen` that holds `needle`."""
    found: str = fake.wait_until(lambda: next(
        (t for t in texts(fake, chat)[seen:] if needle in t), None), timeout=20)
    return found


def _question(fake: FakeBotAPI, chat: int, number: str) -> dict[str, Any]:
    """The 回访 question about ticket `number`, with its buttons."""
    message: dict[str, Any] = fake.wait_until(lambda: next(
        (m for m in fake.messages(chat) if number in (m.get("text") or "")
         and m.get("reply_markup")), None), timeout=20)
    return message


def _labels(message: dict[str, Any]) -> list[str]:
    return [b["text"] for r in message["reply_markup"]["inline_keyboard"] for b in r]


def _press_first(fake: FakeBotAPI, chat: int, message: dict[str, Any]) -> str:
    """Press the question's first button; the toast it is answered with."""
    data = message["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    qid = fake.press(chat, message, data)
    toast: str = fake.wait_until(lambda: next((a.get("text") or "" for a in fake.callback_answers
                                               if a["id"] == qid), None), timeout=20)
    return toast


def test_each_ticket_is_followed_up_in_the_language_it_was_written_in(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (BOTH,))
    chinese = report(fake, bot, BOTH, CHINESE_REPORT)
    english = report(fake, bot, BOTH, ENGLISH_REPORT)
    assert (chinese["unit"], english["unit"]) == ("water", "urban")
    assert "Case number" in _next(fake, BOTH, 0, english["number"])

    # The Chinese ticket's pushes stay Chinese after the English report, and back.
    seen = len(texts(fake, BOTH))
    fake.send_text(STAFF["water"], f"/accept {chinese['number']}")
    signed = _next(fake, BOTH, seen, chinese["number"])
    assert "签收" in signed and "taken on by" not in signed, signed
    seen = len(texts(fake, BOTH))
    fake.send_text(STAFF["urban"], f"/accept {english['number']}")
    taken = _next(fake, BOTH, seen, english["number"])
    assert "taken on by" in taken and not HAN.search(taken.replace("金来办", "")), taken

    # A message about no ticket follows the latest words; the English ticket stays English.
    seen = len(texts(fake, BOTH))
    fake.send_text(BOTH, "你好")
    assert "Hello" not in _next(fake, BOTH, seen, "您好")
    seen = len(texts(fake, BOTH))
    fake.send_text(STAFF["urban"], f"/reply {english['number']} 今天下午去修")
    assert "replies about case" in _next(fake, BOTH, seen, "今天下午去修")
    seen = len(texts(fake, BOTH))
    fake.send_text(BOTH, "/my")
    mine = _next(fake, BOTH, seen, chinese["number"])
    assert english["number"] in mine and "Your reports" not in mine, mine

    # Each 回访 in its ticket's language, buttons included.
    finish(fake, bot, chinese, "已抢修管道，恢复供水")
    finish(fake, bot, english, "已更换灯泡")
    assert "Result" not in _next(fake, BOTH, 0, "已抢修管道")
    assert "Result" in _next(fake, BOTH, 0, "已更换灯泡")
    ask_visits(bot, 2)
    asked = {ticket["number"]: _question(fake, BOTH, ticket["number"])
             for ticket in (chinese, english)}
    assert _labels(asked[chinese["number"]]) == ["是", "否"]
    assert _labels(asked[english["number"]]) == ["Yes", "No"]
    # A press is answered in its question's language, whatever the citizen wrote last.
    seen = len(texts(fake, BOTH))
    fake.send_text(BOTH, "Hello")
    _next(fake, BOTH, seen, "Hello")
    assert _press_first(fake, BOTH, asked[chinese["number"]]) == "已记录，谢谢您！"
    assert _press_first(fake, BOTH, asked[english["number"]]) == "Recorded. Thank you!"
    assert row(bot, chinese)["state"] == row(bot, english)["state"] == "resolved"
    assert not [e for e in fake.unexpected_errors() if e.status != 429]
