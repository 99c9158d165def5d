"""The first answer to an emergency says what to do now about its kind, however it is told:
help! fire!, fire!!, 救火啊 get the fire advice as 我家着火了 does, gas leak! the gas advice, someone
hurt the first-aid one (outside tester; SPEC §4; refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

FIRE = ("119", "不要乘电梯", "湿毛巾")
FIRE_EN = ("119", "never the lift", "wet cloth")  # what one who cried in English reads


def test_an_emergency_told_in_english_or_a_few_words_gets_the_advice_for_its_kind(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    calls = {621: "help! fire!", 622: "fire!!", 623: "救火啊", 624: "我家着火了",
             625: "gas leak!", 626: "有人触电了"}
    for user, text in calls.items():
        fake.send_text(user, text)
    answers = {user: fake.wait_sent(user, 1)[0]["text"] for user in calls}
    for user in (621, 622):
        assert all(word in answers[user] for word in FIRE_EN), answers[user]
        assert "gas" not in answers[user]
    for user in (623, 624):
        assert all(word in answers[user] for word in FIRE), answers[user]
        assert "燃气" not in answers[user]
    assert "If gas is leaking, leave at once" in answers[625]
    assert "never the lift" not in answers[625]
    assert "切断电源" in answers[626] and "不要直接用手" in answers[626]
    tickets = bot.tickets()
    assert len(tickets) == len(calls) and all(t["urgent"] for t in tickets)
    assert not fake.unexpected_errors()
