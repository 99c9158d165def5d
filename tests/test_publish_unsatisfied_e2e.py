"""/publish refuses a ticket its citizen said was not solved or not satisfied at its last 回访
(refs #10). An outside tester had a success story drafted for a ticket whose citizen answered 未解决
and 不满意 twice (closed after the second round): the column 《金来办、今天办》 tells what was put
right, and SPEC names no way round the citizen's word, so the supervisor is told why it is refused."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

from bot.actions import followup
from tests.fuzzkit import CHANNEL, SUPERVISOR, WATER_STAFF, Rig
from tests.test_publish import draft

CST = ZoneInfo("Asia/Shanghai")


def _visited(rig: Rig, user: int, ticket: dict[str, Any], days: int, answer: str) -> None:
    """Water's staff finish the ticket, its 回访 is asked `days` days on and answered `answer`."""
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已更换水管，恢复供水")
    asked = (rig.desk.store.now().astimezone(CST) + dt.timedelta(days=days)).replace(hour=10)
    rig.desk.store.advance_clock(asked)  # as `tick --now` does: a second 办结 comes later
    followup.run_due(rig.desk, asked.astimezone(dt.UTC))
    rig.say(user, answer, name="老乡")


def _ticket(rig: Rig) -> tuple[int, dict[str, Any]]:
    user = rig.citizen()
    rig.say(user, "李庄村停水三天了，请尽快处理", name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/accept {ticket['number']}")
    return user, ticket


def _refused(rig: Rig, number: str, text: str = "") -> str:
    [answer] = rig.answers(rig.say(SUPERVISOR, f"/publish {number} {text}".strip()))
    assert rig.shown_to(CHANNEL) == [], answer
    return answer


def test_a_ticket_closed_with_a_second_不满意_is_not_published(rig: Rig) -> None:
    user, ticket = _ticket(rig)
    _visited(rig, user, ticket, 2, "联系过了，没解决，很不满意")
    assert rig.tickets_of(user)[0]["state"] == "reopened"
    _visited(rig, user, ticket, 2, "联系过了，还是没解决，不满意")
    [row] = rig.tickets_of(user)
    assert row["state"] == "closed" and row["rating"] == "unsatisfied", row
    for text in ("", "县水务局当天上门，恢复供水"):
        answer = _refused(rig, ticket["number"], text)
        assert ticket["number"] in answer and "问题未解决" in answer and "不满意" in answer, answer
        assert "不能发布" in answer, answer


def test_a_ticket_the_citizen_called_solved_but_not_satisfying_is_not_published(rig: Rig) -> None:
    user, ticket = _ticket(rig)
    _visited(rig, user, ticket, 2, "联系过了，没解决，很不满意")
    _visited(rig, user, ticket, 2, "联系过了，解决了，不满意")
    assert rig.tickets_of(user)[0]["state"] == "closed"
    answer = _refused(rig, ticket["number"])
    assert "不满意" in answer and "问题未解决" not in answer, answer


def test_a_ticket_finished_again_waits_for_its_new_回访(rig: Rig) -> None:
    user, ticket = _ticket(rig)
    _visited(rig, user, ticket, 2, "联系过了，没解决，很不满意")
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已更换水管，恢复供水")
    answer = _refused(rig, ticket["number"])
    assert "问题未解决" in answer and "回访" in answer, answer


def test_a_draft_made_before_the_citizen_said_不满意_is_not_posted(rig: Rig) -> None:
    user, ticket = _ticket(rig)
    _visited(rig, user, ticket, 2, "联系过了，解决了，满意")
    _, (post, _) = draft(rig, ticket["number"])
    rig.db.execute("UPDATE tickets SET rating = 'unsatisfied' WHERE id = ?", [ticket["id"]])
    assert "不满意" in rig.press(SUPERVISOR, post)
    assert rig.shown_to(CHANNEL) == []


def test_a_satisfied_ticket_is_still_published(rig: Rig) -> None:
    user, ticket = _ticket(rig)
    _visited(rig, user, ticket, 2, "联系过了，解决了，满意")
    _, (post, _) = draft(rig, ticket["number"])
    rig.press(SUPERVISOR, post)
    assert "恢复供水" in rig.shown_to(CHANNEL)[-1]
