"""A citizen's commands through the real bot process and the fake Bot API: answered during a
flood (within a limit), and `/my` saying what it leaves out (SPEC §4, §7)."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable

from bot.config import load_config
from bot.domain.delivery import COMMANDS_IN_A_FLOOD
from bot.sandbox import FakeBotAPI
from bot.store import tickets
from bot.store.db import Store
from tests.harness import BotProcess

CITIZEN = 501
NUMBER = re.compile(r"\d{8}-\d{4,}")
FLOOD = 3  # [intake] flood_per_minute in these tests


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or "" for m in fake.sent(chat)]


def _settled(bot: BotProcess, stored: int) -> bool:
    """All `stored` messages of the citizen handled, and everything answered sent."""
    return bot.query("SELECT count(*) AS n FROM inbox WHERE chat_id = ? AND processed_at IS NOT"
                     " NULL", [CITIZEN])[0]["n"] == stored and not bot.query(
        "SELECT 1 FROM outbox WHERE state IN ('queued', 'sending', 'unknown')")


def test_commands_are_answered_in_a_flood_and_a_flood_of_commands_is_not(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """A citizen who set off the flood notice still gets /my, /status and /help answered; past
    COMMANDS_IN_A_FLOOD commands in a minute, commands are stored but not answered."""
    bot = make_bot({"intake.flood_per_minute": FLOOD})
    fake.send_text(CITIZEN, "村口的路灯坏了三天了，晚上特别黑")
    [ack] = fake.wait_sent(CITIZEN, 1)
    number = NUMBER.search(ack["text"]).group()  # type: ignore[union-attr]
    started = time.monotonic()
    for _ in range(FLOOD - 1):
        fake.send_text(CITIZEN, "你好")
    fake.send_text(CITIZEN, "/my")  # the first message over the limit: notice and answer
    fake.send_text(CITIZEN, "你好")  # in the flood: not answered
    fake.send_text(CITIZEN, f"/status {number}")
    fake.send_text(CITIZEN, "/help")
    fake.wait_until(lambda: _settled(bot, 1 + FLOOD + 3), timeout=60)
    said = _texts(fake, CITIZEN)[1:]
    assert sum("消息较多" in t for t in said) == 1  # the one notice for the burst
    assert any("您反映的问题" in t and number in t for t in said)  # /my
    assert any("办理记录" in t and number in t for t in said)  # /status
    assert any("隐私" in t and "120" in t for t in said)  # /help
    assert len(said) == (FLOOD - 1) + 1 + 3  # greetings before the flood, notice, 3 answers
    assert "消息较多" in said[FLOOD - 1] and "您反映的问题" in said[FLOOD]

    # A flood of commands: answered up to the limit within the minute, then ONE notice to
    # wait about a minute (silence would look like a dead bot; a notice each would add to the
    # flood), then stored without a word.
    before = len(fake.sent(CITIZEN))
    for _ in range(10):
        fake.send_text(CITIZEN, "/my")
    fake.wait_until(lambda: _settled(bot, 1 + FLOOD + 3 + 10), timeout=60)
    assert time.monotonic() - started < 55, "the test must stay within one minute"
    after = _texts(fake, CITIZEN)[before:]
    assert len(after) == COMMANDS_IN_A_FLOOD - 3 + 1
    assert all("您反映的问题" in t for t in after[:-1])
    assert "一分钟" in after[-1] and "稍" in after[-1]  # wait about a minute and try again
    assert not fake.unexpected_errors()


def test_my_says_how_many_it_leaves_out_and_how_to_see_them(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """25 tickets: /my lists the newest 20, says there are 25, how many of the others are still
    being handled, and that an older one is seen with /status NUMBER (which works)."""
    bot = make_bot(start=False)
    config = load_config(bot.config)
    store = Store.open(bot.database)
    now = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    with store.atomic() as db:
        made = [tickets.create(
            db, config, source_key=f"seed:{n}", citizen_id=CITIZEN, chat_id=CITIZEN,
            citizen_name="张三", text=f"第{n + 1}次反映：小区路灯不亮", unit="urban",
            urgent=False, keywords=["路灯"], confidence=0.9, now=now + dt.timedelta(minutes=n))
            for n in range(25)]
        for old in made[:2]:  # two of the five oldest were withdrawn
            tickets.transition(db, old, "withdraw", now, CITIZEN, "citizen")
    store.close()
    bot.start()
    fake.send_text(CITIZEN, "/my")
    [listing] = fake.wait_sent(CITIZEN, 1)
    text = listing["text"]
    shown = NUMBER.findall(text)
    assert shown[:20] == [t.number for t in reversed(made[5:])]
    assert "共 25 件" in text and "最近的 20 件" in text
    assert "3 件仍在办理" in text and "/status" in text
    assert "/my 2" in text  # how to see the older ones
    fake.send_text(CITIZEN, f"/status {made[0].number}")
    [_, status] = fake.wait_sent(CITIZEN, 2)
    assert made[0].number in status["text"] and "办理记录" in status["text"]

    # The next page: the 5 older ones, newest first, and no pointer to a page after it.
    fake.send_text(CITIZEN, "/my 2")
    page = fake.wait_sent(CITIZEN, 3)[-1]["text"]
    assert NUMBER.findall(page) == [t.number for t in reversed(made[:5])]
    assert "第 2 页" in page and "共 25 件" in page and "已撤回" in page
    assert "/my 3" not in page
    fake.send_text(CITIZEN, "/my ３")  # typed with a Chinese input method: past the last page
    beyond = fake.wait_sent(CITIZEN, 4)[-1]["text"]
    assert not NUMBER.findall(beyond) and "共 2 页" in beyond and "/my 2" in beyond
    fake.send_text(CITIZEN, "/my 下一页")  # not a page number: how to use it
    usage = fake.wait_sent(CITIZEN, 5)[-1]["text"]
    assert "/my 2" in usage and "/status" in usage
    fake.send_text(CITIZEN, "/my 99999999999999999999999")  # far past the last page
    far = fake.wait_sent(CITIZEN, 6)[-1]["text"]
    assert "共 2 页，没有第 99999999999999999999999 页" in far and "/my 2" in far

    fake.send_text(CITIZEN + 1, "/my")  # a citizen with no tickets, and one with few
    assert "还没有反映过问题" in fake.wait_sent(CITIZEN + 1, 1)[0]["text"]
    fake.send_text(CITIZEN + 1, "公园的长椅坏了好几把")
    fake.send_text(CITIZEN + 1, "/my 2")  # one page: one way back to it
    single = fake.wait_sent(CITIZEN + 1, 3)[-1]["text"]
    assert "共 1 页，没有第 2 页" in single and single.count("/my") == 1


def test_tickets_made_in_a_flood_get_their_numbers_in_one_message_after_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Reports sent in a flood are not acknowledged one by one, but the citizen still learns
    their numbers: one message a minute after the flood's last report lists them (not the
    emergency, answered at once with its number), and nothing before that."""
    bot = make_bot({"intake.flood_per_minute": FLOOD})
    for _ in range(FLOOD):
        fake.send_text(CITIZEN, "你好")
    reports = ["村口的路灯坏了三天了，晚上特别黑", "小区停水两天了，一直没人管"]
    fake.send_text(CITIZEN, reports[0])  # the first message over the limit: the notice
    fake.send_text(CITIZEN, reports[1])
    fake.send_text(CITIZEN, "水管爆裂了，水淹进屋里，老人被困在家里出不来")
    fake.send_text(CITIZEN, "谢谢")
    fake.send_text(CITIZEN, "学校门口的下水道堵了，污水漫到路上")
    fake.wait_until(lambda: bot.query(
        "SELECT count(*) AS n FROM inbox WHERE chat_id = ? AND processed_at IS NOT NULL",
        [CITIZEN])[0]["n"] == FLOOD + 5, timeout=60)
    said = fake.wait_sent(CITIZEN, FLOOD + 2, timeout=30)
    made = [t for t in bot.tickets() if t["citizen_id"] == CITIZEN]
    assert len(made) == 4
    flooded = [t["number"] for t in made if not t["urgent"]]
    [urgent] = [t["number"] for t in made if t["urgent"]]
    # (The emergency's answer goes ahead of everything else queued for the chat.)
    [notice] = [m["text"] for m in said if "消息较多" in (m["text"] or "")]
    assert "编号" in notice  # it says the numbers will come
    [ack] = [m["text"] for m in said if urgent in (m["text"] or "")]
    assert "119" in ack
    assert not [m for m in said if any(n in (m["text"] or "") for n in flooded)]
    time.sleep(2)
    assert len(fake.sent(CITIZEN)) == FLOOD + 2  # nothing else yet: the flood may go on

    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    assert bot.cli("tick", "--now", later.isoformat()).returncode == 0
    [*_, receipt] = fake.wait_sent(CITIZEN, FLOOD + 3, timeout=30)
    assert NUMBER.findall(receipt["text"]) == flooded
    assert "县水务局" in receipt["text"] and "/status" in receipt["text"]
    time.sleep(2)
    assert len(fake.sent(CITIZEN)) == FLOOD + 3  # one message for the whole flood
    assert not fake.unexpected_errors()


