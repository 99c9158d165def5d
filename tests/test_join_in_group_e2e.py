"""A /join code typed in a unit's group is exposed there (an outside tester's finding; refs #10),
through the real bot and the fake Bot API: the group is told it no longer binds anyone and to ask
for a new one in private; the code then binds nobody, and a new code binds in private."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, WATER_GROUP, texts, wait_text

NEWCOMER, READER = 861, 862


def test_a_code_typed_in_a_group_is_revoked(fake: FakeBotAPI,
                                            make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot(OVERRIDES)
    fake.add_group(WATER_GROUP, "水务工作群")
    fake.add_user(NEWCOMER)
    fake.add_user(READER)
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(NEWCOMER, f"/join {code}", WATER_GROUP)
    [told] = wait_text(fake, WATER_GROUP, "已立即作废")
    assert "私聊" in told and "新的邀请码" in told
    fake.send_text(READER, f"/join {code}")  # someone in the group who read it
    wait_text(fake, READER, "邀请码无效")
    fake.send_text(NEWCOMER, f"/join {code}")
    wait_text(fake, NEWCOMER, "邀请码无效")
    fresh = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(NEWCOMER, f"/join {fresh}")
    wait_text(fake, NEWCOMER, "绑定成功")
    assert not any("绑定成功" in t for t in texts(fake, READER))
    assert not [e for e in fake.unexpected_errors() if e.status != 429]
