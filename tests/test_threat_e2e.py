"""A citizen's threat in anger is not an emergency of someone else (outside tester; refs #10):
`下水道堵了一个月了，再不修我就拿刀去水务局` went to the police as urgent, with a victim's advice to
the citizen, and the drain never reached 县水务局. Through the real bot and the fake Bot API: the
drain is the water bureau's, on the ordinary deadline; its push, /show and /list note that the
citizen spoke of violence in anger, the supervisors are told at once, and the citizen is asked to
stay calm, with no 110 advice. Someone attacking now stays urgent, for the police."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

SUPERVISOR, WATER, POLICE, CITIZEN = 900, 11, 13, 683
THREAT = "下水道堵了一个月了，再不修我就拿刀去水务局"


def _texts(fake: FakeBotAPI, user: int, after: int = 0) -> list[str]:
    return [m["text"] or "" for m in fake.sent(user)[after:]]


def _start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    """The bot with water and police staff and a supervisor."""
    for user in (SUPERVISOR, WATER, POLICE, CITIZEN):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    for user, unit in ((WATER, "water"), (POLICE, "police")):
        invite = bot.cli("invite", "--unit", unit)
        assert invite.returncode == 0, invite.stderr
        fake.send_text(user, f"/join {invite.stdout.splitlines()[-1]}")
        fake.wait_until(lambda u=user: any("绑定成功" in t for t in _texts(fake, u)), timeout=15)
    return bot


def test_a_threat_in_anger_is_the_drains_matter_noted_for_unit_and_supervisors(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _start(fake, make_bot)
    fake.send_text(CITIZEN, THREAT)
    [answer] = [m["text"] for m in fake.wait_sent(CITIZEN, 1)]
    assert "县水务局" in answer and "保持冷静" in answer, answer
    assert "110" not in answer and "紧急" not in answer, answer
    [ticket] = bot.tickets()
    assert ticket["unit"] == "water" and not ticket["urgent"]
    push = fake.wait_until(lambda: next((t for t in _texts(fake, WATER) if "🆕" in t), None),
                           timeout=15)
    assert ticket["number"] in push and "气话" in push and "拿刀" in push and "公安机关" in push
    alert = fake.wait_until(lambda: next((t for t in _texts(fake, SUPERVISOR)
                                          if ticket["number"] in t), None), timeout=15)
    assert "过激言辞" in alert and "县水务局" in alert and "紧急工单" not in alert, alert
    told = len(fake.sent(WATER))
    fake.send_text(WATER, f"/show {ticket['number']}")
    shown = fake.wait_until(lambda: next(iter(_texts(fake, WATER, told)), None), timeout=15)
    assert "言辞提示" in shown and "言辞过激" in shown, shown
    assert not any(ticket["number"] in t for t in _texts(fake, POLICE))  # not the police's
    assert not fake.unexpected_errors()


def test_someone_with_a_knife_now_stays_urgent_for_the_police(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _start(fake, make_bot)
    fake.send_text(CITIZEN, "邻居拿着刀在楼道里喊要杀人")
    [answer] = [m["text"] for m in fake.wait_sent(CITIZEN, 1)]
    assert "110" in answer and "保持冷静" not in answer, answer
    [ticket] = bot.tickets()
    assert ticket["unit"] == "police" and ticket["urgent"]
    push = fake.wait_until(lambda: next((t for t in _texts(fake, POLICE) if "紧急工单" in t), None),
                           timeout=15)
    assert "气话" not in push
    fake.wait_until(lambda: any(ticket["number"] in t and "紧急工单" in t
                                for t in _texts(fake, SUPERVISOR)), timeout=15)
    assert not any("过激言辞" in t for t in _texts(fake, SUPERVISOR))
    assert not fake.unexpected_errors()
