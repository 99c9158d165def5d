"""An edit that reached Telegram but whose answer was lost (a cut connection, a crash before the
outbox recorded it) is sent again, and Telegram answers "message is not modified": the edit is in
place, so it counts as sent, not failed (the fault suite found an unbutton edit left failed after a
kill -9; refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import CITIZEN, WATER, WATER_GROUP, said, start


def test_an_edit_applied_but_unanswered_is_sent_not_failed(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot)
    fake.send_text(CITIZEN, "我家小区停水两天了")
    said(fake, CITIZEN, "工单编号")
    ticket_id = bot.tickets()[0]["id"]
    push = said(fake, WATER_GROUP, "新工单")
    for method in ("editMessageText", "editMessageReplyMarkup"):
        fake.drop_connections(method, applied=True)  # done, but no answer came
    fake.press(WATER, push, f"acc:{ticket_id}")
    said(fake, CITIZEN, "签收")
    fake.wait_until(lambda: (rows := bot.query(
        "SELECT state FROM outbox WHERE dedupe_key LIKE 'unbutton:%'"))
        and all(r["state"] in ("sent", "failed") for r in rows), timeout=60)
    rows = bot.query("SELECT dedupe_key, state, error FROM outbox WHERE dedupe_key LIKE 'unbutton:%'")
    assert rows and all(r["state"] == "sent" for r in rows), rows
