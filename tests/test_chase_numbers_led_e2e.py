"""Chases by number an outside tester found opening tickets, through the real bot and the fake
Bot API: a short number two of the writer's tickets share after 我那个 (我那个3号的事呢) is asked
back with both tickets as /my lists them, and a numbered chase after a short clause
(联系过了。0005号怎么还没人管, with no 回访 waiting) chases the writer's own ticket or answers
"not found" for anyone else's — never a new ticket (refs #10)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_chase_numbers_e2e import two_tickets

CITIZEN = 631
OTHER = 632
WATER_GROUP = -1001


def _renumber(bot: BotProcess, number: str, new: str) -> None:
    """Give a ticket another number, as if it had been opened on another day (a ticket's number
    is its day and that day's sequence; the test cannot wait for a second day)."""
    conn = sqlite3.connect(str(bot.database), timeout=10)
    try:
        with conn:
            conn.execute("UPDATE tickets SET number = ? WHERE number = ?", [new, number])
    finally:
        conn.close()


def test_a_short_number_two_of_my_tickets_share_is_asked_back_with_both_and_opens_none(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """我那个3号的事呢 opened a hotline ticket. The writer's 0003 of last year and 0003 of today
    are both listed as /my lists them (number, state, their own words), with how to pick one;
    another citizen's ticket is never among them, and nothing is chased or opened."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"units.water.chat_id": WATER_GROUP})
    for n, (who, text) in enumerate([(CITIZEN, "小区停水两天了"), (OTHER, "公园的长椅坏了好几把"),
                                     (CITIZEN, "楼道里的路灯不亮了")]):
        fake.send_text(who, text)
        fake.wait_sent(who, 1 + (n == 2))
    water, bench, lamp = bot.tickets()
    assert lamp["number"].endswith("-0003")
    day = lamp["number"][:8]
    old = f"{int(day[:4]) - 1}{day[4:]}-0003"
    _renumber(bot, water["number"], old)
    fake.send_text(CITIZEN, "/my")
    listed = fake.wait_sent(CITIZEN, 3)[-1]["text"]

    for n, text in enumerate(["我那个3号的事呢", "3号的事有人管吗", "我的3号呢？",
                                  "麻烦问下我那个3号的事呢"]):
        fake.send_text(CITIZEN, text)
        answer = fake.wait_sent(CITIZEN, 4 + n)[-1]["text"]
        for line in (ln for ln in listed.splitlines() if "｜" in ln):
            assert line in answer, (text, line, answer)
        assert old in answer and lamp["number"] in answer and "完整编号" in answer, answer
        assert "长椅" not in answer and bench["number"] not in answer
    assert len(bot.tickets()) == 3
    assert not bot.query("SELECT * FROM events WHERE action = 'chased'")
    assert not fake.unexpected_errors()


def test_a_numbered_chase_after_a_short_clause_chases_and_opens_no_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """联系过了。0001号怎么还没人管 with no 回访 waiting opened a ticket, as did 你好，… . The
    writer's own number is chased; another citizen's (0002) gets word for word the answer a
    number nobody has (0009) gets; an emergency told before a number is still an emergency."""
    bot, water, bench = two_tickets(fake, make_bot, CITIZEN, OTHER)

    chases = ["联系过了。0001号怎么还没人管", "你好，0001号怎么还没人管", "联系过了，1号的事有人管吗",
              "您好！请问 工单号1怎么样了", "你好我想问一下0001号怎么样了"]
    for n, text in enumerate(chases):
        fake.send_text(CITIZEN, text)
        answer = fake.wait_sent(CITIZEN, 2 + n)[-1]["text"]
        assert water["number"] in answer and "催办" in answer, (text, answer)
    assert [e["ticket_id"] for e in bot.query(
        "SELECT ticket_id FROM events WHERE action = 'chased'")] == [water["id"]]

    fake.send_text(CITIZEN, "联系过了。0002号怎么还没人管")
    others = fake.wait_sent(CITIZEN, 2 + len(chases))[-1]["text"]
    fake.send_text(CITIZEN, "联系过了。0009号怎么还没人管")
    missing = fake.wait_sent(CITIZEN, 3 + len(chases))[-1]["text"]
    assert "没有找到您名下" in others and others.replace("0002", "0009") == missing
    assert "长椅" not in others and bench["number"] not in others
    assert len(bot.tickets()) == 2

    fake.send_text(CITIZEN, "我家着火了！0009号怎么还没人来")
    fake.wait_sent(CITIZEN, 4 + len(chases))
    fire = bot.tickets()[-1]
    assert len(bot.tickets()) == 3 and fire["urgent"] and fire["citizen_id"] == CITIZEN
    assert not fake.unexpected_errors()
