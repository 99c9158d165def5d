"""An edit that tells an emergency is never dropped (refs #10, outside tester, round 20): editing
the message of a finished ticket, or a message that was added to another ticket (a repeat, a 补充),
to tell of an emergency opens a new urgent ticket from the edited words — the numbers to call
first, the supervisors alerted — linked to the finished one, and the citizen is told so."""

from __future__ import annotations

import time

from tests.fuzzkit import SUPERVISOR, WATER_STAFF, Rig
from tests.staffkit import Role

DANGER = "东关大桥的栏杆断了一截，刚才有个孩子从那掉进河里了"


def _edit(rig: Rig, message: dict, text: str) -> list[str]:
    return rig.answers(rig.process("edited_message", {**message, "text": text,
                                                      "edit_date": int(time.time())}))


def _urgent_opened(rig: Rig, user: int, said: list[str]) -> dict:
    newest = rig.tickets_of(user)[-1]
    assert newest["urgent"] == 1 and "栏杆" in newest["text"], newest
    told = "\n".join(said)
    assert newest["number"] in told and "110" in told and "紧急" in told, told
    alerts = [s for s in rig.shown_to(SUPERVISOR) if newest["number"] in s]
    assert alerts, rig.shown_to(SUPERVISOR)
    return newest


def test_an_emergency_edited_into_a_finished_ticket_opens_an_urgent_one(rig: Rig) -> None:
    rig.bind(SUPERVISOR, Role.SUPERVISOR)
    user = rig.citizen()
    message = rig.message(user, "东关大桥下面的路灯不亮了")
    rig.process("message", message)
    [old] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {old['number']} 已处理")  # whichever unit: finished or refused
    rig.db.execute("UPDATE tickets SET state = 'closed' WHERE id = ?", [old["id"]])
    said = _edit(rig, message, DANGER)
    new = _urgent_opened(rig, user, said)
    assert new["id"] != old["id"] and old["number"] in "\n".join(said), said
    [kept] = rig.db.query("SELECT text, state FROM tickets WHERE id = ?", [old["id"]])
    assert kept == {"text": "东关大桥下面的路灯不亮了", "state": "closed"}, kept
    assert any(e["action"] == "linked" for e in rig.events(new["id"])) or any(
        old["number"] in (e["detail"] or "") for e in rig.events(new["id"])), rig.events(new["id"])


def test_an_emergency_edited_into_a_repeat_opens_an_urgent_one(rig: Rig) -> None:
    rig.bind(SUPERVISOR, Role.SUPERVISOR)
    user = rig.citizen()
    rig.say(user, "南街菜市场门口的下水道堵了，污水漫到路上")
    again = rig.message(user, "南街菜市场门口的下水道堵了，污水漫到路上")
    rig.process("message", again)
    [first] = rig.tickets_of(user)
    said = _edit(rig, again, DANGER)
    assert said, "the edit got no answer"
    new = _urgent_opened(rig, user, said)
    assert new["id"] != first["id"], new


def test_an_ordinary_edit_of_a_repeat_opens_nothing(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, "南街菜市场门口的下水道堵了，污水漫到路上")
    again = rig.message(user, "南街菜市场门口的下水道堵了，污水漫到路上")
    rig.process("message", again)
    _edit(rig, again, "南街菜市场门口的下水道堵了，污水漫到路上了")
    assert len(rig.tickets_of(user)) == 1


def test_a_second_emergency_edit_of_a_finished_ticket_updates_the_ticket_the_first_opened(
        rig: Rig) -> None:
    """Edited twice to tell the emergency (a detail added the second time), the finished
    ticket's message opens one urgent ticket: the second edit amends it, as an edit of its own
    message would, and opens none (an outside tester found two urgent tickets)."""
    rig.bind(SUPERVISOR, Role.SUPERVISOR)
    user = rig.citizen()
    message = rig.message(user, "东关大桥下面的路灯不亮了")
    rig.process("message", message)
    [old] = rig.tickets_of(user)
    rig.db.execute("UPDATE tickets SET state = 'closed' WHERE id = ?", [old["id"]])
    new = _urgent_opened(rig, user, _edit(rig, message, DANGER))
    said = _edit(rig, message, DANGER + "，就在桥东头")
    assert [t["id"] for t in rig.tickets_of(user)] == [old["id"], new["id"]], rig.tickets_of(user)
    told = "\n".join(said)
    assert new["number"] in told and "更新工单" in told, told
    [now] = rig.db.query("SELECT text, urgent FROM tickets WHERE id = ?", [new["id"]])
    assert now == {"text": DANGER + "，就在桥东头", "urgent": 1}, now
    [kept] = rig.db.query("SELECT text FROM tickets WHERE id = ?", [old["id"]])
    assert kept["text"] == "东关大桥下面的路灯不亮了", kept
