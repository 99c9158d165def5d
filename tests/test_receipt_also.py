"""The acknowledgement names the other units a report also concerns (另涉及), and says exactly
what they received (refs #10): the ticket goes to its main unit, whose push names them and asks
it to work with them; they get nothing of their own, so the citizen is never told they were
sent it. Through the real handlers and router behind a mocked Bot API (tests.fuzzkit)."""

from __future__ import annotations

from tests.fuzzkit import Rig, unit_chat

BOTH = "小区停水又停电了，已经两天了"


def _chat_of(rig: Rig, code: str) -> int:
    return unit_chat(next(i for i, u in enumerate(rig.desk.config.units) if u.code == code))


def test_the_acknowledgement_names_the_other_unit_and_what_it_received(rig: Rig) -> None:
    user = rig.citizen()
    [ack] = rig.answers(rig.say(user, BOTH))
    [ticket] = rig.tickets_of(user)
    assert (ticket["unit"], ticket["also"]) == ("water", '["power"]')
    assert "责任单位：县水务局" in ack and ticket["number"] in ack
    # The other unit is named, with what really happened: noted on the main unit's ticket,
    # no copy of its own; and how to make it a ticket of its own.
    assert "另涉及：国网金乡县供电公司" in ack, ack
    assert "由县水务局牵头办理" in ack and "不单独收到" in ack, ack
    assert "单独发一条消息" in ack, ack
    for claim in ("已通知国网金乡县供电公司", "已转国网金乡县供电公司", "已同时"):
        assert claim not in ack
    # What the units hold: the main unit's push names the other one; that one has nothing.
    assert "另涉及：国网金乡县供电公司" in rig.unit_view(ticket)
    assert rig.shown_to(_chat_of(rig, "power")) == []
    assert rig.db.execute("SELECT count(*) FROM outbox WHERE chat_id = ?",
                          [_chat_of(rig, "power")]).fetchone()[0] == 0


def test_a_report_of_one_unit_says_nothing_of_others(rig: Rig) -> None:
    user = rig.citizen()
    [ack] = rig.answers(rig.say(user, "我们小区停水了，已经两天了"))
    assert "责任单位：县水务局" in ack and "另涉及" not in ack

