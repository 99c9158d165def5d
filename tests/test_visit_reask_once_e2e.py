"""A 回访 question asked again keeps one live set of buttons, through the real bot process and
the fake Bot API (outside tester, refs #10): each time the waiting question is asked again (a
未解决 or 不满意 typed before its turn), the copies asked before lose their buttons; a press on an
old copy that was still on screen answers the question waiting, never another."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import tickets_of, wait_text, water_visits

ASKED = 533


def _live(fake: FakeBotAPI, needle: str) -> list[dict[str, Any]]:
    """The citizen's messages showing `needle` that still offer buttons."""
    return [m for m in fake.messages(ASKED) if needle in (m.get("text") or "")
            and m.get("reply_markup", {}).get("inline_keyboard")]


def test_a_question_asked_again_leaves_one_live_copy(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, (ASKED,))
    [first] = _live(fake, "联系过您")
    for n, words in enumerate(("还是没修好", "很不满意", "你们太差劲了"), start=1):
        fake.send_text(ASKED, words)
        fake.wait_until(lambda n=n: len(wait_text(fake, ASKED, "请再回答")) >= n, timeout=15)
        # Only the latest copy of the question still has buttons.
        live = fake.wait_until(lambda: len(_live(fake, "联系过您")) == 1
                               and _live(fake, "联系过您"), timeout=15)
        assert "请再回答" in live[0]["text"], words
    ticket = tickets_of(bot, ASKED)[0]
    assert ticket["state"] == "resolved" and ticket["contacted"] is None
    # A press on the first copy (still on an old screen) answers the question waiting.
    fake.press(ASKED, first, f"v:{ticket['id']}:0:c:1", forge=True)
    fake.wait_until(lambda: tickets_of(bot, ASKED)[0]["state"] == "reopened", timeout=15)
    assert tickets_of(bot, ASKED)[0]["contacted"] is None  # a 重办 clears the answers
    roles = bot.query("SELECT DISTINCT actor_role FROM events WHERE ticket_id = ? AND action"
                      " = 'rate'", [ticket["id"]])
    assert {r["actor_role"] for r in roles} == {"citizen"}
    fake.wait_until(lambda: not _live(fake, "联系过您"), timeout=15)
