"""/publish of a ticket whose citizen said 未解决 / 不满意 says when it was said (an outside
tester, refs #10): said after the 办结, before any 回访 was asked, it is no 回访 answer —
「最近一次回访，市民的回答是…」 was untrue."""

from __future__ import annotations

from tests.fuzzkit import SUPERVISOR, Rig
from tests.publishkit import unanswered, visited
from tests.test_publish_confirmed_e2e import _done, _refused_now


def test_a_protest_before_the_回访_is_not_called_a_回访_answer(rig: Rig) -> None:
    for protest in ("没修好，很不满意", "还是没水，根本没人来修"):
        ticket = _done(rig)
        rig.say(ticket["citizen_id"], protest, name="老乡")
        [row] = rig.tickets_of(ticket["citizen_id"])
        assert row["solved"] == 0 or row["rating"] == "unsatisfied", row
        answer = _refused_now(rig, ticket)
        assert "回访，市民的回答" not in answer, answer
        assert "办结后" in answer and "尚未回访" in answer, answer
        assert "不能发布" in answer, answer


def test_a_回访_answer_is_still_called_one(rig: Rig) -> None:
    ticket = _done(rig)
    visited(rig, ticket["number"], "联系过了")
    rig.say(ticket["citizen_id"], "没解决", name="老乡")  # the 满意度 still waits
    answer = _refused_now(rig, ticket)
    assert "最近一次回访，市民的回答是：问题未解决" in answer, answer
    assert SUPERVISOR


def test_status_of_a_默认满意_closure_says_nobody_answered_in_time(rig: Rig) -> None:
    ticket = _done(rig)
    unanswered(rig, ticket["number"])
    update = rig.say(ticket["citizen_id"], f"/status {ticket['number']}", name="老乡")
    status = "\n".join(rig.answers(update))
    assert "回访销号（默认满意：未在期限内回答）" in status, status
