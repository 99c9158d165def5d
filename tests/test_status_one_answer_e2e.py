"""Outside testers' finding (refs #10), through the real bot and the fake Bot API: `/status 1-5`
answers in one message, not one a ticket; it is cut into more only where Telegram's length
limit needs it."""

from __future__ import annotations

from collections.abc import Callable

from bot.render import TEXT_LIMIT
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN = 671
SHORT = ["我们小区从昨天开始停水了", "小区门口那盏路灯坏了好几天", "楼下的垃圾好几天没人清运了",
         "村口那段路上有个大坑，电动车过不去", "隔壁饭店油烟直接排到我家窗户"]
# A long account, about 1,700 characters on one line: two such tickets fit in one message.
LONG = "，".join(f"第{n}天了，楼下的下水道还是往外冒污水，一楼几户人家门口全是臭水，孩子上学只能绕着走"
                for n in range(1, 41))


def _ask(fake: FakeBotAPI, bot: BotProcess, reports: list[str]) -> list[str]:
    """The citizen reports each of `reports`, then asks /status 1-5: what the bot answers."""
    for n, text in enumerate(reports):
        fake.send_text(CITIZEN, text)
        fake.wait_until(lambda n=n: len(bot.tickets()) == n + 1, timeout=15)
    fake.wait_until(lambda: len(fake.sent(CITIZEN)) >= len(reports), timeout=30)
    fake.wait_until(lambda: not bot.query("SELECT 1 FROM outbox WHERE state IN"
                                          " ('queued', 'sending', 'unknown')"), timeout=30)
    before = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, "/status 1-5")
    numbers = [t["number"] for t in bot.tickets()]
    fake.wait_until(lambda: all(n in "".join(m["text"] for m in fake.sent(CITIZEN)[before:])
                                for n in numbers), timeout=30)
    fake.wait_until(lambda: not bot.query("SELECT 1 FROM outbox WHERE state IN"
                                          " ('queued', 'sending', 'unknown')"), timeout=30)
    return [m["text"] for m in fake.sent(CITIZEN)[before:]]


def test_status_of_five_tickets_is_one_message(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    [answer] = _ask(fake, bot, SHORT)
    assert answer.count("办理记录") == 5
    assert all(t["number"] in answer for t in bot.tickets())
    assert not fake.unexpected_errors()


def test_status_too_long_for_one_message_is_cut_only_as_needed(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    answers = _ask(fake, bot, [f"{LONG}。{matter}" for matter in SHORT[:3]] + SHORT[3:])
    assert len(answers) == 2, answers  # 3 × 1,700 characters and two short ones
    assert all(len(a.encode("utf-16-le")) // 2 <= TEXT_LIMIT for a in answers)
    assert "".join(answers).count("办理记录") == 5
    assert not fake.unexpected_errors()
