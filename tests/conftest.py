"""Shared fixtures: the loopback fake Bot API, the real bot as a subprocess, and the default router."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from bot.config import load_config
from bot.sandbox import FakeBotAPI
from nlp.router import Router
from nlp.routes import build_router
from tests.fuzzkit import Rig, start_rig, stop_rig
from tests.harness import BotProcess

# PTB 22 warns on every RetryAfter unless durations are timedeltas; the bot opts in the same way.
os.environ.setdefault("PTB_TIMEDELTA", "true")

# CI (.ci/run) draws Hypothesis's examples the same way every run, so what lands is what was
# checked; `scripts/check` alone draws new ones each run, to find what nobody thought of.
settings.register_profile("ci", derandomize=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules with long tests first (a slow mark, then a real bot started), each module kept
    whole and in its own order: run in parallel (scripts/check: pytest-xdist), the long ones
    start at once and the many short ones fill the gaps, instead of one running on alone at
    the end."""
    rank: dict[str, int] = {}
    for item in items:
        own = 0 if item.get_closest_marker("slow") else 1 if "make_bot" in item.fixturenames else 2
        rank[item.path.name] = min(own, rank.get(item.path.name, 2))
    items.sort(key=lambda item: rank[item.path.name])
    # A test that drives a real bot process over HTTP may lose a race on a loaded machine, not
    # through the bot's fault (a push landing between a command and its answer). It runs once
    # more before failing; pytest prints each rerun ("R", "1 rerun"), so none passes unseen.
    for item in items:
        if "make_bot" in item.fixturenames:
            item.add_marker(pytest.mark.flaky(reruns=1))


@pytest.fixture(scope="session")
def default_router() -> Router:
    """The default config's router (config.example.toml), built once for the whole run (for
    modules whose own `router` fixture is another one)."""
    config = load_config(Path(__file__).resolve().parent.parent / "config.example.toml")
    return build_router([(u.code, u.name, u.keywords) for u in config.units])


@pytest.fixture(scope="session")
def router(default_router: Router) -> Router:
    """The default config's router, unless a module defines its own."""
    return default_router


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


@pytest.fixture
def rig(tmp_path: Path) -> Iterator[Rig]:
    """The bot's handlers in-process, behind a mocked Bot API (tests.fuzzkit), with water's staff
    member bound."""
    rig = start_rig(tmp_path)
    yield rig
    stop_rig(rig)
