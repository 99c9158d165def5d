"""A citizen edits the message that made a ticket (Telegram's 编辑), through the real bot and the
fake Bot API: the edit is judged again as the message would be (outside operator tester; refs
#10). An edit that tells an emergency makes the ticket urgent and alerts the supervisors; one that
tells another unit's matter moves a ticket nobody has signed yet to that unit; once signed, the
unit is told which unit the words point to and how to pass it on."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

SUPERVISOR, URBAN, WATER, CITIZEN = 900, 12, 11, 682


def _texts(fake: FakeBotAPI, user: int, after: int = 0) -> list[str]:
    return [m["text"] or "" for m in fake.sent(user)[after:]]


def _start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], report: str
           ) -> tuple[BotProcess, dict[str, Any], dict[str, Any]]:
    """The bot with urban and water staff and a supervisor; the citizen's report and its ticket."""
    for user in (SUPERVISOR, URBAN, WATER, CITIZEN):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    for user, unit in ((URBAN, "urban"), (WATER, "water")):
        invite = bot.cli("invite", "--unit", unit)
        assert invite.returncode == 0, invite.stderr
        fake.send_text(user, f"/join {invite.stdout.splitlines()[-1]}")
        fake.wait_until(lambda u=user: any("绑定成功" in t for t in _texts(fake, u)), timeout=15)
    first = fake.send_text(CITIZEN, report)
    fake.wait_sent(CITIZEN, 1)
    fake.wait_until(lambda: any("🆕" in t for t in _texts(fake, URBAN)), timeout=15)
    [ticket] = bot.tickets()
    assert ticket["unit"] == "urban" and not ticket["urgent"]
    return bot, first, ticket


def test_an_edit_telling_an_emergency_makes_the_ticket_urgent(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, first, ticket = _start(fake, make_bot, "人民路井盖丢了")
    told = len(fake.sent(CITIZEN))
    fake.edit_text(CITIZEN, first, "人民路两个井盖丢了，已经有人掉进去了，腿在流血")
    answer = fake.wait_until(lambda: next((t for t in _texts(fake, CITIZEN, told)
                                           if ticket["number"] in t), None), timeout=15)
    assert "120" in answer and "紧急" in answer
    [now] = bot.tickets()
    assert now["urgent"] == 1 and now["deadline"] < ticket["deadline"]
    assert now["text"].endswith("腿在流血")
    fake.wait_until(lambda: any(ticket["number"] in t and "紧急" in t
                                for t in _texts(fake, SUPERVISOR)), timeout=15)
    # Whoever has it now knows it is urgent, and nobody else is left with buttons on it.
    holder = {"urban": URBAN, "water": WATER}.get(now["unit"])
    if holder is not None:
        fake.wait_until(lambda: any("紧急" in t and ticket["number"] in t
                                    for t in _texts(fake, holder)), timeout=15)
    assert not fake.unexpected_errors()


def test_an_edit_telling_another_units_matter_moves_an_unsigned_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, first, ticket = _start(fake, make_bot, "幸福路的路灯不亮了")
    told = len(fake.sent(CITIZEN))
    fake.edit_text(CITIZEN, first, "幸福路这边自来水停了好几天了")
    answer = fake.wait_until(lambda: next((t for t in _texts(fake, CITIZEN, told)
                                           if ticket["number"] in t), None), timeout=15)
    assert "县水务局" in answer
    fake.wait_until(lambda: any("🆕" in t and ticket["number"] in t
                                for t in _texts(fake, WATER)), timeout=15)
    fake.wait_until(lambda: any("无需" in t and ticket["number"] in t
                                for t in _texts(fake, URBAN)), timeout=15)
    [now] = bot.tickets()
    assert now["unit"] == "water" and now["text"] == "幸福路这边自来水停了好几天了"
    # The lamp unit's copy of the push lost its 接单/退单 buttons.
    fake.wait_until(lambda: not any(m.get("reply_markup") for m in fake.messages(URBAN)
                                    if ticket["number"] in (m.get("text") or "")), timeout=15)
    # … and its call to sign: it says where the ticket went (T24 finding 15).
    [push] = [m["text"] for m in fake.messages(URBAN) if "🆕" in (m.get("text") or "")
              and ticket["number"] in m["text"]]
    assert "↪️ 已转出，现由县水务局办理" in push and "请及时签收" not in push, push
    assert not fake.unexpected_errors()


def test_an_edit_after_signing_keeps_the_unit_and_says_where_it_points(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, first, ticket = _start(fake, make_bot, "幸福路的路灯不亮了")
    fake.send_text(URBAN, f"/accept {ticket['number']}")
    fake.wait_until(lambda: bot.tickets()[0]["accepted_at"], timeout=15)
    seen = len(fake.sent(URBAN))
    fake.edit_text(CITIZEN, first, "幸福路这边自来水停了好几天了")
    hint = fake.wait_until(lambda: next((t for t in _texts(fake, URBAN, seen)
                                         if "修改" in t), None), timeout=15)
    # Named with its code, the command written out: staff need the code to pass it on.
    assert "县水务局（单位代码 water）" in hint, hint
    assert f"/transfer {ticket['number']} water 理由" in hint, hint
    # The citizen is told which unit has the new words: the one that signed it (an outside
    # tester: the answer said it went to the unit, never which).
    answer = fake.wait_until(lambda: next((t for t in _texts(fake, CITIZEN)
                                           if "修改后的内容" in t), None), timeout=15)
    assert ticket["number"] in answer
    assert "县综合行政执法局" in answer and "县水务局" not in answer, answer
    [now] = bot.tickets()
    assert now["unit"] == "urban" and now["text"] == "幸福路这边自来水停了好几天了"
    assert not any(ticket["number"] in t for t in _texts(fake, WATER))
