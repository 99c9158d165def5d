"""A citizen asks what the service is, through the real bot and the fake Bot API (refs #10):
what can I report here, are you really the government, who runs this — answered plainly, in
the language they wrote in (what the bot is, that the county's 我为群众办实事 desk runs it, what
may be reported, that an emergency is a call to 110/119/120), and no ticket is opened."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

ASKED = {
    1401: ("你们是真的政府部门吗", ("“我为群众办实事”受理窗口", "可以反映什么", "停水停电",
                                "110", "119", "120")),
    1402: ("这个平台是谁在管的？", ("“我为群众办实事”受理窗口", "责任单位", "110")),
    1403: ("你们这里都能反映些什么", ("可以反映什么", "欠薪", "紧急情况", "120")),
    1404: ("What can I report here?", ("Doing practical things for the people", "What you can report",
                                       "no water or power", "110", "119", "120")),
    1405: ("Is this really the government?", ("run by the county", "responsible county units",
                                            "emergency", "110")),
}


def test_a_question_about_the_service_is_answered_plainly(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    for citizen, (asked, expected) in ASKED.items():
        fake.add_user(citizen)
        fake.send_text(citizen, asked)
        [answer] = [m["text"] for m in fake.wait_sent(citizen, 1, timeout=20)]
        for words in expected:
            assert words in answer, (words, answer)
        assert "答不上来" not in answer and "没太看明白" not in answer
        assert "cannot answer" not in answer and "did not quite understand" not in answer
    # The answer is queued in the transaction that handles the message: all are handled.
    assert bot.tickets() == []  # questions, not reports
    assert not fake.unexpected_errors()
