"""An outside tester's findings on staff at work, through real Bot API updates: a Telegram 回复
to a ticket's message in private chat is a note on that ticket, never a ticket of its own; an
edited command is answered, not silently dropped."""

from __future__ import annotations

import time
from typing import Any

from bot.domain.permissions import Role
from tests.fuzzkit import BOT_USER, SUPERVISOR, WATER_STAFF, Rig

COMMENT = "李庄村的管网上个月刚改造过，应该是阀门坏了"


def pushed(rig: Rig, chat: int, ticket_id: int, key: str = "new") -> dict[str, Any]:
    """The bot's message about the ticket in `chat`, as delivered (with a message id)."""
    row = rig.db.execute("SELECT id, json_extract(params, '$.text') FROM outbox WHERE chat_id = ?"
                         " AND ticket_id = ? AND dedupe_key LIKE ? ORDER BY id LIMIT 1",
                         [chat, ticket_id, f"%:{key}%"]).fetchone()
    assert row is not None, f"nothing about ticket {ticket_id} went to {chat}"
    message_id = 90_000 + row[0]
    rig.db.execute("UPDATE outbox SET state = 'sent', message_id = ? WHERE id = ?",
                   [message_id, row[0]])
    return {"message_id": message_id, "date": int(time.time()), "text": row[1],
            "chat": {"id": chat, "type": "private"}, "from": BOT_USER}


def report(rig: Rig) -> dict[str, Any]:
    citizen = rig.citizen()
    rig.say(citizen, "李庄村停水两天了，一直没人管")
    [ticket] = rig.tickets_of(citizen)
    assert ticket["unit"] == "water"
    return ticket


def reply(rig: Rig, user: int, to: dict[str, Any], text: str | None = None,
          **content: Any) -> int:
    return rig.process("message", rig.message(user, text, reply_to_message=to, **content))


def test_a_staff_reply_to_the_new_ticket_push_is_a_note_not_a_ticket(rig: Rig) -> None:
    ticket = report(rig)
    before = rig.db.execute("SELECT count(*) FROM tickets").fetchone()[0]
    [answer] = rig.answers(reply(rig, WATER_STAFF, pushed(rig, WATER_STAFF, ticket["id"]),
                                 COMMENT))
    assert rig.db.execute("SELECT count(*) FROM tickets").fetchone()[0] == before
    assert not rig.tickets_of(WATER_STAFF)
    assert ticket["number"] in answer and "内部备注" in answer and "/reply" in answer
    notes = [e for e in rig.events(ticket["id"]) if e["action"] == "note"]
    assert [(n["actor_id"], n["detail"]) for n in notes] == [(WATER_STAFF, COMMENT)]
    # The citizen hears nothing of it.
    assert not [m for m in rig.shown_to(ticket["citizen_id"]) if "阀门" in m]


def test_other_replies_to_a_ticket_message_are_pointed_to_the_commands(rig: Rig) -> None:
    ticket = report(rig)
    rig.bind(SUPERVISOR, Role.SUPERVISOR)
    rig.bind(21, Role.STAFF, "housing")
    push = pushed(rig, WATER_STAFF, ticket["id"])
    photo = [{"file_id": "AgADphoto", "file_unique_id": "u1", "width": 10, "height": 10}]
    for user, to, kwargs in (
            (WATER_STAFF, push, {"photo": photo}),  # a photo is no note
            (SUPERVISOR, {**push, "chat": {"id": SUPERVISOR, "type": "private"}}, {"text": "请尽快"}),
            (21, {**push, "chat": {"id": 21, "type": "private"}}, {"text": COMMENT})):
        rig.db.execute("UPDATE outbox SET chat_id = ? WHERE message_id = ?",
                       [user, push["message_id"]])
        [answer] = rig.answers(reply(rig, user, to, **kwargs))
        assert "没有记入工单" in answer and "不会新建工单" in answer, answer
        assert ("/urge" if user == SUPERVISOR else "/note") in answer
    assert rig.db.execute("SELECT count(*) FROM tickets").fetchone()[0] == 1
    assert not [e for e in rig.events(ticket["id"]) if e["action"] == "note"]


def test_a_staff_member_replying_about_their_own_complaint_is_its_citizen(rig: Rig) -> None:
    rig.say(WATER_STAFF, "我家楼下自来水管漏水好几天了")
    [own] = rig.tickets_of(WATER_STAFF)
    ack = pushed(rig, WATER_STAFF, own["id"], "ack")
    reply(rig, WATER_STAFF, ack, "是3号楼2单元")
    assert not [e for e in rig.events(own["id"]) if e["action"] == "note"]


def test_an_edited_command_is_answered_and_changes_nothing(rig: Rig) -> None:
    ticket = report(rig)
    sent = rig.message(WATER_STAFF, f"/done {ticket['number']} 已修好", command=True)
    rig.process("message", {**sent, "text": f"/accept {ticket['number']}",
                            "entities": [{"type": "bot_command", "offset": 0, "length": 7}]})
    edited = {**sent, "edit_date": int(time.time())}
    [answer] = rig.answers(rig.process("edited_message", edited))
    assert "/done" in answer and "修改不会生效" in answer and "重新发送" in answer
    assert rig.tickets_of(ticket["citizen_id"])[0]["state"] == "accepted"
    # In the unit's group too.
    group = rig.desk.config.unit("water").chat_id
    in_group = rig.message(WATER_STAFF, f"/note {ticket['number']} 已派人", chat=group,
                           command=True)
    [told] = rig.answers(rig.process("edited_message", {**in_group,
                                                        "edit_date": int(time.time())}))
    assert "/note" in told and "修改不会生效" in told
    assert not [e for e in rig.events(ticket["id"]) if e["action"] == "note"]


def test_an_edited_staff_reply_to_a_ticket_message_is_not_a_second_note(rig: Rig) -> None:
    ticket = report(rig)
    push = pushed(rig, WATER_STAFF, ticket["id"])
    first = rig.message(WATER_STAFF, COMMENT, reply_to_message=push)
    rig.process("message", first)
    [answer] = rig.answers(rig.process("edited_message", {
        **first, "text": COMMENT + "，明天去看", "edit_date": int(time.time())}))
    assert "修改不会生效" in answer and f"/note {ticket['number']}" in answer
    assert len([e for e in rig.events(ticket["id"]) if e["action"] == "note"]) == 1
    assert rig.db.execute("SELECT count(*) FROM tickets").fetchone()[0] == 1


def test_a_citizens_edited_command_is_answered_too(rig: Rig) -> None:
    ticket = report(rig)
    sent = rig.message(ticket["citizen_id"], "/status 1", command=True)
    rig.process("message", sent)
    [answer] = rig.answers(rig.process("edited_message", {
        **sent, "text": "/cancel 1", "edit_date": int(time.time())}))
    assert "修改不会生效" in answer and "/cancel" in answer and "/show" not in answer
    assert rig.tickets_of(ticket["citizen_id"])[0]["state"] == "new"
