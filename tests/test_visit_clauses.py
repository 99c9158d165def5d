"""The one clause reader of a typed 回访 (bot/domain/visit_clauses.py), with the real router:
each clause labelled once, and — over generated answers in Chinese and English, from each
question, with or without a ticket number, with a remark, more of the matter or another matter
after them — the answers recorded are those the clauses said, and no ticket opens unless a new
matter or an emergency was said; an emergency is never taken for an answer (refs #10)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.actions import citizen, visit
from bot.actions.desk import Desk
from bot.config import load_config
from bot.domain.tickets import iso
from bot.domain.visit import QUESTIONS
from bot.domain.visit_clauses import Label, Visited, fits, hear, matter_named, number_named
from bot.routing import load_router
from bot.store import tickets
from bot.store.db import Store
from nlp.router import Router
from tests.staffkit import NOW, Kit

ROOT = Path(__file__).resolve().parent.parent
CONFIG = load_config(ROOT / "config.example.toml")
OWN = {u.code: frozenset(w.partition(":")[0] for w in u.keywords) for u in CONFIG.units}
CITIZEN = 1
LATER = NOW + dt.timedelta(days=2)


@pytest.fixture(scope="module")
def router() -> Router:
    return load_router(CONFIG)


@pytest.mark.parametrize(("text", "pending", "labels"), [
    ("有联系，已经解决，满意", "c", ["answer"] * 3),
    ("解决了，满意，不过下次能不能快一点", "s", ["answer", "answer", "remark"]),
    ("解决了，满意。另外我家门口路灯坏了", "s", ["answer", "answer", "new"]),
    ("没人来过，下水道还是堵着呢", "c", ["answer", "more"]),
    ("没有人联系过我，水到现在还是没来", "c", ["answer", "more"]),
    ("没解决，王德福家门口还是一股臭味", "s", ["answer", "more"]),
    ("没解决，还是没电", "s", ["answer", "new"]),  # the power unit's own word
    # The reasons before a 没解决，不满意 are the matter sent back, as after it (refs #10).
    ("没人联系我，水压还是低，顶楼上不去水，没解决，不满意", "c",
     ["answer", "more", "more", "answer", "answer"]),
    ("联系过了，水压还是低，另外我家门口路灯坏了，不满意", "c",
     ["answer", "new", "new", "answer"]),
    ("很不满意！0018号怎么还没人管", "r", ["answer", "chase"]),
    ("解决了，家里煤气泄漏了，快来人", "s", ["answer", "new", "new"]),
    ("yes they called me, fixed, very satisfied", "c", ["answer"] * 3),
])
def test_each_clause_is_labelled_once(router: Router, text: str, pending: str,
                                      labels: list[str]) -> None:
    heard = hear(text, pending, router, Visited("water", OWN))
    assert [c.label.value for c in heard.clauses] == labels


def test_an_emergency_is_never_an_answer_nor_more(router: Router) -> None:
    heard = hear("没解决，厨房着火了，快来人救火", "s", router, Visited("water", OWN))
    assert heard.said == {"s": "0"} and not heard.more
    assert heard.clauses[1].label is Label.NEW and heard.rest.startswith("厨房着火了")


@pytest.mark.parametrize(("text", "found"), [
    ("0003那个联系过了", ("20261201-0003", "那个联系过了")),
    ("3号那个联系过了，也解决了，满意", ("20261201-0003", "那个联系过了,也解决了,满意")),  # normalised
    ("20261201-0012号，没解决", ("20261201-0012", ",没解决")),
    ("没解决，12号那个路灯还是不亮", None),  # a lamp's number
    ("很不满意！3号到底什么时候有人来管", None),  # the ticket chased, not the one answered
    ("3号楼的联系过了", None),  # a place
])
def test_the_ticket_a_number_names(router: Router, text: str,
                                   found: tuple[str, str] | None) -> None:
    numbers = ["20261201-0001", "20261201-0003", "20261201-0012"]
    assert number_named(text, numbers, router) == found


# Answer phrasings: (question, code, words).
ANSWERS = {
    "c": [("1", w) for w in ("联系过了", "有联系", "来人了", "上门了", "打过电话",
                            "yes they called me", "someone came")]
    + [("0", w) for w in ("没人联系我", "没人来过", "没有人联系过我", "nobody came",
                          "no one called")],
    "s": [("1", w) for w in ("解决了", "水来了", "修好了", "搞定了", "fixed", "it's solved")]
    + [("0", w) for w in ("没解决", "还没修好", "not fixed", "still broken")],
    "r": [("3", w) for w in ("满意", "挺满意", "还挺满意", "very satisfied")]
    + [("2", w) for w in ("基本满意", "还行", "凑合", "ok")]
    + [("1", w) for w in ("不满意", "很不满意", "not satisfied", "unhappy")],
}
REMARKS = ("不过下次能不能快一点", "你们办事效率太低了")
MORE = ("王德福家门口还是一股臭味", "水压还是很小")
NEW = ("另外我家门口路灯坏了", "另外小区门口的下水道堵了")
EMERGENCY = "厨房着火了，快来人救火"


@st.composite
def messages(draw: st.DrawFn) -> tuple[str, bool, list[str], str, str]:
    """(the question waiting, whether the ticket is named, the answers, the tail kind, text)."""
    pending = draw(st.sampled_from(QUESTIONS))
    named = pending == "c" and draw(st.booleans())
    upto = draw(st.integers(QUESTIONS.index(pending), len(QUESTIONS) - 1))
    picked = [(q, *draw(st.sampled_from(ANSWERS[q])))
              for q in QUESTIONS[QUESTIONS.index(pending):upto + 1]]
    negative = any((q, c) in (("s", "0"), ("r", "1")) for q, c, _ in picked)
    tails = ["none", "remark", "new", "emergency"] + (["more"] if negative else [])
    tail = draw(st.sampled_from(tails))
    words = [w for _, _, w in picked]
    extra = {"none": [], "remark": [draw(st.sampled_from(REMARKS))], "more": [
        draw(st.sampled_from(MORE))], "new": [draw(st.sampled_from(NEW))],
        "emergency": [EMERGENCY]}[tail]
    mark = draw(st.sampled_from(["，", "。", ", ", "！"]))
    text = mark.join(words + extra) if tail != "emergency" else mark.join(extra + words)
    return pending, named, [f"{q}:{c}" for q, c, _ in picked], tail, text


def _visits(router: Router, pending: str, count: int) -> tuple[Kit, list[str]]:
    """Water tickets 办结, their 回访 asked, the questions before `pending` answered."""
    kit = Kit(Desk(Store.memory(), CONFIG, router))
    at = NOW + dt.timedelta(hours=1)
    numbers = []
    for n in range(count):
        number = kit.report(CITIZEN, f"西街{n + 1}号楼停水两天了，一直没有来水")
        with kit.desk.store.atomic() as db:
            ticket = tickets.by_number(db, number)
            assert ticket is not None
            ticket = tickets.transition(db, ticket, "accept", at, 7, "staff",
                                        {"accepted_at": iso(at)})
            ticket = tickets.transition(db, ticket, "resolve", at, 7, "staff",
                                        {"resolved_at": iso(at), "result": "已修复"})
            visit.ask(kit.desk, db, ticket, iso(at), at + dt.timedelta(hours=25))
            for question in QUESTIONS[:QUESTIONS.index(pending)]:
                ticket = visit.record(kit.desk, db, ticket, question, "1", CITIZEN, at)
        numbers.append(number)
    return kit, numbers


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_recorded_answers_are_those_said_and_only_a_new_matter_opens_a_ticket(
    router: Router, message: tuple[str, bool, list[str], str, str]
) -> None:
    pending, named, answers, tail, text = message
    kit, numbers = _visits(router, pending, 2 if named else 1)
    target = numbers[-1]
    if named:
        text = f"{target[-4:]}那个{text}"
    citizen.receive(kit.desk, kit.msg(CITIZEN, text), LATER)
    rated = [e["detail"] for e in kit.events(target) if e["action"] == "rate"]
    before = [f"{q}:1" for q in QUESTIONS[:QUESTIONS.index(pending)]]
    count = len(list(kit.db.query("SELECT 1 FROM tickets")))
    if tail == "emergency":  # an emergency is never taken for an answer
        assert rated == before and count == len(numbers) + 1, text
        return
    assert rated == before + answers, text
    assert count == len(numbers) + (tail == "new"), text
    if tail == "more":
        said = [e["detail"] for e in kit.events(target) if e["action"] == "visit_said"]
        assert any(text.strip() in (d or "") or text[-6:] in (d or "") for d in said), text


def test_more_of_the_matter_joins_and_a_matter_after_it_is_a_ticket(router: Router) -> None:
    kit, [number] = _visits(router, "s", 1)
    citizen.receive(kit.desk, kit.msg(CITIZEN, "没解决，还是没水，另外路灯坏了"), LATER)
    said = [e["detail"] for e in kit.events(number) if e["action"] == "visit_said"]
    assert said == ["没解决，还是没水"] and kit.ticket(number)["solved"] == 0
    [other] = [r for r in kit.db.query("SELECT * FROM tickets WHERE number != ?", [number])]
    assert other["text"] == "另外路灯坏了" and other["unit"] != "water"


def test_thanks_after_the_answers_is_no_remark(router: Router) -> None:
    kit, [number] = _visits(router, "s", 1)
    citizen.receive(kit.desk, kit.msg(CITIZEN, "解决了，满意，谢谢你们的辛苦付出"), LATER)
    assert kit.ticket(number)["state"] == "closed"
    assert not any("回访记录" in t for t in kit.sent_to(CITIZEN))


@pytest.mark.parametrize(("text", "words", "topic", "rest"), [
    ("路灯那个，有人来过了，灯亮了，挺满意的", {"路灯"}, True, "有人来过了，灯亮了，挺满意的"),
    ("停水那个：没人联系过，还是没水", {"停水"}, True, "没人联系过，还是没水"),
    ("工钱那个钱已经拿到手了，挺满意", {"工钱"}, True, "钱已经拿到手了，挺满意"),
    ("没人联系俺，水到现在也没来，不满意！", {"水"}, False, None),
    ("没解决，很不满意", set(), False, None),  # the answers name no matter
    ("联系过了，另外我家还是没电", set(), False, None),  # a new matter is none of the visit's
])
def test_the_matter_an_answer_names(router: Router, text: str, words: set[str], topic: bool,
                                    rest: str | None) -> None:
    matter = matter_named(text, router)
    assert words <= matter.words and bool(matter.words) == bool(words)
    assert (matter.topic, matter.rest) == (topic, rest or text)


def test_a_matter_fits_a_ticket_by_its_words_else_a_unit_it_went_to(router: Router) -> None:
    lamp = matter_named("路灯那个，修好了", router)
    assert fits(lamp, "村口路灯坏了", [], ["urban"]) == 2
    assert fits(lamp, "小区里灯不亮", [], ["urban", "housing"]) == 1  # passed on from urban
    assert fits(lamp, "西街停水了", ["停水"], ["water"]) == 0
    dark = matter_named("没解决，路灯还是不亮", router)  # closer to the lamp than the stair light
    assert fits(dark, "村口路灯不亮", [], ["urban"]) > fits(dark, "楼道灯不亮", [], ["housing"]) > 0
