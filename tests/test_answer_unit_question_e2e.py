"""Answering the unit's question adds to its ticket (an outside citizen tester's finding; refs
#10): after `/reply N 哪栋楼几单元？` — whose push says the citizen may just answer — the citizen's
`3号楼2单元，俺家502，楼上602` is a 补充 told to the unit, not a new ticket; a new matter is still
a ticket of its own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

STAFF, CITIZEN, WATER_GROUP = 661, 662, -1301


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or "" for m in fake.sent(chat)]


def _tickets(bot: BotProcess) -> list[dict[str, Any]]:
    return bot.query("SELECT * FROM tickets WHERE citizen_id = ? ORDER BY id", [CITIZEN])


def _wait_text(fake: FakeBotAPI, chat: int, needle: str) -> str:
    found: list[str] = fake.wait_until(
        lambda: [t for t in _texts(fake, chat) if needle in t], timeout=20)
    return found[-1]


def _start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    """The bot, with water's group and one staff member joined."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user in (STAFF, CITIZEN):
        fake.add_user(user)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    _wait_text(fake, STAFF, "县水务局")
    return bot


def test_an_answer_to_the_units_question_joins_its_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _start(fake, make_bot)
    fake.send_text(CITIZEN, "幸福小区停水两天了，一直没有来水")
    fake.wait_until(lambda: _tickets(bot), timeout=20)
    [ticket] = _tickets(bot)

    fake.send_text(STAFF, f"/reply {ticket['number']} 哪栋楼几单元？")
    asked = _wait_text(fake, CITIZEN, "哪栋楼几单元")
    assert "直接回复" in asked

    fake.send_text(CITIZEN, "3号楼2单元，俺家502，楼上602")
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'", [ticket["id"]]),
        timeout=20)
    _wait_text(fake, CITIZEN, "已将您补充的内容加入工单")
    told = _wait_text(fake, WATER_GROUP, "市民补充")
    assert ticket["number"] in told and "3号楼2单元" in told
    assert len(_tickets(bot)) == 1

    fake.send_text(CITIZEN, "另外村口的路灯坏了好几天了")  # a new matter: its own ticket
    fake.wait_until(lambda: len(_tickets(bot)) == 2, timeout=20)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_an_answer_then_another_matter_splits_where_the_citizen_turns(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """An outside tester: `后王楼村三组。另外俺家门口的路灯也坏了一个礼拜了` after water asked 哪个村
    几组的？ was all taken as a press on the citizen's older street-light ticket — its unit told
    the citizen asked about progress, and water never heard the answer. Now the answer joins the
    ticket asked about and the street light is read on its own."""
    bot = _start(fake, make_bot)
    fake.send_text(CITIZEN, "村东头的路灯坏了，晚上黑乎乎的")
    fake.wait_until(lambda: _tickets(bot), timeout=20)
    fake.send_text(CITIZEN, "俺村自来水停了三天了，一直没有来水")
    fake.wait_until(lambda: len(_tickets(bot)) == 2, timeout=20)
    light, water = _tickets(bot)
    assert water["unit"] == "water" and light["unit"] != "water", (light, water)

    fake.send_text(STAFF, f"/reply {water['number']} 您家是哪个村几组的？")
    _wait_text(fake, CITIZEN, "哪个村几组")
    fake.send_text(CITIZEN, "后王楼村三组。另外俺家门口的路灯也坏了一个礼拜了")
    told = _wait_text(fake, WATER_GROUP, "市民补充")
    assert water["number"] in told and "后王楼村三组" in told and "路灯" not in told, told
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'", [water["id"]]),
        timeout=20)
    # The street light is read by itself: never a press on the older ticket "asking progress".
    fake.wait_until(lambda: len(_tickets(bot)) == 3, timeout=20)
    assert _tickets(bot)[-1]["text"].startswith("另外俺家门口的路灯"), _tickets(bot)[-1]
    assert not bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action IN "
                         "('chased', 'pressed', 'supplement')", [light["id"]])
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_number_to_call_given_as_the_answer_joins_its_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """An outside tester: asked for a number to ring, `俺不会用手机接，打俺儿子的13511112222，他叫
    李强` was read as a blow (打俺) — a new urgent ticket at the women's federation. Calling the
    son is the answer: it joins the ticket asked about, with no alarm."""
    bot = _start(fake, make_bot)
    fake.send_text(CITIZEN, "俺家这片停水两天了，一直没有来水")
    fake.wait_until(lambda: _tickets(bot), timeout=20)
    [ticket] = _tickets(bot)

    fake.send_text(STAFF, f"/reply {ticket['number']} 请留一个联系电话")
    _wait_text(fake, CITIZEN, "请留一个联系电话")
    fake.send_text(CITIZEN, "俺不会用手机接，打俺儿子的13511112222，他叫李强")
    told = _wait_text(fake, WATER_GROUP, "市民补充")
    assert ticket["number"] in told and "紧急" not in told, told
    _wait_text(fake, CITIZEN, "已将您补充的内容加入工单")
    [kept] = _tickets(bot)
    assert not kept["urgent"], kept
    assert not [t for t in _texts(fake, CITIZEN) if "110" in t]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
