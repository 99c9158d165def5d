"""What a citizen says right after a ticket is finished (办结), before its 回访, is said of that
ticket (outside testers; refs #10): a bare 很不满意 is their displeasure with it — kept on it as
the protest after a 办结 is (the unit told, its 回访 reopens it), not a question what the matter
is. Through the real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    URBAN_GROUP,
    events,
    finish,
    join_staff,
    report,
    texts,
    tickets_of,
    wait_text,
)

DISPLEASED = {831: "很不满意", 832: "太差劲了！", 833: "根本没解决", 834: "really unhappy"}


def test_a_bare_feeling_right_after_the_done_is_said_of_that_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(DISPLEASED))
    done = {}
    for citizen in DISPLEASED:
        done[citizen] = report(fake, bot, citizen, "村口的路灯坏了好几天了，晚上很黑")
        finish(fake, bot, done[citizen], "已更换灯泡，恢复照明")
        wait_text(fake, citizen, "办结")
    for citizen, said in DISPLEASED.items():
        before = len(texts(fake, citizen))
        fake.send_text(citizen, said)
        answer = fake.wait_sent(citizen, before + 1)[-1]["text"]
        ticket = done[citizen]
        assert ticket["number"] in answer and "已记入工单" in answer, (said, answer)
        assert "请问您遇到了什么问题" not in answer
        assert events(bot, ticket, "visit_said") == [said], said
        wait_text(fake, URBAN_GROUP, said.rstrip("！"))
        assert len(tickets_of(bot, citizen)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]

