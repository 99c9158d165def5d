"""A report told twice in a few seconds is one ticket (outside tester; refs #10): 俺家门口的井盖丢了
then 井盖丢了 in the same second opened two tickets. Whether the two messages come in one
getUpdates batch (the bot busy or down when they were sent), one at a time, or across a restart
(the first filed, the bot stopped, the second read on starting), the second joins the first's
ticket — kept as its 补充, or recognised as the same words again — and the citizen is told its
number. Through the real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

PAIRS = {  # the second says the first's matter again, shorter, longer or word for word
    801: ("俺家门口的井盖丢了", "井盖丢了"),
    802: ("井盖丢了", "俺家门口的井盖丢了"),
    803: ("幸福小区3号楼停水了", "停水了！"),
    804: ("村口的路灯坏了", "村口的路灯坏了"),
    805: ("人民路88号门口的下水道堵了，污水横流", "下水道堵了"),
}
APART = {  # two matters, or two places, sent as fast: two tickets
    811: ("幸福小区停水了", "幸福小区路灯坏了"),
    812: ("幸福小区3号楼停水了", "幸福小区5号楼停水了"),
}


def _numbers(bot: BotProcess, citizen: int) -> list[str]:
    return [r["number"] for r in bot.query(
        "SELECT number FROM tickets WHERE citizen_id = ? ORDER BY id", [citizen])]


def _answered(fake: FakeBotAPI, citizen: int, count: int) -> list[str]:
    fake.wait_until(lambda: len(fake.sent(citizen)) >= count or None, timeout=20)
    return [m["text"] or "" for m in fake.sent(citizen)]


def _check(bot: BotProcess, fake: FakeBotAPI) -> None:
    for citizen, (first, second) in PAIRS.items():
        said = "\n".join(_answered(fake, citizen, 2))
        numbers = _numbers(bot, citizen)
        assert len(numbers) == 1, (first, second, numbers, said)
        assert said.count(numbers[0]) >= 2, said  # both answers name the one ticket
    for citizen in APART:
        _answered(fake, citizen, 2)
        assert len(_numbers(bot, citizen)) == 2


def test_two_tellings_in_one_batch_are_one_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(start=False)
    for citizen, (first, second) in {**PAIRS, **APART}.items():
        fake.send_text(citizen, first)
        fake.send_text(citizen, second)  # the same second, the bot not yet reading
    bot.start()
    _check(bot, fake)


def test_two_tellings_one_at_a_time_are_one_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    for citizen, (first, second) in {**PAIRS, **APART}.items():
        fake.send_text(citizen, first)
        fake.send_text(citizen, second)
    _check(bot, fake)


def test_two_tellings_across_a_restart_are_one_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    for citizen, (first, _) in {**PAIRS, **APART}.items():
        fake.send_text(citizen, first)
        fake.wait_until(lambda c=citizen: _numbers(bot, c) or None, timeout=20)
    bot.stop()
    for citizen, (_, second) in {**PAIRS, **APART}.items():
        fake.send_text(citizen, second)
    bot.start()
    _check(bot, fake)
