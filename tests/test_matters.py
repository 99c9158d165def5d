"""bot.actions.matters with the example config's router (refs #10): another matter of the same
unit is told apart from more of a ticket's own; an emoji matter is read as its words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.actions.matters import another_matter
from bot.config import load_config
from bot.routing import load_router
from nlp.emoji_matters import told
from nlp.router import Router

ROOT = Path(__file__).resolve().parent.parent


class _Desk:
    def __init__(self, router: Router) -> None:
        self.router = router


class _Ticket:
    def __init__(self, text: str) -> None:
        self.text = text


@pytest.fixture(scope="module")
def router() -> Router:
    return load_router(load_config(ROOT / "config.example.toml"))


@pytest.mark.parametrize(("text", "other"), [
    ("东关街有个窨井盖碎了", True), ("还是不亮", False), ("路灯还是不亮", False),
    ("路灯到现在也没修好", False), ("灯又灭了", False),
])
def test_another_matter_of_a_lamp_ticket(router: Router, text: str, other: bool) -> None:
    desk: Any = _Desk(router)
    lamp: Any = _Ticket("村口路灯不亮了，晚上黑乎乎的")
    assert another_matter(desk, lamp, text, None) is other


def test_emoji_matters() -> None:
    assert told("🚰❌😭😭 三天了") == "停水"
    assert told("😭😭 三天了") == ""
