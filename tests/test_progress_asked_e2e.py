"""A progress question in the citizen's own words (an outside tester's findings: 路灯那个单子现在
到哪一步了, 我反映的那几个问题现在都咋样了 and `Any update on my pothole report?` opened tickets;
`20261201-0004 现在办到哪一步了` got only a count): one naming a ticket by number or by its
matter answers for that ticket, one about all of them lists them as /my does — never a new
ticket (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import late_to_sign

CITIZEN, STAFF = 652, 31


def test_progress_questions_answer_for_the_tickets_they_name(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.send_text(CITIZEN, "小区门口那盏路灯坏了好几天，晚上一片漆黑")
    fake.wait_sent(CITIZEN, 1)
    fake.send_text(CITIZEN, "我们小区从昨天开始停水了")
    fake.wait_sent(CITIZEN, 2)
    lamp, water = sorted(bot.tickets(), key=lambda t: t["id"])
    asked = [("路灯那个单子现在到哪一步了", [lamp["number"]]),
             ("我反映的那几个问题现在都咋样了", [lamp["number"], water["number"]]),
             (f"{lamp['number']} 现在办到哪一步了", [lamp["number"]]),
             ("Any update on my pothole report?", [water["number"]]),
             ("What happened to my report?", [water["number"]]),
             # A ticket by a matter none of theirs is about: theirs to pick from, no new one.
             ("修桥那个单子现在到哪一步了", [lamp["number"], water["number"]])]
    for n, (text, numbers) in enumerate(asked):
        fake.send_text(CITIZEN, text)
        answer = fake.wait_sent(CITIZEN, 3 + n)[-1]["text"]
        assert all(number in answer for number in numbers), (text, answer)
        assert len(bot.tickets()) == 2, text
    assert not fake.unexpected_errors()


def test_a_chase_answer_says_where_the_ticket_stands(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """已为您催办 alone told nothing of the ticket: the answer says its state now, before the
    unit signs for it and after."""
    bot = make_bot()
    done = bot.cli("invite", "--unit", "water")
    fake.send_text(STAFF, f"/join {done.stdout.splitlines()[-1]}")
    fake.wait_until(lambda: any("绑定成功" in (m["text"] or "") for m in fake.sent(STAFF)))
    fake.send_text(CITIZEN, "我们小区从昨天开始停水了")
    fake.wait_sent(CITIZEN, 1)
    number = bot.tickets()[0]["number"]
    late_to_sign(bot)  # within its time a press urges nobody (tests/test_press_fresh_e2e.py)
    fake.send_text(CITIZEN, "催一下")
    answer = fake.wait_sent(CITIZEN, 2)[-1]["text"]
    assert "已为您催办" in answer and "目前：已受理，待单位签收" in answer, answer
    fake.send_text(STAFF, f"/accept {number}")
    fake.wait_sent(CITIZEN, 3)
    fake.send_text(CITIZEN, f"{number} 现在办到哪一步了")
    answer = fake.wait_sent(CITIZEN, 4)[-1]["text"]
    assert number in answer and "目前：办理中" in answer, answer
    assert len(bot.tickets()) == 1 and not fake.unexpected_errors()
