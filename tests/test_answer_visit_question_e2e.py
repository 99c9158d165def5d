"""An answer to a unit's question about its visit joins that ticket (an outside tester, refs
#10), through the real bot and the fake Bot API: after `/reply N 需要…先给您打个电话吗？` (or
要不要…?), a reply opening with 不用 / 甭 / 要 and going on about the visit itself (俺天天在家，直接
敲门就中) is the answer, a 补充 on ticket N — never a new ticket for the words 敲门 or 耳朵背
route elsewhere; a new problem after 另外 is still a ticket of its own."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, STAFF, events, join_staff, report, tickets_of, wait_text

KNOCK, SHOUT, CALL, BESIDES = range(531, 535)
# Who reports what, what the unit asks, and what they answer.
TALKS = {
    KNOCK: ("小区门口下水道堵了，污水流得满街都是", "需要社区人员上门前先给您打个电话吗？",
            "不用，俺天天在家，直接敲门就中"),
    SHOUT: ("村头的路灯灭了好些天了，晚上黑咕隆咚", "电工过去前要不要先给您打个电话？",
            "甭打了，俺老两口天天在家，来了在院门口喊一声就中"),
    CALL: ("村头的路灯灭了好些天了，晚上黑咕隆咚", "电工过去前要不要先给您打个电话？",
           "要，俺耳朵背，敲门俺听不见，打俺儿子电话"),
    BESIDES: ("小区门口下水道堵了，污水流得满街都是", "需要社区人员上门前先给您打个电话吗？",
              "不用。另外俺家门口的路灯也不亮了"),
}


def test_an_answer_about_the_visit_joins_the_ticket_that_asked(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(TALKS))
    mine = {citizen: report(fake, bot, citizen, told) for citizen, (told, _, _) in TALKS.items()}
    for citizen, (_, asked, _) in TALKS.items():
        ticket = mine[citizen]
        fake.send_text(STAFF[ticket["unit"]], f"/reply {ticket['number']} {asked}")
        wait_text(fake, citizen, asked)
    for citizen, (_, _, answer) in TALKS.items():
        fake.send_text(citizen, answer)

    for citizen in (KNOCK, SHOUT, CALL):
        answer = TALKS[citizen][2]
        fake.wait_until(lambda c=citizen, a=answer: a in events(bot, mine[c], "supplement"),
                        timeout=20)
        assert len(tickets_of(bot, citizen)) == 1, answer
    fake.wait_until(lambda: len(tickets_of(bot, BESIDES)) == 2, timeout=20)
    [lamp] = tickets_of(bot, BESIDES)[1:]
    assert lamp["unit"] == "urban" and "不用" not in lamp["text"]
    assert any("不用" in said for said in events(bot, mine[BESIDES], "supplement"))
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
