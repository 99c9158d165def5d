"""Nothing is lost: kill -9 mid-burst, Telegram errors, blocked users — against the real process."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from bot.texts.common import possible_duplicate
from tests.harness import BotProcess

NUMBER = re.compile(r"\d{8}-\d{4,}")
DUPLICATE_MARK = possible_duplicate("").strip()
REPORTS = [
    "{n}号楼停水两天了，一直没人管",
    "村口路灯坏了{n}天了，晚上很黑",
    "公司拖欠我们{n}个月工资不发",
    "小区楼下烧烤店油烟太大，第{n}次反映了",
    "孩子上学的校车超载，今天坐了{n}个人",
]


def acks_by_number(fake: FakeBotAPI) -> Counter[tuple[str, bool]]:
    """(ticket number, marked as possible duplicate) → how many acknowledgements were sent."""
    counts: Counter[tuple[str, bool]] = Counter()
    for record in fake.sent(method="sendMessage"):
        text = record["text"] or ""
        if "已收到您的反映" in text:
            number = NUMBER.search(text)
            assert number is not None
            counts[(number[0], text.startswith(DUPLICATE_MARK))] += 1
    return counts


def assert_each_message_one_ticket_one_ack(
    bot: BotProcess, fake: FakeBotAPI, messages: list[dict[str, object]]
) -> None:
    tickets = bot.tickets()
    keys = Counter(t["source_key"] for t in tickets)
    expected = {f"tg:{m['chat']['id']}:{m['message_id']}" for m in messages}  # type: ignore[index]
    assert set(keys) == expected and max(keys.values()) == 1
    acks = acks_by_number(fake)
    for ticket in tickets:
        plain, marked = acks[(ticket["number"], False)], acks[(ticket["number"], True)]
        assert plain <= 1 and plain + marked >= 1, (ticket["number"], plain, marked)


@pytest.mark.slow
def test_kill_9_in_a_burst_loses_nothing_and_duplicates_nothing(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    messages = []
    for i in range(200):
        user = 1000 + i % 50
        # each citizen's next message tells another matter (one differing only by a number
        # within a minute would be a repeat of the first, bot.actions.floods)
        messages.append(fake.send_text(user, REPORTS[(i + i // 50) % len(REPORTS)].format(n=i + 1)))
        if i == 120:
            fake.wait_until(lambda: len(acks_by_number(fake)) >= 30, timeout=30)
            bot.kill()
            bot.start()
    fake.wait_until(lambda: len(bot.tickets()) == 200, timeout=60)
    fake.wait_until(lambda: len(acks_by_number(fake)) >= 200, timeout=120)
    time.sleep(1)  # anything sent twice would show up now
    assert_each_message_one_ticket_one_ack(bot, fake, messages)
    assert fake.pending_updates() == 0 or fake.last_confirmed_offset > 0
    assert not fake.unexpected_errors()


def test_429_storms_and_5xx_bursts_lose_nothing(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.fail_next("sendMessage", 429, count=4, retry_after=1)
    fake.fail_next("sendMessage", 500, count=3)
    fake.fail_next("sendMessage", 502, count=3)
    fake.fail_next("getUpdates", 502, count=2)
    messages = [fake.send_text(2000 + i, REPORTS[i % 5].format(n=i)) for i in range(6)]
    fake.wait_until(lambda: len(acks_by_number(fake)) == 6, timeout=60)
    assert_each_message_one_ticket_one_ack(bot, fake, messages)
    assert not any(marked for _, marked in acks_by_number(fake))  # errors, not timeouts


def test_blocked_user_does_not_stall_others(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.block(3001)
    fake.send_text(3001, "我们小区停水三天了")
    fake.send_text(3002, "村里路灯坏了好几天了")
    fake.wait_sent(3002, 1, timeout=15)
    fake.wait_until(lambda: bot.query(
        "SELECT unreachable_at FROM people WHERE user_id = 3001")[0]["unreachable_at"])
    assert {t["citizen_id"] for t in bot.tickets()} == {3001, 3002}  # the report is still kept


def test_queued_messages_survive_a_restart(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    fake.fail_next("sendMessage", 500, count=3)  # Telegram failing to send for a while
    fake.send_text(4001, "县城东关路上的井盖丢了，很危险")
    fake.wait_until(lambda: bot.query("SELECT * FROM outbox WHERE attempts > 0"), timeout=15)
    bot.kill()
    bot.start()
    [ack] = fake.wait_sent(4001, 1, timeout=30)
    assert "已收到您的反映" in ack["text"]


def test_redelivered_update_makes_no_second_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot()
    message = fake.send_text(5001, "我家门口的路灯坏了")
    fake.wait_sent(5001, 1)
    bot.kill()
    # Telegram redelivers an update whose confirmation it never saw: same update again.
    fake.inject_update({"message": message})
    bot.start()
    fake.wait_until(lambda: fake.pending_updates() == 0, timeout=40)
    time.sleep(0.5)
    [ticket] = bot.tickets()
    assert acks_by_number(fake)[(ticket["number"], False)] == 1  # (+ a marked resend at most)
