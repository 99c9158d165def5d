"""Steps the end-to-end tests of /log share (tests/test_log_*_e2e.py): two clerks of the water
bureau joined, and a demand logged with the 撤回登记 button under its confirmation, through the
real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_withdraw_e2e import SUPERVISOR, WATER, _answer

COLLEAGUE = 12


def clerks(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    """The bot with a supervisor, and WATER and COLLEAGUE joined to the water bureau."""
    for user in (SUPERVISOR, WATER, COLLEAGUE):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    for user in (WATER, COLLEAGUE):
        invite = bot.cli("invite", "--unit", "water")
        _answer(fake, user, f"/join {invite.stdout.splitlines()[-1]}", "绑定成功")
    return bot


def logged(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
           ) -> tuple[BotProcess, dict[str, Any]]:
    """The clerks' bot, and WATER's confirmation of a demand /log-ged (李庄村 has no water),
    which carries the 撤回登记 button."""
    bot = clerks(fake, make_bot)
    before = len(fake.sent(WATER))
    fake.send_text(WATER, "/log 李庄村3组自来水停水两天了")
    confirmation: dict[str, Any] = fake.wait_until(
        lambda: next((m for m in fake.sent(WATER)[before:] if "已登记" in (m["text"] or "")),
                     None), timeout=15)
    return bot, confirmation
