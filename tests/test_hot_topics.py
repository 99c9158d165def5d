"""The digest's hot topics (热点诉求) are matters people report, never a descriptive
reduplication (黑乎乎, 坑坑洼洼) or a thing with a position word (冰箱里, 路边) that the router
kept beside the words that decided (SPEC §5)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bot.config import load_config
from bot.domain.tickets import topic_words
from bot.reports import digest
from bot.texts import for_supervisors
from nlp.router import Router
from tests.followkit import cst, make_follow

HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
# Real matters that must stay topics, among them verb phrases ending in a position character.
MATTERS = ["停电", "停水", "垃圾堆", "废渣", "水表漏水", "门关不上", "吃不上水", "初中"]


def test_the_digest_names_the_matters_not_what_stood_around_them(tmp_path: Path,
                                                                  router: Router) -> None:
    f = make_follow(tmp_path)
    texts = ["停电一天了冰箱里东西都坏了", "停电了，冰箱里的肉都化了",
             "有人往俺村沟里倒废渣，黑乎乎的还冒泡", "河边倒了好多废渣，黑乎乎的",
             "家门口马路上坑坑洼洼的"]
    for hour, text in enumerate(texts, start=8):
        ticket = f.create(cst(2026, 11, 25, hour, 0))
        keywords = list(router.route(text).keywords)
        with f.desk.store.atomic() as db:
            db.table("tickets").update(ticket.id, {"keywords": json.dumps(keywords,
                                                                          ensure_ascii=False)})
    stored = [json.loads(r["keywords"]) for r in f.db.query("SELECT keywords FROM tickets")]
    assert any("冰箱里" in k for k in stored) or any("黑乎乎" in k for k in stored)
    report = digest.build(f.db, f.desk.config, dt.date(2026, 11, 25), cst(2026, 11, 26, 9, 0))
    words = [word for word, _, _ in report.topics]
    assert "停电" in words
    text = for_supervisors.digest(report)
    for word in ("冰箱里", "黑乎乎", "坑坑洼洼", "马路上", "沟里", "河边"):
        assert word not in words and word not in text


@given(noun=st.text(HAN, min_size=1, max_size=3), a=HAN, b=HAN, c=HAN,
       position=st.sampled_from("里上边下旁"), matters=st.lists(st.sampled_from(MATTERS)))
def test_no_topic_is_a_reduplication_or_a_thing_with_a_position_word(
        noun: str, a: str, b: str, c: str, position: str, matters: list[str]) -> None:
    shapes = [a + b + b, b + b + c + c, b + c + b + c, noun + position]
    described = [w for w in shapes if w[-2] not in "不得没" and len(set(w)) > 1]
    topics = topic_words([*described, *matters])
    assert not set(described) & set(topics)
    # The matters themselves stay (a matter held in another is named once, as the longer).
    kept = [m for m in dict.fromkeys(matters) if not any(m != o and m in o for o in matters)]
    assert [t for t in topics if t in MATTERS] == kept


def _digest_of(tmp_path: Path, stored: list[list[str]]) -> digest.Digest:
    f = make_follow(tmp_path)
    for hour, keywords in enumerate(stored, start=8):
        ticket = f.create(cst(2026, 11, 25, hour, 0))
        with f.desk.store.atomic() as db:
            db.table("tickets").update(ticket.id, {"keywords": json.dumps(keywords,
                                                                          ensure_ascii=False)})
    # The county's units and their routing keywords (路灯, 垃圾: the matter words).
    county = load_config(Path(__file__).resolve().parent.parent / "config.example.toml")
    return digest.build(f.db, county, dt.date(2026, 11, 25), cst(2026, 11, 26, 9, 0))


def test_hot_topics_count_tickets_once_merge_phrases_and_need_two(tmp_path: Path) -> None:
    """Outside tester: 路灯坏了 3 and 小区路灯 1 split one topic, a ticket of 垃圾堆 and 清运
    counted twice, and topics of one ticket filled the list."""
    report = _digest_of(tmp_path, [["路灯坏了"], ["路灯坏了"], ["路灯坏了", "小区"], ["小区路灯"],
                                   ["垃圾堆", "清运"], ["垃圾堆"], ["停水"]])
    assert [(word, n) for word, n, _ in report.topics] == [("路灯", 4), ("垃圾", 2)]
    text = for_supervisors.digest(report)
    assert "路灯 4" in text and "清运" not in text and "停水" not in text


def test_no_topic_of_two_tickets_is_said_so(tmp_path: Path) -> None:
    report = _digest_of(tmp_path / "one", [["停水"], ["路灯坏了"]])
    assert report.topics == ()
    assert "暂无集中反映的问题" in for_supervisors.digest(report)
