"""Chases that name a ticket as citizens type its number — short (0001号, 1号单子, 我那个0001的事),
whole with 号工单 after it — through the real bot and the fake Bot API: the writer's own ticket is
chased, anyone else's number gets the answer a missing one gets, and no junk ticket opens
(outside tester; refs #10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import late_to_sign

CITIZEN = 611
OTHER = 612
WATER_GROUP = -1001


def two_tickets(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], citizen: int, other: int
                ) -> tuple[BotProcess, dict[str, Any], dict[str, Any]]:
    """A bot whose water unit has a group, `citizen`'s water ticket 0001 and `other`'s 0002."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP})
    fake.send_text(citizen, "小区停水两天了")
    fake.wait_sent(citizen, 1)
    fake.send_text(other, "公园的长椅坏了好几把")
    fake.wait_sent(other, 1)
    water, bench = bot.tickets()
    assert water["number"].endswith("-0001") and bench["number"].endswith("-0002")
    late_to_sign(bot)  # within its time a press urges nobody (tests/test_press_fresh_e2e.py)
    return bot, water, bench


def test_a_chase_by_any_form_of_number_chases_the_writers_own_ticket_and_opens_none(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """0001号怎么还没人管 / NUMBER号工单怎么还没人管 / 1号单子咋还没人处理 / 我那个0001的事呢 chase
    the writer's ticket 0001; 0002号 (another citizen's) and 0009号 (nobody's) get one plain
    answer that tells nothing of the other's; 3号楼漏水 is still a new report."""
    bot, water, _ = two_tickets(fake, make_bot, CITIZEN, OTHER)

    chases = ["0001号怎么还没人管", f"{water['number']}号工单怎么还没人管",
              "1号单子咋还没人处理", "我那个0001的事呢"]
    for n, text in enumerate(chases):
        fake.send_text(CITIZEN, text)
        fake.wait_sent(CITIZEN, 2 + n)
    answers = [m["text"] for m in fake.sent(CITIZEN)[1:]]
    assert all(water["number"] in a and "催办" in a and "您共有 1 件" in a for a in answers), \
        answers
    chased = bot.query("SELECT ticket_id FROM events WHERE action = 'chased'")
    assert [e["ticket_id"] for e in chased] == [water["id"]]  # once a day for the unit
    fake.wait_until(lambda: any("催办" in (m["text"] or "") for m in fake.sent(WATER_GROUP)),
                    timeout=30)

    fake.send_text(CITIZEN, "0002号怎么还没人管")
    others = fake.wait_sent(CITIZEN, 2 + len(chases))[-1]["text"]
    fake.send_text(CITIZEN, "0009号怎么还没人管")
    missing = fake.wait_sent(CITIZEN, 2 + len(chases) + 1)[-1]["text"]
    assert "没有找到您名下" in others and "0002" in others
    assert others.replace("0002", "0009") == missing
    assert "长椅" not in others and "县" not in others
    assert len(bot.tickets()) == 2

    fake.send_text(CITIZEN, "3号楼漏水")
    leak = fake.wait_sent(CITIZEN, 2 + len(chases) + 2)[-1]["text"]
    tickets = bot.tickets()
    assert len(tickets) == 3 and tickets[-1]["citizen_id"] == CITIZEN
    assert tickets[-1]["number"] in leak and tickets[-1]["text"] == "3号楼漏水"
    assert not fake.unexpected_errors()


def test_a_bare_short_number_chases_the_writers_ticket_of_that_number(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Outside tester: 5号的事有人管吗 opened a hotline ticket. A bare 5号 may be a date, so it
    chases only when the writer has a ticket of that short number and the rest is a chase; a
    writer with no such ticket still reports (说好的5号 is no number)."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP})
    fake.send_text(CITIZEN, "小区停水两天了")
    fake.wait_sent(CITIZEN, 1)
    [water] = bot.tickets()
    assert water["number"].endswith("-0001")
    for n, text in enumerate(["1号的事有人管吗", "1号的事怎么样了", "1号的事咋还没人来"]):
        fake.send_text(CITIZEN, text)
        answer = fake.wait_sent(CITIZEN, 2 + n)[-1]["text"]
        assert water["number"] in answer and "催办" in answer, (text, answer)
    assert len(bot.tickets()) == 1
    assert not fake.unexpected_errors()
