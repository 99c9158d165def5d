"""Typed 回访 answers: what words answer which question, and what is never taken for an answer
(a new report of another unit's matter, an emergency) — on an in-memory desk."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.actions import citizen, visit
from bot.domain.tickets import iso
from bot.domain.visit import read_typed
from bot.store import tickets
from tests.staffkit import NOW, Kit, Route, make_kit

CITIZEN = 1


@pytest.mark.parametrize(("text", "pending", "said"), [
    ("联系过了", "c", {"c": "1"}),
    ("没有", "c", {"c": "0"}),
    ("没人联系我", "c", {"c": "0"}),
    ("是的", "s", {"s": "1"}),
    ("解决了", "s", {"s": "1"}),
    ("还是没水", "s", {"s": "0"}),
    ("没解决！还是没水，骗人的", "c", {"s": "0", "r": "1"}),
    ("不满意", "r", {"r": "1"}),
    ("基本满意", "r", {"r": "2"}),
    ("非常满意！", "r", {"r": "3"}),
    ("还是没水", "c", {}),  # before its question, it may be a new report
    ("村口路灯坏了", "c", {}),
    ("谢谢", "r", {}),
])
def test_clear_words_answer_a_question(text: str, pending: str, said: dict[str, str]) -> None:
    assert read_typed(text, pending) == said


class EmergencyRouter:
    """Every message is urgent (a gas leak)."""

    def route(self, text: str) -> Route:
        return Route("housing", urgent=True)

    def noise_topic(self, text: str) -> str:
        return ""


def _visited(kit: Kit) -> str:
    """A water ticket 办结 and its 回访 asked."""
    number = kit.report(CITIZEN, "停水了")
    at = NOW + dt.timedelta(hours=1)
    with kit.desk.store.atomic() as db:
        ticket = tickets.by_number(db, number)
        assert ticket is not None
        ticket = tickets.transition(db, ticket, "accept", at, 7, "staff", {"accepted_at": iso(at)})
        ticket = tickets.transition(db, ticket, "resolve", at, 7, "staff",
                                    {"resolved_at": iso(at), "result": "已修复"})
        visit.ask(kit.desk, db, ticket, iso(at), at + dt.timedelta(hours=25))
    return number


def _count(kit: Kit) -> int:
    return len(list(kit.db.query("SELECT 1 FROM tickets")))


def test_another_units_matter_told_at_length_is_a_new_report() -> None:
    kit = make_kit()
    number = _visited(kit)
    citizen.receive(kit.desk, kit.msg(CITIZEN, "家里又停电了，很不满意，麻烦赶紧派人来修一下"),
                    NOW + dt.timedelta(days=2))
    assert _count(kit) == 2
    assert kit.ticket(number)["rating"] is None and kit.ticket(number)["state"] == "resolved"


def test_an_emergency_is_never_taken_for_an_answer() -> None:
    kit = make_kit()
    number = _visited(kit)
    kit.desk.router = EmergencyRouter()  # type: ignore[assignment]
    citizen.receive(kit.desk, kit.msg(CITIZEN, "没有"), NOW + dt.timedelta(days=2))
    assert _count(kit) == 2 and kit.ticket(number)["contacted"] is None


def test_a_short_answer_counts_though_a_router_sees_a_units_matter() -> None:
    kit = make_kit()
    number = _visited(kit)
    later = NOW + dt.timedelta(days=2)
    for text in ("有", "没解决", "不满意"):
        citizen.receive(kit.desk, kit.msg(CITIZEN, text), later)
    row = kit.ticket(number)
    assert _count(kit) == 1 and row["state"] == "reopened"
    assert (row["reopen_count"], row["rating"]) == (1, "unsatisfied")


def test_a_reply_to_the_visit_question_answers_it_and_anything_else_is_kept_on_it() -> None:
    kit = make_kit()
    number = _visited(kit)
    later = NOW + dt.timedelta(days=2)
    question = f"📞 回访 您反映的工单 {number} 已办结。"
    yes = replace(kit.msg(CITIZEN, "有"), reply_to=99, reply_text=question)
    citizen.receive(kit.desk, yes, later)
    assert kit.ticket(number)["contacted"] == 1
    more = replace(kit.msg(CITIZEN, "师傅人很好"), reply_to=99, reply_text=question)
    citizen.receive(kit.desk, more, later)
    assert _count(kit) == 1 and kit.events(number)[-1]["action"] == "visit_said"
    assert any("师傅人很好" in t for t in kit.sent_to(-1001))  # told to the unit's group
