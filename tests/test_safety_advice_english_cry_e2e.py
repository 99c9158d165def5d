"""An outside tester's short English cries through the real bot and the fake Bot API: each gets
the urgent answer with the advice for its kind (in English, as it was written; a snake
bite the bite's advice, not that for someone hurt), an urgent ticket, and the supervisors are
alerted at once (refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

SUPERVISOR = 700
URGENT = "If anyone is in danger, call 110"
CALLS = {  # citizen: (cry, words of its advice)
    681: ("help!! fire", "never the lift"),
    682: ("snake bit me", "do not suck or cut the wound"),
    683: ("water rising fast help", "move to higher ground"),
    684: ("man hit by car", "If someone is injured or seriously ill, call 120"),
    685: ("smoke everywhere", "wet cloth"),
}


def test_an_english_cry_gets_the_urgent_answer_its_advice_and_alerts_the_supervisors(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR, "督查")
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    for user, (cry, _) in CALLS.items():
        fake.send_text(user, cry)
    for user, (cry, advice) in CALLS.items():
        answer = fake.wait_sent(user, 1)[0]["text"]
        assert URGENT in answer and advice in answer and "Case number" in answer, (cry, answer)
    bitten = fake.wait_sent(682, 1)[0]["text"]
    assert "do not move the injured" not in bitten  # the bite's own advice, not that for someone hurt
    tickets = bot.tickets()
    assert len(tickets) == len(CALLS) and all(t["urgent"] for t in tickets)
    numbers = {t["number"] for t in tickets}
    fake.wait_until(lambda: len([m for m in fake.sent(SUPERVISOR)
                                 if "紧急工单" in (m["text"] or "")]) == len(CALLS), timeout=30)
    alerts = [m["text"] for m in fake.sent(SUPERVISOR) if "紧急工单" in (m["text"] or "")]
    assert {number for number in numbers if any(number in alert for alert in alerts)} == numbers
    assert any("snake bit me" in alert for alert in alerts)
    assert not fake.unexpected_errors()


def test_a_calm_english_message_with_a_hazard_word_is_no_emergency(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR, "督查")
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    fake.send_text(691, "water bill too high")
    answer = fake.wait_sent(691, 1)[0]["text"]
    assert URGENT not in answer, answer
    assert not any(t["urgent"] for t in bot.tickets())
    assert not any("紧急工单" in (m["text"] or "") for m in fake.sent(SUPERVISOR))
    assert not fake.unexpected_errors()


def test_a_dog_bite_gets_the_dog_advice_and_a_drowning_not_breathing_gets_first_aid(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """An outside tester's finding: a dog bite got the snake-bite advice first, and someone pulled
    from a pond not breathing got only the line about throwing a rope (refs #10)."""
    make_bot()
    fake.send_text(671, "a dog bit my son, he is bleeding a lot")
    fake.send_text(672, "my grandpa fell in the pond and isnt breathing")
    fake.send_text(673, "carbon monoxide alarm going off my head hurts")
    fake.send_text(674, "my grandpa fell in the river and is not breathing")
    dog = fake.wait_sent(671, 1)[0]["text"]
    assert URGENT in dog and "rabies vaccine" in dog and "press to stop the bleeding" in dog, dog
    assert "snake" not in dog and "do not suck" not in dog, dog  # a dog bite's own advice alone
    pond = fake.wait_sent(672, 1)[0]["text"]
    assert URGENT in pond and "life ring" in pond, pond
    assert "120" in pond.split("now!", 1)[1] and "CPR" in pond, pond
    river = fake.wait_sent(674, 1)[0]["text"]  # the same drowning in other words: the same advice
    assert "life ring" in river and "CPR" in river, river
    fumes = fake.wait_sent(673, 1)[0]["text"]
    assert URGENT in fumes and "carbon monoxide" in fumes and "open doors and windows" in fumes, fumes
    assert not fake.unexpected_errors()
