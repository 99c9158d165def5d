"""Delivery on a slow or hostile network, through the real `python -m bot run` on the fake Bot
API (issue 11): sent once on a slow link, fair to every chat under a flood, urgent first, alive
through a 409, one instance per database file, and the sender told when a message is refused."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import telegram

from bot.actions.desk import enqueue
from bot.render import Notice, Outgoing
from bot.sandbox import FakeBotAPI
from bot.store.db import StorageWatch, Store
from handlers import delivery, transport
from handlers.loops import Fatal
from tests.harness import BotProcess, write_config
from tests.test_reliability_e2e import DUPLICATE_MARK, REPORTS, acks_by_number

WATER_GROUP = -1001
SUPERVISOR = 900
SPAMMER, VICTIM = 6001, 6002
NUMBER = re.compile(r"\d{8}-\d{4,}")
EMERGENCY = "水管爆裂了，水淹进屋里，老人被困在家里出不来"


def _acks(fake: FakeBotAPI, chat: int) -> list[dict[str, object]]:
    return [r for r in fake.sent(chat, "sendMessage") if "已收到您的反映" in (r["text"] or "")]


@pytest.mark.slow
def test_a_slow_link_never_sends_twice_and_goes_quiet(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Every send takes 1.3 s but succeeds: each report is acknowledged once, none is resent,
    and nothing more goes out afterwards (the old loop re-sent delivered messages forever)."""
    fake.slow("sendMessage", 1.3)
    make_bot()  # default pacing
    for n in range(3):
        fake.send_text(4242, REPORTS[n].format(n=n + 1))
    fake.wait_until(lambda: len(acks_by_number(fake)) == 3, timeout=30)
    count = len(fake.requests)
    time.sleep(20)  # quiet: anything re-sent would show up now
    assert [r for r in fake.requests[count:] if r.method != "getUpdates"] == []
    assert set(acks_by_number(fake).values()) == {1}
    assert not [text for (_, text) in fake.deliveries() if text.startswith(DUPLICATE_MARK)]
    assert len([r for r in fake.requests if r.method == "sendMessage"]) == 3


@pytest.mark.slow
def test_a_flood_gets_one_reply_and_does_not_hold_up_another_citizen(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """300 messages from one citizen (some of them reports), then another citizen's report:
    every message is stored and every report made a ticket, the flooder gets one reply per
    burst (and, once it is over, one message with the numbers of its tickets), and the other
    citizen is answered long before the flooder's replies are done."""
    limit = 5
    bot = make_bot({"intake.flood_per_minute": limit})
    fake.add_group(-4040, "闲聊群")
    flood = [fake.send_text(SPAMMER, REPORTS[i % 5].format(n=i) if i % 10 == 0 else "你好")
             for i in range(300)]
    for _ in range(40):  # a group the bot does not serve
        fake.send_text(SPAMMER, "/help", chat_id=-4040)
    fake.send_text(VICTIM, "村口路灯坏了三天了，晚上很黑")
    [ack] = fake.wait_until(lambda: _acks(fake, VICTIM), timeout=30)
    # Everything handled and sent but the flood's receipt, which waits for the flood to end.
    fake.wait_until(lambda: not bot.query(
        "SELECT 1 FROM inbox WHERE processed_at IS NULL UNION ALL SELECT 1 FROM outbox"
        " WHERE state IN ('queued', 'sending', 'unknown') AND dedupe_key NOT LIKE 'receipts:%'"),
        timeout=60)
    replies = fake.sent(SPAMMER)
    assert ack["at"] < replies[-1]["at"]  # the victim did not wait behind the flood
    assert len(replies) == limit + 1 and "消息较多" in (replies[-1]["text"] or "")
    assert len(fake.sent(-4040)) == 1  # the first pointer, then nothing
    stored = bot.query("SELECT count(*) AS n FROM inbox WHERE chat_id = ?", [SPAMMER])[0]["n"]
    assert stored == len(flood)
    made = [t["number"] for t in bot.tickets() if t["citizen_id"] == SPAMMER]
    assert len(made) == 30
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=2)  # the flood is long over
    assert bot.cli("tick", "--now", later.isoformat()).returncode == 0
    receipt = fake.wait_sent(SPAMMER, limit + 2, timeout=30)[-1]["text"]
    # The first report was answered before the flood; 20 of the other 29 listed, oldest first.
    assert NUMBER.findall(receipt) == made[1:21] and "另有 9 件" in receipt


