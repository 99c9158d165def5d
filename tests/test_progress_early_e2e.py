"""A progress question asked while the unit is still within its time (我反映的那个事办得咋样了 a
minute after the acknowledgement) is answered with where the ticket stands and when its unit is
due, and urges nobody (an outside tester: it was a 催办 to the unit a minute after filing); words
that press (催一下, 怎么还没人来) chase once the unit is late. Through the real bot and the fake
Bot API (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    STAFF,
    WATER_GROUP,
    answer_to,
    events,
    late_to_sign,
    report,
    reported_and_pushed,
    texts,
    wait_text,
)

ASKER, PRESSER = 821, 822
QUESTIONS = ["我反映的那个事办得咋样了", "有进展吗", "停水那个事咋样了", "Any update on my report?",
             "现在处理到哪一步了"]


def test_a_progress_question_within_the_units_time_answers_and_urges_nobody(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, ticket, pushed = reported_and_pushed(fake, make_bot, (ASKER, PRESSER),
                                              "我们小区从昨天开始停水了")
    for question in QUESTIONS:
        answer = answer_to(fake, ASKER, question)
        if question.isascii():  # asked in English: answered in English
            assert ticket["number"] in answer and "is now waiting for the unit" in answer, answer
            assert "take it on by" in answer and "not chasing it yet" in answer, answer
            continue
        assert ticket["number"] in answer and "目前：已受理，待单位签收" in answer, (question, answer)
        assert "前签收" in answer and "暂不催办" in answer and "已为您催办" not in answer, answer
    fake.send_text(STAFF["water"], f"/accept {ticket['number']}")
    wait_text(fake, ASKER, "已由县水务局签收")
    answer = answer_to(fake, ASKER, f"{ticket['number']} 现在办到哪一步了")
    assert "目前：办理中" in answer and "前办结" in answer and "前签收" not in answer, answer
    assert not events(bot, ticket, "chased")
    assert not [t for t in texts(fake, WATER_GROUP)[pushed:] if "催办" in t]

    lamp = report(fake, bot, PRESSER, "我们小区从昨天开始停水了")
    wait_text(fake, PRESSER, "工单编号")
    late_to_sign(bot)  # not signed for within accept_hours: the unit is late
    for press in ("催一下", "怎么还没人来"):
        assert "已为您催办" in answer_to(fake, PRESSER, press), press
    assert events(bot, lamp, "chased")
    wait_text(fake, WATER_GROUP, "催办")
    assert len(bot.tickets()) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
