"""A chase of an urgent ticket says only what is true (an outside tester's finding: 快点！！ was
answered 他们正在处置 while nobody had signed for the ticket): the unit was told, and the ticket is
not signed for yet, or was signed for at HH:MM (refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.domain.permissions import Role
from bot.sandbox import FakeBotAPI
from bot.texts.for_citizen import chased_urgent
from tests.fuzzkit import Rig
from tests.harness import BotProcess
from tests.publishkit import visited

CITIZEN = 631
HOUSING_GROUP = -1007


def test_a_chase_of_an_urgent_ticket_nobody_signed_says_it_is_not_signed(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    bot = make_bot({"units.housing.chat_id": HOUSING_GROUP})
    fake.send_text(CITIZEN, "我家厨房煤气泄漏了，味道很大")
    fake.wait_sent(CITIZEN, 1)
    [leak] = bot.tickets()
    assert leak["urgent"] and leak["accepted_at"] is None
    for n, text in enumerate(["快点！！", "快点！！"]):
        fake.send_text(CITIZEN, text)
        fake.wait_sent(CITIZEN, 2 + n)
    answers = [m["text"] for m in fake.sent(CITIZEN)[1:]]
    assert len(answers) == 2 and all("还没有签收" in a for a in answers), answers
    assert not any("正在处置" in a for a in answers), answers
    assert not fake.unexpected_errors()


def test_a_chase_of_a_signed_urgent_ticket_says_when_it_was_signed() -> None:
    answer = chased_urgent("20261201-0001", "县住建局", False, True, "14:05")
    assert "已于 14:05 签收" in answer and "还没有签收" not in answer and "正在处置" not in answer


def test_a_chase_of_an_urgent_ticket_sent_back_names_its_new_deadline(rig: Rig) -> None:
    """An urgent ticket reopened at its 回访 (重办) and chased while in time: the citizen and the
    unit read by when it is due, and the citizen that nobody signed for it again (its first
    签收 is not this one's) (outside tester, round 20)."""
    housing = 12
    rig.bind(housing, Role.STAFF, "housing")
    user = rig.citizen()
    rig.say(user, "楼下单元门口煤气管子漏气了，味道特别冲")
    [ticket] = rig.tickets_of(user)
    assert ticket["urgent"] and ticket["unit"] == "housing", ticket
    rig.say(housing, f"/accept {ticket['number']}")
    rig.say(housing, f"/done {ticket['number']} 已关闭阀门更换管道")
    # Two days on: the next day's 10:00 is under a day after a 办结 made after 10:00 (no 回访 yet).
    visited(rig, ticket["number"], "联系过了，没解决，不满意")
    [row] = rig.db.query("SELECT state, deadline FROM tickets WHERE id = ?", [ticket["id"]])
    assert row["state"] == "reopened", row
    deadline = rig.desk.when(dt.datetime.fromisoformat(row["deadline"]))
    [answer] = rig.answers(rig.say(user, "催一下"))
    assert f"应在 {deadline} 前办结" in answer and "还没有重新签收" in answer, answer
    assert "已于" not in answer, answer
    assert f"办理时限：{deadline}" in rig.shown_to(housing)[-1]
