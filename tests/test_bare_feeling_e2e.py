"""A bare feeling with no matter (很不满意, 太差劲了, really unhappy) opens no ticket (an outside
tester: each opened one, routed to the market bureau or civil affairs by a word a learned table
leant on): with nothing of the writer's being handled the bot asks what the matter is; with a
ticket being handled it says how to follow it up; while a 回访 waits it is that visit's 不满意,
kept on the ticket (bot.actions.visit_typed reads it); through the real bot and the fake Bot
API (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, WATER_GROUP, join_staff, tickets_of, visits_asked, wait_text

NEWCOMER, WAITING, VISITED = 791, 792, 793
FEELINGS = ["很不满意", "太差劲了！", "really unhappy", "真让人失望", "I am very disappointed 😡",
            "气死我了"]


def _answer(fake: FakeBotAPI, citizen: int, text: str) -> str:
    before = len(fake.sent(citizen))
    fake.send_text(citizen, text)
    return str(fake.wait_sent(citizen, before + 1)[-1]["text"])


def test_a_bare_feeling_asks_what_the_matter_is(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    for text in FEELINGS:  # each answered in the language it was written in
        answer = _answer(fake, NEWCOMER, text)
        english = not any("\u4e00" <= c <= "\u9fff" for c in text)
        asked = "What problem would you like to report" if english else "请问您遇到了什么问题"
        assert asked in answer, (text, answer)
    fake.send_text(WAITING, "我们小区从昨天开始停水了")
    fake.wait_sent(WAITING, 1)
    for text in FEELINGS[:3]:
        answer = _answer(fake, WAITING, text)
        handled = "being handled" if text.isascii() else "正在办理"
        assert handled in answer and "/my" in answer, (text, answer)
    assert len(bot.tickets()) == 1
    assert not fake.unexpected_errors()


def test_a_bare_feeling_while_a_visit_waits_is_its_unsatisfied(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (VISITED,))
    [ticket] = visits_asked(fake, bot, {VISITED: "西街1号楼停水两天了，一直没有来水"},
                            "已抢修管道，恢复供水", days=2)[VISITED]

    fake.send_text(VISITED, "太差劲了！")
    wait_text(fake, VISITED, "已记入工单")
    wait_text(fake, WATER_GROUP, "太差劲了")  # the unit told
    said = bot.query("SELECT new FROM events WHERE ticket_id = ? AND action = 'visit_said'",
                     [ticket["id"]])
    assert [e["new"] for e in said] == ["r"]
    assert len(tickets_of(bot, VISITED)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
