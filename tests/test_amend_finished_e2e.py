"""A citizen edits the message of a ticket no longer open (refs #10, tester31): the edit got no
answer at all. The ticket keeps the words it was finished on, and the citizen is told so — that
it is finished, closed or withdrawn, and to send a new message for what is still wrong — in their
own language, through the fake Bot API."""

from __future__ import annotations

import time

from tests.fuzzkit import WATER_STAFF, Rig
from tests.publishkit import visited


def _report(rig: Rig, text: str, name: str = "老乡") -> tuple[int, dict, dict]:
    user = rig.citizen()
    message = rig.message(user, text, name=name)
    rig.process("message", message)
    [ticket] = rig.tickets_of(user)
    return user, message, ticket


def _edit(rig: Rig, message: dict, text: str) -> list[str]:
    return rig.answers(rig.process("edited_message", {**message, "text": text,
                                                      "edit_date": int(time.time())}))


def test_an_edit_of_a_finished_ticket_is_answered_and_changes_nothing(rig: Rig) -> None:
    _, message, ticket = _report(rig, "李庄村停水三天了")
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已修复水管，恢复供水")
    [said] = _edit(rig, message, "李庄村停水三天了，现在又停了")
    assert ticket["number"] in said and "已办结" in said and "新消息" in said, said
    [now] = rig.db.query("SELECT text, state FROM tickets WHERE id = ?", [ticket["id"]])
    assert now["text"] == "李庄村停水三天了" and now["state"] == "resolved", now


def test_an_edit_of_a_closed_or_withdrawn_ticket_says_which(rig: Rig) -> None:
    _, message, ticket = _report(rig, "后王楼村自来水停了")
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已恢复供水")
    visited(rig, ticket["number"])
    [said] = _edit(rig, message, "后王楼村自来水又停了")
    assert "已办结销号" in said and "新消息" in said, said
    user, message, ticket = _report(rig, "胡集镇没水了")
    rig.say(user, f"/cancel {ticket['number']}")
    [said] = _edit(rig, message, "胡集镇没水了，水管爆了")
    assert "已撤回" in said and "新消息" in said, said


def test_an_english_citizen_is_told_in_english(rig: Rig) -> None:
    _, message, ticket = _report(rig, "There is no water in my village since Monday", name="Tom")
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已恢复供水")
    [said] = _edit(rig, message, "There is no water in my village since Monday, still")
    assert ticket["number"] in said and "send a new message" in said, said