@pytest.mark.slow
def test_an_emergency_overtakes_a_unit_groups_backlog(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """60 reports from as many citizens fill the water unit's group queue (20 a minute: three
    minutes' worth; one citizen's 60 would wait at the hotline, bot.actions.floods); an
    emergency after them reaches the group within a few pushes, and its citizen at once."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    make_bot({"units.water.chat_id": WATER_GROUP})
    for i in range(60):
        fake.send_text(7000 + i, f"{i + 1}号楼停水了")
    fake.wait_until(lambda: fake.sent(WATER_GROUP), timeout=30)  # the backlog is going out
    fake.send_text(VICTIM, EMERGENCY)
    pushes = fake.wait_until(lambda: [
        i for i, r in enumerate(fake.sent(WATER_GROUP)) if "水管爆裂" in (r["text"] or "")],
        timeout=20)
    assert pushes[0] <= 3, fake.sent(WATER_GROUP)  # not behind the 60 spam pushes
    [ack] = _acks(fake, VICTIM)
    assert "119" in ack["text"] or "110" in ack["text"]


def test_two_409s_then_a_report_is_answered(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.fail_next("getUpdates", 409, count=2, description="Conflict: terminated by other "
                   "getUpdates request; make sure that only one bot instance is running")
    bot = make_bot()
    fake.send_text(4343, "小区门口的下水道堵了，污水漫到路上")
    fake.wait_until(lambda: _acks(fake, 4343), timeout=30)
    assert bot.log_text().count("409 Conflict") == 1  # one line, no traceback (conftest)
    assert bot.proc is not None and bot.proc.poll() is None


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_a_second_bot_on_the_same_file_is_refused(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path, link: str
) -> None:
    make_bot()
    other = tmp_path / "other"
    other.mkdir()
    twin = other / "twin.db"
    (twin.symlink_to if link == "symlink" else twin.hardlink_to)(tmp_path / "intake.db")
    second = BotProcess(other, fake, {"storage.database": str(twin)})
    second.start(wait_ready=False)
    assert second.proc is not None and second.proc.wait(30) != 0
    lines = second.log_text().strip().splitlines()
    assert len(lines) == 1 and "another bot is already running" in lines[0], lines


def test_a_refused_message_tells_the_person_who_acted(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path
) -> None:
    """A post to a channel Telegram refuses ("chat not found") is given up, and its failure
    notice reaches the supervisor who asked for it; nothing is retried."""
    fake.add_user(SUPERVISOR, "督查", "duchar")
    bot = make_bot(start=False)
    store = Store.open(bot.database)
    with store.atomic() as db:
        enqueue(db, Outgoing("publish:test", -100999, "《金来办、今天办》", notice=Notice(
            SUPERVISOR, "⚠️ 公开栏目未能发出：频道拒收")), store.now())
    store.close()
    bot.start()
    [notice] = fake.wait_sent(SUPERVISOR, 1, timeout=15)
    assert notice["text"] == "⚠️ 公开栏目未能发出：频道拒收"
    [row] = bot.query("SELECT state, error FROM outbox WHERE dedupe_key = 'publish:test'")
    assert row["state"] == "failed" and "chat not found" in row["error"].lower()
    assert len([r for r in fake.requests if r.params.get("chat_id") == -100999]) == 1


# -- in-process: the loops themselves ----------------------------------------------------------
@pytest.mark.filterwarnings("ignore:Please use 'Bot.:telegram.warnings.PTBUserWarning")
async def test_a_409_lasting_over_the_limit_stops_polling_with_one_line(
    fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(transport, "CONFLICT_LIMIT", 1.5)
    fake.conflict_for(600)
    store = Store.memory()
    async with telegram.Bot(fake.token, base_url=fake.base_url) as bot:
        with pytest.raises(Fatal, match="409 Conflict for over"):
            await asyncio.wait_for(transport.poll(bot, store, asyncio.Event(), StorageWatch()),
                                   30)
    assert caplog.text.count("409 Conflict") == 1


class _Flaky(telegram.Bot):
    """A bot whose first send crashes inside the client (a bug, not a Telegram answer)."""

    crashed = False

    async def do_api_request(self, *args: object, **kwargs: object) -> object:  # type: ignore[override]
        if not _Flaky.crashed:
            _Flaky.crashed = True
            raise RuntimeError("boom in the HTTP client")
        return await super().do_api_request(*args, **kwargs)  # type: ignore[arg-type]


@pytest.mark.filterwarnings("ignore:Please use 'Bot.:telegram.warnings.PTBUserWarning")
async def test_a_crashed_send_is_logged_once_and_resent_marked(
    fake: FakeBotAPI, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from bot.config import load_config

    fake.add_user(77)
    config = load_config(write_config(tmp_path, fake), env={"INTAKE_BOT_TOKEN": fake.token})
    store = Store.open(config.storage.database)
    with store.atomic() as db:
        enqueue(db, Outgoing("t", 77, "您的工单已办结"), store.now())
    caplog.set_level(logging.WARNING)
    async with _Flaky(fake.token, base_url=fake.base_url) as bot:
        deliverer = delivery.Deliverer(bot, store, config.telegram)
        task = asyncio.create_task(deliverer.run())
        try:
            [sent] = await fake.await_sent(77, 1, timeout=15)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    store.close()
    assert sent["text"].startswith(DUPLICATE_MARK) and sent["text"].endswith("您的工单已办结")
    [crash] = [r for r in caplog.records if r.exc_info]  # logged once, with its traceback
    assert "unexpected error" in crash.getMessage()
