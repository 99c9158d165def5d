"""bot.actions.asked.another_matter: what an answer to a unit's question says besides it is a
matter of its own or not (an elderly tester's finding; refs #10)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.actions.asked import another_matter
from bot.config import load_config
from bot.routing import load_router
from nlp.router import Router

ROOT = Path(__file__).resolve().parent.parent


class _Ticket:
    """The fields another_matter reads: a 停水 ticket of the water unit."""

    unit = "water"
    text = "后王楼村张大娘家停水三天了，一直没有来水"
    keywords = json.dumps(["停水", "来水"])
    keyword_list = ("停水", "来水")  # as Ticket.keyword_list reads `keywords`


@pytest.fixture(scope="module")
def router() -> Router:
    return load_router(load_config(ROOT / "config.example.toml"))


@pytest.mark.parametrize("text", [
    "后王楼村三组，她家就在俺家后头", "上个礼拜五下午就没水了，一直到现在",
    "13912345678，白天打这个就中，俺一直在家", "有人，俺天天在家，来之前打个电话就中",
    "在后王楼村，村东头第二家",
    # why the trouble came (an outside tester, round 20): the ticket's own trouble explained
    "三组，上个礼拜天开始的，俺孙子说是管子冻裂了", "二组，前天晚上开始的，听说是主管道爆了",
    "五组，大前天开始的，估计是修路把管子挖断了", "东头，好像是水塔的泵坏了",
])
def test_more_words_of_the_answer_are_no_matter(router: Router, text: str) -> None:
    assert not another_matter(_Ticket(), text, router.route(text))  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "俺村村口的路灯坏了好几天了，晚上黑乎乎的",  # another unit's trouble
    "后王楼村三组，俺家下水道也堵了",  # the same unit's, in none of the ticket's words
    "三组，俺家门口着火了",  # an emergency
    "三组。另外村里的桥也该修修了",  # a turn to another matter
    "三组，听说俺家下水道也堵了",  # one more matter, though heard of
    # a report that opens with a place, sent while the question waits (outside tester T28,
    # finding 3): another unit's trouble in words the old trouble list did not have
    "西河村戏台边上的果皮箱满了一个礼拜没人收",
    "南湖路公交站旁边的雨水篦子丢了，骑车的容易摔",
    "城关三小对面小卖部卖的辣条都过期了",
])
def test_a_matter_of_its_own_is_no_answer(router: Router, text: str) -> None:
    assert another_matter(_Ticket(), text, router.route(text))  # type: ignore[arg-type]
