"""A signed ticket's push no longer asks to be signed (refs #10, outside tester, round 20): the
接单 buttons went, but the unit's staff and group copies still ended 请及时签收. Signed, the call
to sign gives way to who signed it."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_cancel_e2e import _buttons

CITIZEN, WATER, WATER_GROUP = 664, 22, -1001
NUMBER = re.compile(r"\d{8}-\d{4,}")


def test_a_signed_push_says_who_signed_instead_of_asking(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0})
    done = bot.cli("invite", "--unit", "water")
    fake.send_text(WATER, f"/join {done.stdout.splitlines()[-1]}")
    fake.wait_until(lambda: any("绑定成功" in (m["text"] or "") for m in fake.sent(WATER)))
    fake.send_text(CITIZEN, "我们小区从昨天开始停水了")
    number = NUMBER.search(fake.wait_sent(CITIZEN, 1)[-1]["text"]).group()  # type: ignore[union-attr]
    fake.wait_until(lambda: any(_buttons(m) for m in fake.sent(WATER_GROUP)))
    fake.wait_until(lambda: not bot.query("SELECT 1 FROM outbox WHERE state IN"
                                          " ('queued', 'sending', 'unknown')"))
    fake.send_text(WATER, f"/accept {number}")
    edit = fake.wait_until(lambda: next(iter(fake.sent(WATER_GROUP, "editMessageText")), None),
                           timeout=20)
    assert not _buttons(edit) and number in edit["text"], edit
    assert "请及时签收" not in edit["text"] and "签收" in edit["text"], edit["text"]
    assert not fake.unexpected_errors()
