"""Staff text is plain text (an outside tester's finding; refs #10), through the real bot and the
fake Bot API: `/done NUMBER 已修好 <b>谢谢</b>` and `/reply` reach the citizen exactly as typed —
tags shown, never applied and never as &lt;b&gt; — and so does every later view of them (the
citizen's /status, the 回访 question, the unit's /show)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, STAFF, ask_visits, finish, join_staff, report, texts

CHINESE, ENGLISH = 831, 832
REPLY = "请问是几号楼？<i>几单元</i> & 门牌 &lt;"
RESULT = "已修好 <b>谢谢</b> & <a href='x'>回复</a>"


def _sent(fake: FakeBotAPI, chat: int, needle: str) -> dict[str, Any]:
    found: dict[str, Any] = fake.wait_until(lambda: next(
        (m for m in reversed(fake.sent(chat)) if needle in (m["text"] or "")), None), timeout=20)
    return found


def _styled(message: dict[str, Any], words: str) -> bool:
    """Whether Telegram shows `words` in the message bold, italic or as a link."""
    text = message["text"].encode("utf-16-le")
    return any(words in text[2 * e["offset"]:2 * (e["offset"] + e["length"])].decode("utf-16-le")
               for e in message.get("entities") or [] if e["type"] != "code")


def test_tags_staff_type_reach_the_citizen_as_typed(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CHINESE, ENGLISH))
    for citizen, words in ((CHINESE, "我家小区停水两天了"),
                           (ENGLISH, "No water in my flat since this morning")):
        ticket = report(fake, bot, citizen, words)
        fake.send_text(STAFF["water"], f"/reply {ticket['number']} {REPLY}")
        replied = _sent(fake, citizen, "几单元")
        assert REPLY in replied["text"] and not _styled(replied, "几单元")
        finish(fake, bot, ticket, RESULT)
        done = _sent(fake, citizen, "谢谢")
        assert RESULT in done["text"] and not _styled(done, "谢谢"), done
        fake.send_text(citizen, f"/status {ticket['number']}")
        fake.wait_until(lambda c=citizen: sum(RESULT in t for t in texts(fake, c)) >= 2, timeout=20)
        fake.send_text(STAFF["water"], f"/show {ticket['number']}")
        shown = _sent(fake, STAFF["water"], f"工单：{ticket['number']}")["text"]
        assert RESULT in shown and REPLY in shown, shown
    ask_visits(bot, 2)
    for citizen in (CHINESE, ENGLISH):
        fake.wait_until(lambda c=citizen: sum(RESULT in t for t in texts(fake, c)) >= 3,
                        timeout=20)
    assert not [e for e in fake.unexpected_errors() if e.status != 429]
