"""Citizens' answers that are no new matters (an outside tester, refs #10), through the real bot
and the fake Bot API: a 回访 answered in words that tell the thing is done (护栏弄上了, 下水道通开了,
坑给填平了) records 已解决 and opens no ticket — only a clearly new problem after 另外 does; and a
ticket in 重办 told it was put right without the unit (门前那个坑已经填好了，不用来了; 桥上护栏 for
小桥的栏杆) keeps the words on that ticket instead of opening one elsewhere."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    tickets_of,
    wait_text,
    with_transport,
)

RAIL, DRAIN, LAMP, PIT, PIT_BACK, BRIDGE_BACK = range(521, 527)
REPORTS = {RAIL: "村口桥上的护栏被车撞坏了一大截，晚上走路吓人",
           DRAIN: "小区门口下水道堵了，污水流得满街都是",
           LAMP: "村头的路灯灭了好些天了，晚上黑咕隆咚",
           PIT: "俺家门前那段路有个大坑，三轮车老是颠",
           PIT_BACK: "俺家门前那段路有个大坑，三轮车老是颠",
           BRIDGE_BACK: "村口小桥的栏杆断了，晚上走路吓人"}
# What each answers to the 回访: the answers, the thing done in its own words.
DONE = {RAIL: "来人了，护栏弄上了，中，俺挺得劲",
        DRAIN: "有人来了，下水道通开了，不臭了，满意",
        LAMP: "师傅来过了，灯都安好了，亮堂着呢，中"}


def test_done_in_own_words_answers_and_settles_a_reopened_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch
) -> None:
    bot = make_bot(with_transport(monkeypatch))
    join_staff(fake, bot, tuple(REPORTS))
    mine = {citizen: report(fake, bot, citizen, text) for citizen, text in REPORTS.items()}
    assert {mine[c]["unit"] for c in (RAIL, PIT, BRIDGE_BACK)} == {"transport"}
    for ticket in mine.values():
        finish(fake, bot, ticket, "已安排人员处理完毕")
    ask_visits(bot, len(REPORTS))
    for citizen in REPORTS:
        wait_text(fake, citizen, "联系过您")

    # The whole visit in one elderly sentence: the thing done is the 已解决, never a ticket.
    for citizen, words in DONE.items():
        fake.send_text(citizen, words)
    for citizen in DONE:
        fake.wait_until(lambda c=citizen: row(bot, mine[c])["state"] == "closed", timeout=20)
        assert row(bot, mine[citizen])["solved"] == 1, DONE[citizen]
        assert len(tickets_of(bot, citizen)) == 1, DONE[citizen]

    # A new problem after 另外 is still a ticket of its own, the answers before it recorded.
    fake.send_text(PIT, "来过人了，坑给填平了，满意。另外俺家门口的路灯也不亮了")
    fake.wait_until(lambda: len(tickets_of(bot, PIT)) == 2, timeout=20)
    fake.wait_until(lambda: row(bot, mine[PIT])["state"] == "closed", timeout=20)
    assert row(bot, mine[PIT])["solved"] == 1
    [lamp] = tickets_of(bot, PIT)[1:]
    assert lamp["unit"] == "urban" and "坑" not in lamp["text"]

    # Sent back (重办), then put right without the unit: the words reach the reopened ticket.
    for citizen in (PIT_BACK, BRIDGE_BACK):
        fake.send_text(citizen, "没人来，没解决，不满意")
        fake.wait_until(lambda c=citizen: row(bot, mine[c])["state"] == "reopened", timeout=20)
    settled = {PIT_BACK: "门前那个坑已经填好了，不用来了",
               BRIDGE_BACK: "桥上护栏俺们村里自己焊上了，不用管了"}
    for citizen, words in settled.items():
        fake.send_text(citizen, words)
    for citizen, words in settled.items():
        fake.wait_until(lambda c=citizen, w=words: w in events(bot, mine[c], "settled"),
                        timeout=20)
        wait_text(fake, citizen, "撤回")
        assert len(tickets_of(bot, citizen)) == 1, words
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
