"""Hot topics (热点诉求) name one matter once: 停水, 没水 and 自来水停了 are one topic, 停电, 没电
and 断电 another (nlp/topics.txt), each ticket counted once. Tickets come in through the citizen's
own path, routed by the default config's router, into a real SQLite database; the supervisor
reads the digest's text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bot.actions import citizen as intake
from bot.actions.desk import Desk, Incoming
from bot.config import load_config
from bot.domain.tickets import topic_words
from bot.reports import digest
from bot.store.db import Store
from bot.texts import for_supervisors
from nlp.router import Router
from tests.followkit import cst

CONFIG = Path(__file__).resolve().parent.parent / "config.example.toml"
DAY = dt.date(2026, 11, 25)


def _digest_of(tmp_path: Path, router: Router, reports: list[str]) -> str:
    config = load_config(CONFIG)
    store = Store.open(tmp_path / "intake.db")
    desk = Desk(store, config, router)
    for n, text in enumerate(reports):
        citizen = 600 + n
        intake.receive(desk, Incoming(update_id=n + 1, user_id=citizen, chat_id=citizen,
                                      chat_type="private", message_id=n + 1, first_name="李",
                                      username=None, text=text), cst(2026, 11, 25, 9, n))
    text = for_supervisors.digest(digest.build(store.db, config, DAY, cst(2026, 11, 26, 9, 0)))
    store.close()
    return text


def _topics(text: str) -> dict[str, int]:
    """The digest's hot topics as the supervisor reads them: a line each, "停水 4（0）"."""
    return {m[1]: int(m[2]) for m in re.finditer(r"^(\S+) (\d+)（\d+）$", text, re.M)}


def test_no_water_and_no_power_are_one_topic_each(tmp_path: Path, router: Router) -> None:
    text = _digest_of(tmp_path, router, [
        "我家停水了，一直没来水", "小区没水了三天了", "自来水停了一整天", "楼里又停水了",
        "家里停电了", "我们村没电了两天了", "又断电了，冰箱东西都坏了",
        "小区路灯坏了", "村口路灯不亮"])
    assert _topics(text) == {"停水": 4, "停电": 3, "路灯": 2}, text


def test_water_quality_is_not_taken_for_no_water(tmp_path: Path, router: Router) -> None:
    """自来水 names the supply only as a whole keyword: 自来水发黄 stays a matter of its own."""
    text = _digest_of(tmp_path, router, ["自来水发黄有异味", "家里自来水发黄", "停水了", "没水了"])
    assert _topics(text)["停水"] == 2, text


def test_a_keyword_stored_with_its_particle_is_the_word() -> None:
    """The lexicon holds 停水了 and 断电了 as they are written: as topics they are 停水, 断电
    (bot.domain.tickets.topic_words, which the digest and /publish's draft both read)."""
    assert topic_words(["停水了", "断电了", "停水"]) == ["停水", "断电"]


def test_matter_words_weigh_as_the_router_reads_them(tmp_path: Path, router: Router) -> None:
    """nlp.result.parse_keyword: an unweighted keyword weighs by its length, so of the 执照 and
    营业执照 a keyword holds, the weightier 营业执照 names the topic (it read 执照 before)."""
    weights = digest._matter_words(load_config(CONFIG))
    assert weights["营业执照"] > weights["执照"]
    text = _digest_of(tmp_path, router, ["个体户营业执照怎么办理", "个体户营业执照在哪里办"])
    assert _topics(text) == {"营业执照": 2}, text


def test_words_of_no_water_and_no_power_count_in_their_matter(tmp_path: Path, router: Router
                                                               ) -> None:
    """An outside tester's finding (refs #10): 水龙头不出水 is 停水, not a topic 水龙头 of its own;
    家里电没了, which the router leaves to the hotline with no keyword, is 停电 by its words
    (nlp/topics.txt, the one table)."""
    text = _digest_of(tmp_path, router, [
        "家里水龙头不出水了", "小区停水了", "家里电没了", "家里停电了", "水龙头漏水了"])
    assert _topics(text) == {"停水": 2, "停电": 2}, text
