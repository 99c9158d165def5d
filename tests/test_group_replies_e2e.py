"""An outside tester's finding (refs #10): staff answering (Telegram's 回复) the bot's push of a
ticket in their UNIT'S GROUP got no answer at all, where the same reply in private chat is a note
on that ticket. Through real Bot API updates: in the group, as in private chat, a staff reply is
a note, confirmed in the group; whoever may not work the ticket there is answered politely and
nothing is recorded; a reply to a bot message about no ticket stays unanswered, as group chatter
does."""

from __future__ import annotations

import time
from typing import Any

from bot.domain.permissions import Role
from tests.fuzzkit import BOT_USER, SUPERVISOR, WATER_STAFF, Rig, unit_chat
from tests.test_ticket_replies_e2e import COMMENT, report


def water_group(rig: Rig) -> int:
    return unit_chat(next(i for i, u in enumerate(rig.desk.config.units) if u.code == "water"))


def group_push(rig: Rig, ticket_id: int, key: str = "new") -> dict[str, Any]:
    """The bot's push of the ticket to the water group, as delivered (with a message id)."""
    group = water_group(rig)
    row = rig.db.execute("SELECT id, json_extract(params, '$.text') FROM outbox WHERE chat_id = ?"
                         " AND ticket_id = ? AND dedupe_key LIKE ? ORDER BY id LIMIT 1",
                         [group, ticket_id, f"%:{key}%"]).fetchone()
    assert row is not None, f"nothing about ticket {ticket_id} went to the group"
    message_id = 80_000 + row[0]
    rig.db.execute("UPDATE outbox SET state = 'sent', message_id = ? WHERE id = ?",
                   [message_id, row[0]])
    return {"message_id": message_id, "date": int(time.time()), "text": row[1],
            "chat": {"id": group, "type": "supergroup", "title": "工作群"}, "from": BOT_USER}


def reply_in_group(rig: Rig, user: int, to: dict[str, Any], text: str | None = None,
                   edited: bool = False, **content: Any) -> int:
    message = rig.message(user, text, to["chat"]["id"], reply_to_message=to, **content)
    if edited:
        message["edit_date"] = message["date"] + 5
    return rig.process("edited_message" if edited else "message", message)


def notes(rig: Rig, ticket_id: int) -> list[tuple[int, str]]:
    return [(e["actor_id"], e["detail"]) for e in rig.events(ticket_id) if e["action"] == "note"]


def tickets(rig: Rig) -> int:
    return int(rig.db.execute("SELECT count(*) FROM tickets").fetchone()[0])


def test_a_staff_reply_in_the_unit_group_is_a_note_confirmed_there(rig: Rig) -> None:
    ticket = report(rig)
    push = group_push(rig, ticket["id"])
    before = tickets(rig)
    [answer] = rig.answers(reply_in_group(rig, WATER_STAFF, push, COMMENT))
    assert ticket["number"] in answer and "内部备注" in answer and "/reply" in answer, answer
    assert notes(rig, ticket["id"]) == [(WATER_STAFF, COMMENT)]
    assert tickets(rig) == before
    # The answer is in the group, where it was asked; the citizen hears nothing of it.
    assert any("内部备注" in m for m in rig.shown_to(water_group(rig), "re:"))
    assert not [m for m in rig.shown_to(ticket["citizen_id"]) if "阀门" in m]
    # A second staff member's reply to the same push is their own note.
    rig.bind(12, Role.STAFF, "water")
    reply_in_group(rig, 12, push, "已联系村委会")
    assert notes(rig, ticket["id"]) == [(WATER_STAFF, COMMENT), (12, "已联系村委会")]


def test_a_reply_to_any_bot_message_about_the_ticket_in_the_group_is_a_note(rig: Rig) -> None:
    """Not only the new-ticket push: the group's answer to a command about it too."""
    ticket = report(rig)
    group = water_group(rig)
    rig.say(WATER_STAFF, f"/accept {ticket['number']}", chat=group)
    accepted = group_push(rig, ticket["id"], "accept")
    reply_in_group(rig, WATER_STAFF, accepted, "明天上午去现场")
    assert notes(rig, ticket["id"]) == [(WATER_STAFF, "明天上午去现场")]


def test_who_may_not_work_the_ticket_in_the_group_is_answered_and_nothing_is_kept(
        rig: Rig) -> None:
    ticket = report(rig)
    push = group_push(rig, ticket["id"])
    rig.bind(SUPERVISOR, Role.SUPERVISOR)
    rig.bind(21, Role.STAFF, "housing")
    member = rig.citizen()  # in the group, bound to no unit
    before = tickets(rig)
    for user in (member, 21, SUPERVISOR):
        [answer] = rig.answers(reply_in_group(rig, user, push, "这个问题我知道，是阀门坏了"))
        assert "本单位工作人员" in answer and "私聊" in answer, answer
        assert ticket["number"] not in answer  # nobody probes tickets by replying
    assert notes(rig, ticket["id"]) == []
    assert tickets(rig) == before and not rig.tickets_of(member)


def test_a_photo_or_an_edit_in_the_group_is_answered_as_in_private_chat(rig: Rig) -> None:
    ticket = report(rig)
    push = group_push(rig, ticket["id"])
    photo = [{"file_id": "AgADphoto", "file_unique_id": "u1", "width": 10, "height": 10}]
    [answer] = rig.answers(reply_in_group(rig, WATER_STAFF, push, photo=photo))
    assert "没有记入工单" in answer and "/note" in answer, answer
    [edited] = rig.answers(reply_in_group(rig, WATER_STAFF, push, COMMENT, edited=True))
    assert "修改不会生效" in edited, edited
    assert notes(rig, ticket["id"]) == []


def test_a_reply_in_the_group_to_a_message_about_no_ticket_gets_no_answer(rig: Rig) -> None:
    group = water_group(rig)
    listing = rig.say(WATER_STAFF, "/list", chat=group)
    [row] = rig.db.execute("SELECT id FROM outbox WHERE dedupe_key LIKE ?",
                           [f"re:{listing}:%"]).fetchall()
    rig.db.execute("UPDATE outbox SET state = 'sent', message_id = 70001 WHERE id = ?", [row[0]])
    to = {"message_id": 70001, "date": int(time.time()), "text": "工单列表",
          "chat": {"id": group, "type": "supergroup", "title": "工作群"}, "from": BOT_USER}
    before = tickets(rig)
    assert rig.answers(reply_in_group(rig, WATER_STAFF, to, "收到")) == []
    assert tickets(rig) == before