def _receipts(fake: FakeBotAPI) -> list[str]:
    return [t for t in _texts(fake, CITIZEN) if t.startswith("📋")]


def _handled(bot: BotProcess, count: int) -> Callable[[], bool]:
    return lambda: bot.query("SELECT count(*) AS n FROM inbox WHERE chat_id = ? AND processed_at"
                             " IS NOT NULL", [CITIZEN])[0]["n"] == count


def test_a_repeat_sent_in_a_flood_learns_the_ticket_it_joined(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """The same words sent again during a flood join their ticket (no second ticket), and the
    burst's receipt names that ticket, so the citizen knows their repeat was not lost."""
    bot = make_bot({"intake.flood_per_minute": FLOOD})
    lamp = "村口的路灯坏了三天了，晚上特别黑"
    fake.send_text(CITIZEN, lamp)
    number = NUMBER.search(fake.wait_sent(CITIZEN, 1)[0]["text"]).group()  # type: ignore[union-attr]
    for _ in range(FLOOD - 1):
        fake.send_text(CITIZEN, "你好")
    fake.send_text(CITIZEN, lamp)  # the first message over the limit, a repeat
    fake.send_text(CITIZEN, "小区停水两天了，一直没人管")
    fake.wait_until(_handled(bot, FLOOD + 2), timeout=60)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)
    assert bot.cli("tick", "--now", later.isoformat()).returncode == 0
    fake.wait_until(lambda: _receipts(fake), timeout=30)
    [receipt] = _receipts(fake)
    water = next(t["number"] for t in bot.tickets() if t["unit"] == "water")
    assert NUMBER.findall(receipt) == [number, water]
    assert "并入" in receipt.split("\n")[1] and "并入" not in receipt.split("\n")[2]
    assert len(bot.tickets()) == 2
    assert not fake.unexpected_errors()


