"""An outside tester's findings on what staff are told (refs #10), through real Bot API updates
(the handlers behind a mocked Bot API, tests.fuzzkit):

- a citizen who blocked the bot: the unit's group heard 「办理结果已提交发送给市民」 of a /done
  while the staff member who typed it was warned it cannot reach them; both get the warning;
- a ticket that left a unit because its citizen edited the words (before anyone signed it): the
  unit's /done and a reply to its push were answered as if it never existed; now they are told
  when it left and which unit has it."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from bot.domain.permissions import Role
from bot.store import people
from tests.fuzzkit import WATER_STAFF, Rig, unit_chat

URBAN_STAFF, POWER_STAFF = 51, 61


def group_of(rig: Rig, code: str) -> int:
    return unit_chat(next(i for i, u in enumerate(rig.desk.config.units) if u.code == code))


def blocked_citizen_ticket(rig: Rig) -> dict[str, Any]:
    citizen = rig.citizen()
    rig.say(citizen, "李庄村停水两天了，一直没人管")
    [ticket] = rig.tickets_of(citizen)
    with rig.desk.store.atomic() as db:  # as a 403 or my_chat_member `kicked` records it
        people.mark_unreachable(db, citizen, dt.datetime.now(dt.UTC))
    return ticket


def test_the_unit_group_is_warned_too_when_the_citizen_is_unreachable(rig: Rig) -> None:
    ticket = blocked_citizen_ticket(rig)
    asked = rig.say(WATER_STAFF, f"/done {ticket['number']} 已更换阀门，恢复供水")
    [answer] = rig.answers(asked)
    assert "无法给该市民发消息" in answer
    [told] = [t for t in rig.shown_to(group_of(rig, "water")) if "已办结" in t]
    assert "无法给该市民发消息" in told and "提交发送给市民" not in told
    assert rig.tickets_of(ticket["citizen_id"])[0]["state"] == "resolved"


def test_the_unit_group_hears_of_the_sending_when_the_citizen_is_reachable(rig: Rig) -> None:
    citizen = rig.citizen()
    rig.say(citizen, "我们村停水一整天了")
    [ticket] = rig.tickets_of(citizen)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已抢修完毕")
    [told] = [t for t in rig.shown_to(group_of(rig, "water")) if "已办结" in t]
    assert "提交发送给市民" in told and "无法给该市民发消息" not in told


def edited_away(rig: Rig) -> dict[str, Any]:
    """A citizen's urban report, edited into a power one before anyone signed it."""
    rig.bind(URBAN_STAFF, Role.STAFF, "urban")
    rig.bind(POWER_STAFF, Role.STAFF, "power")
    citizen = rig.citizen()
    first = rig.message(citizen, "小区门口的垃圾堆了好几天没人清运")
    rig.process("message", first)
    [ticket] = rig.tickets_of(citizen)
    assert ticket["unit"] == "urban"
    rig.process("edited_message", {**first, "text": "小区昨晚开始停电了，到现在还没来电",
                                    "edit_date": int(time.time())})
    [ticket] = rig.tickets_of(citizen)
    assert ticket["unit"] == "power"
    return ticket


def test_a_ticket_an_edit_moved_away_is_told_to_its_old_unit(rig: Rig) -> None:
    ticket = edited_away(rig)
    group = group_of(rig, "urban")
    for asked in (rig.say(URBAN_STAFF, f"/done {ticket['number']} 已清运", chat=group),
                  rig.say(URBAN_STAFF, f"/note {ticket['number'].split('-')[1]} 已联系", chat=group),
                  rig.say(URBAN_STAFF, f"/accept {ticket['number']}")):
        [answer] = rig.answers(asked)
        assert "没有找到" not in answer, answer
        assert ticket["number"] in answer and "县供电公司" in answer, answer
        assert "市民更新的反映内容" in answer and "无需再处理" in answer, answer
    after = rig.tickets_of(ticket["citizen_id"])[0]
    assert (after["unit"], after["state"]) == ("power", ticket["state"])
    assert not [e for e in rig.events(ticket["id"]) if e["action"] in ("note", "resolve")]


def test_a_reply_to_the_old_push_says_where_the_ticket_went(rig: Rig) -> None:
    ticket = edited_away(rig)
    group = group_of(rig, "urban")
    row = rig.db.execute("SELECT id, json_extract(params, '$.text') FROM outbox WHERE chat_id = ?"
                         " AND ticket_id = ? AND dedupe_key LIKE '%:new%' ORDER BY id LIMIT 1",
                         [group, ticket["id"]]).fetchone()
    rig.db.execute("UPDATE outbox SET state = 'sent', message_id = ? WHERE id = ?",
                   [80_000 + row[0], row[0]])
    push = {"message_id": 80_000 + row[0], "date": int(time.time()), "text": row[1],
            "chat": {"id": group, "type": "supergroup"}, "from": {"id": 123456, "is_bot": True,
                                                                  "first_name": "金来办"}}
    asked = rig.process("message", rig.message(URBAN_STAFF, "已派人去看了", chat=group,
                                               reply_to_message=push))
    [answer] = rig.answers(asked)
    assert "县供电公司" in answer and "/note" not in answer, answer
    assert not [e for e in rig.events(ticket["id"]) if e["action"] == "note"]


def test_a_passed_on_ticket_still_says_it_was_passed_on(rig: Rig) -> None:
    citizen = rig.citizen()
    rig.say(citizen, "我们村停水一整天了")
    [ticket] = rig.tickets_of(citizen)
    rig.say(WATER_STAFF, f"/transfer {ticket['number']} housing 属物业管理范围")
    [answer] = rig.answers(rig.say(WATER_STAFF, f"/done {ticket['number']} 已修"))
    assert "从本单位转出" in answer and "县住房和城乡建设局" in answer, answer
