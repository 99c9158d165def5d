"""An outside tester's findings on the first answer to an emergency: a crash with someone bleeding
gets the advice for someone hurt (120, do not move them), not the numbers alone; and a message
written in English gets the advice for its kind, in English (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

HURT = "有人受伤或病危请立即拨打 120"
HURT_EN = "If someone is injured or seriously ill, call 120 now"


def test_a_crash_with_someone_bleeding_gets_the_advice_for_someone_hurt(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    calls = {651: "路口出车祸了，有人流了好多血",
             652: "a car just hit a kid outside the school, he is bleeding", 653: "car crash, man bleeding"}
    for user, text in calls.items():
        fake.send_text(user, text)
    answers = {user: fake.wait_sent(user, 1)[0]["text"] for user in calls}
    assert HURT in answers[651], answers[651]
    for user in (652, 653):  # written in English: answered in English
        assert HURT_EN in answers[user], answers[user]
    assert all(t["urgent"] for t in bot.tickets())
    assert not fake.unexpected_errors()


def test_an_english_emergency_gets_the_advice_of_its_kind(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    make_bot()
    calls = {661: "kitchen fire", 662: "gas!", 663: "someone drowning", 664: "electrocuted",
             665: "There is someone drowning in the pond"}  # a whole sentence (round 20's tester)
    for user, text in calls.items():
        fake.send_text(user, text)
    answers = {user: fake.wait_sent(user, 1)[0]["text"] for user in calls}
    assert "never the lift" in answers[661] and "If gas is leaking" in answers[662]
    assert all("if you cannot swim, do not go in" in answers[u] for u in (663, 665))
    assert "switch off the power first" in answers[664]
    assert not fake.unexpected_errors()


def test_a_short_english_cry_makes_an_urgent_ticket_not_small_talk(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    calls = {671: "electrocuted", 672: "FIRE", 673: "help me!", 674: "drowning", 675: "burglar in my house"}
    for user, text in calls.items():
        fake.send_text(user, text)
    for user in calls:
        answer = fake.wait_sent(user, 1)[0]["text"]
        assert "call 110" in answer and "Case number" in answer, answer
    tickets = bot.tickets()
    assert len(tickets) == len(calls) and all(t["urgent"] for t in tickets)
    assert not fake.unexpected_errors()