def test_a_flood_that_never_pauses_still_gets_its_receipt(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Each report in a flood puts its receipt off a minute, but not past three minutes after
    the burst's first report: a citizen who keeps sending still learns the numbers, and the
    next report starts a receipt of its own."""
    bot = make_bot({"intake.flood_per_minute": FLOOD})
    start = dt.datetime.now(dt.UTC)
    for _ in range(FLOOD):
        fake.send_text(CITIZEN, "你好")
    reports = ["村口的路灯坏了三天了，晚上特别黑", "小区停水两天了，一直没人管",
               "学校门口的下水道堵了，污水漫到路上", "菜市场门口垃圾堆了一周没人清"]
    # A report every 50 seconds by the county clock (`tick --now` moves it; Telegram's clock
    # does not, so it is all one flood): each comes before the receipt was due.
    for n, text in enumerate(reports):
        if n:
            at = start + dt.timedelta(seconds=50 * n)
            assert bot.cli("tick", "--now", at.isoformat()).returncode == 0
        fake.send_text(CITIZEN, text)
        fake.wait_until(_handled(bot, FLOOD + 1 + n), timeout=60)
    assert not _receipts(fake)
    [waiting] = bot.query("SELECT not_before FROM outbox WHERE dedupe_key LIKE 'receipts:%'")
    first = dt.datetime.fromisoformat(bot.tickets()[0]["received_at"])
    assert dt.datetime.fromisoformat(waiting["not_before"]) == first + dt.timedelta(minutes=3)
    assert bot.cli("tick", "--now", (first + dt.timedelta(seconds=181)).isoformat()).returncode == 0
    fake.wait_until(lambda: _receipts(fake), timeout=30)
    made = [t["number"] for t in bot.tickets()]
    assert NUMBER.findall(_receipts(fake)[0]) == made and len(made) == 4
    fake.send_text(CITIZEN, "公园的长椅坏了好几把")  # the flood goes on: a receipt of its own
    fake.wait_until(_handled(bot, FLOOD + 5), timeout=60)
    assert bot.cli("tick", "--now", (first + dt.timedelta(seconds=400)).isoformat()).returncode == 0
    fake.wait_until(lambda: len(_receipts(fake)) == 2, timeout=30)
    [last] = [t["number"] for t in bot.tickets() if t["number"] not in made]
    assert NUMBER.findall(_receipts(fake)[1]) == [last]
    assert not fake.unexpected_errors()
