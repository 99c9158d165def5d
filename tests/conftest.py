"""Shared fixtures: the loopback fake Bot API and the real bot as a subprocess."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

# PTB 22 warns on every RetryAfter unless durations are timedeltas; the bot opts in the same way.
os.environ.setdefault("PTB_TIMEDELTA", "true")


@pytest.fixture
def fake() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as api:
        yield api


@pytest.fixture
def make_bot(tmp_path: Path, fake: FakeBotAPI) -> Iterator[Callable[..., BotProcess]]:
    """Start the real bot against the fake; every bot started is stopped after the test."""
    started: list[BotProcess] = []

    def make(overrides: dict[str, Any] | None = None, start: bool = True) -> BotProcess:
        bot = BotProcess(tmp_path, fake, overrides or {})
        started.append(bot)
        return bot.start() if start else bot

    yield make
    for bot in started:
        bot.kill()
        assert "Traceback" not in bot.log_text(), bot.log_text()
        assert fake.token not in bot.log_text(), "the token leaked into the logs"
