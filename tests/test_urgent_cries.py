"""The shortest calls about a life slipping away, and someone not responding told in English
(nlp.urgent_signs, nlp.urgent_english): flagged urgent; the same words about a plan, a person's
worth or a funeral are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_config
from nlp.router import Router
from nlp.routes import build_router

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def router() -> Router:
    config = load_config(REPO / "config.example.toml")
    return build_router([(u.code, u.name, u.keywords) for u in config.units])


@pytest.mark.parametrize("text", [
    "出人命了",
    "快来，要出人命啦",
    "人不行了",
    "俺爹快不行了，快来人",
    "孩子眼看着不行了",
    "头好晕要倒了",
    "我脑袋晕得快昏过去了",
    "my neighbour collapsed in the stairwell and he is not responding",
    "my dad is unresponsive on the kitchen floor",
])
def test_a_life_at_stake_in_few_words_is_urgent(router: Router, text: str) -> None:
    assert router.route(text).urgent


@pytest.mark.parametrize("text", [
    "这人不行了，说话不算数",
    "这个办法不行了，得换一个",
    "他干活不行了，老了",
    "我头有点晕，想问问卫生院几点开门",
    "老人快不行了，想问问后事怎么办",
    "he is not responding to my messages about the rent",
])
def test_the_same_words_about_a_plan_or_a_funeral_are_routine(router: Router, text: str) -> None:
    assert not router.route(text).urgent
