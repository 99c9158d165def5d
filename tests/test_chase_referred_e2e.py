"""A chase that names the earlier matter it presses (an outside tester's finding: after an urgent
gas ticket, 刚才煤气那个事，人到现在还没来 opened a second urgent ticket): it presses the writer's
open ticket whose matter it names, even with a hazard word in it, and a new danger told now still
opens a ticket of its own (refs #10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import late_to_sign

CITIZEN = 641
HOUSING_GROUP = -1007
WATER_GROUP = -1001


def _chased(bot: BotProcess) -> list[int]:
    return [e["ticket_id"] for e in bot.query(
        "SELECT ticket_id FROM events WHERE action = 'chased' ORDER BY id")]


def _leak_then_water(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
                     ) -> tuple[BotProcess, dict[str, Any], dict[str, Any]]:
    """The citizen's urgent gas leak, then a newer water report: the bot and both tickets."""
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.housing.chat_id": HOUSING_GROUP, "units.water.chat_id": WATER_GROUP})
    fake.send_text(CITIZEN, "我家厨房煤气泄漏了，味道很大")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "我们小区从昨天开始停水了")
    fake.wait_sent(CITIZEN, 2)
    leak, water = sorted(bot.tickets(), key=lambda t: t["id"])
    return bot, leak, water


def test_a_chase_naming_the_gas_leak_presses_its_ticket_and_opens_none(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Several phrasings of 'that gas matter from before: still nobody came' after a gas leak
    and a later water report: each presses the leak's ticket (not the newest, the water one),
    opens nothing, and tells the citizen the leak's number; the water matter named so presses
    the water ticket."""
    bot, leak, water = _leak_then_water(fake, make_bot)
    assert leak["urgent"] and leak["unit"] == "housing" and water["unit"] == "water"
    chases = ["刚才煤气那个事，人到现在还没来", "我刚才说的煤气泄漏，怎么还没人来",
              "之前煤气那件事怎么还没人来啊"]
    for n, text in enumerate(chases):
        fake.send_text(CITIZEN, text)
        answer = fake.wait_sent(CITIZEN, 3 + n)[-1]["text"]
        assert leak["number"] in answer and "紧急" in answer, (text, answer)
    fake.send_text(CITIZEN, "昨天反映的停水的事，到现在还没人来")
    answer = fake.wait_sent(CITIZEN, 3 + len(chases))[-1]["text"]
    # The water unit is within its time: the press is kept on its ticket, nobody urged.
    assert water["number"] in answer and "暂不催办" in answer, answer
    assert len(bot.tickets()) == 2
    assert set(_chased(bot)) == {leak["id"]}
    assert [e["ticket_id"] for e in bot.query(
        "SELECT ticket_id FROM events WHERE action = 'asked'")] == [water["id"]]
    assert not any("群众催办" in (m["text"] or "") for m in fake.sent(WATER_GROUP))
    assert not fake.unexpected_errors()


def test_a_new_danger_told_with_the_earlier_matter_still_opens_a_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """刚才煤气那个事，现在又着火了 and …，现在有人晕倒了 tell a danger happening now: each is an
    urgent ticket of its own, not a chase of the leak; a matter of its own told besides a chase
    (…，我家楼上漏水) is a report, never lost in a chase."""
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    bot = make_bot({"units.housing.chat_id": HOUSING_GROUP})
    fake.send_text(CITIZEN, "我家厨房煤气泄漏了，味道很大")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "刚才煤气那个事，现在又着火了")
    fake.wait_sent(CITIZEN, 2)
    fake.send_text(CITIZEN, "刚才煤气那个事还没人来，现在有人晕倒了")
    fake.wait_sent(CITIZEN, 3)
    made = sorted(bot.tickets(), key=lambda t: t["id"])
    assert len(made) == 3 and all(t["urgent"] for t in made), made
    # A matter of its own told besides the chase, even of the same unit, is a report too.
    fake.send_text(CITIZEN, "刚才那个事到现在没人管，我家楼上漏水")
    fake.wait_sent(CITIZEN, 4)
    assert len(bot.tickets()) == 4
    assert not _chased(bot)
    assert not fake.unexpected_errors()


def test_asking_after_a_matter_named_as_one_answers_for_its_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """停水那个事有人管了吗 asks after the writer's water ticket (an outside tester: it opened a
    new ticket); the same question about a matter none of their tickets is about is a report."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP})
    fake.send_text(CITIZEN, "我们小区从昨天开始停水了")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "小区门口那盏路灯坏了好几天")  # newer: not the one asked after
    fake.wait_sent(CITIZEN, 2)
    water, _lamp = sorted(bot.tickets(), key=lambda t: t["id"])
    late_to_sign(bot)
    fake.send_text(CITIZEN, "停水那个事有人管了吗？")
    answer = fake.wait_sent(CITIZEN, 3)[-1]["text"]
    assert water["number"] in answer and "催办" in answer, answer
    assert len(bot.tickets()) == 2 and _chased(bot) == [water["id"]]
    fake.send_text(CITIZEN, "村东头那个桥的事有人管了吗，桥面塌了一块")
    fake.wait_until(lambda: len(bot.tickets()) == 3, timeout=20)


def test_the_matter_named_picks_its_ticket_over_a_newer_one_of_its_unit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """路灯那个事现在办到哪一步了 with a 路灯 ticket and a newer 摆摊 one at the same unit presses the
    路灯 one (an outside tester: the newest of the unit was pressed)."""
    bot = make_bot({})
    fake.send_text(CITIZEN, "东关街的路灯坏了好几天了，晚上黑乎乎的")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "东关街人行道上天天有人摆摊，占道经营")
    fake.wait_sent(CITIZEN, 2)
    lamp, stall = sorted(bot.tickets(), key=lambda t: t["id"])
    assert lamp["unit"] == stall["unit"]
    fake.send_text(CITIZEN, "路灯那个事现在办到哪一步了？")
    answer = fake.wait_sent(CITIZEN, 3)[-1]["text"]
    assert lamp["number"] in answer and stall["number"] not in answer, answer
    assert _chased(bot) == []  # only asked, its unit within its time: answered, nobody urged


def test_a_chase_by_another_word_for_the_gas_presses_the_leak(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """上午燃气的事到现在没人来 after a 煤气 leak and a newer water report presses the leak, told
    in another word of its matter (nlp/topics.txt), not the newest ticket; nothing is opened."""
    bot, leak, _water = _leak_then_water(fake, make_bot)
    fake.send_text(CITIZEN, "上午燃气的事到现在没人来")
    answer = fake.wait_sent(CITIZEN, 3)[-1]["text"]
    assert leak["number"] in answer and "紧急" in answer, answer
    assert len(bot.tickets()) == 2 and set(_chased(bot)) == {leak["id"]}
