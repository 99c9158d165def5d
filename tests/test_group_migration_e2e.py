"""A unit's group that becomes a supergroup (refs #10): Telegram gives it a new id, says so with
a service message (`migrate_to_chat_id`) and answers a send to the old id with 400 and
`parameters.migrate_to_chat_id` (PTB's ChatMigrated). The unit's binding follows to the new id,
what was queued goes there, nothing is lost or told as failed, and the supervisors are not
alarmed — whether the bot read the service message or only met the 400, and after a restart."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import CITIZEN, NUMBER, SUPERVISOR, WATER, WATER_GROUP, said, start

SUPERGROUP = -1002000000001
NEIGHBOUR = 502


def report(fake: FakeBotAPI, text: str, citizen: int = CITIZEN) -> str:
    before = len([m for m in fake.sent(citizen) if "工单编号" in (m["text"] or "")])
    fake.send_text(citizen, text)
    acks = fake.wait_until(lambda: (got := [m for m in fake.sent(citizen)
                                            if "工单编号" in (m["text"] or "")])[before:] and got)
    return NUMBER.search(acks[before]["text"]).group()  # type: ignore[union-attr,no-any-return]


def quiet(fake: FakeBotAPI, bot: BotProcess) -> None:
    """Nothing failed, nothing lost, nobody alarmed."""
    assert bot.query("SELECT id, chat_id, error FROM outbox WHERE state = 'failed'") == []
    # Only the water unit's reach matters: a digest sent at start (a test run after 08:30 county
    # time) lists the units that never had a group, which is true and no alarm about this one.
    assert not [line for m in fake.sent(SUPERVISOR) for line in (m["text"] or "").splitlines()
                if "工作群" in line and "县水务局" in line]
    assert not [r for r in fake.unexpected_errors() if "upgraded" not in r.description]


def test_the_service_message_moves_the_binding(fake: FakeBotAPI,
                                               make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    fake.migrate_group(WATER_GROUP, SUPERGROUP, WATER)
    fake.wait_until(lambda: bot.query("SELECT 1 FROM events WHERE action = 'chat_moved'"))
    number = report(fake, "我家小区停水两天了")
    said(fake, SUPERGROUP, number)  # the new-ticket push, in the supergroup
    assert not [m for m in fake.sent(WATER_GROUP) if number in (m["text"] or "")]
    # Staff in the supergroup act as the unit's group.
    fake.send_text(WATER, f"/accept {number}", SUPERGROUP)
    said(fake, SUPERGROUP, "已签收")
    assert bot.tickets()[0]["state"] == "accepted"
    assert not [r for r in fake.requests if r.params.get("chat_id") == WATER_GROUP
                and r.status != 200]
    quiet(fake, bot)


def test_a_send_refused_as_moved_follows_and_a_restart_keeps_it(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    fake.migrate_group(WATER_GROUP, SUPERGROUP, WATER, tell=False)  # the bot missed the news
    first = report(fake, "我家小区停水两天了")
    said(fake, SUPERGROUP, first)  # refused at the old id (400), delivered at the new one
    assert any(r.status == 400 and r.params.get("chat_id") == WATER_GROUP for r in fake.requests)
    row = bot.query("SELECT chat_id, state FROM outbox WHERE chat_id IN (?, ?)"
                    " AND method = 'sendMessage' AND params LIKE ?",
                    [WATER_GROUP, SUPERGROUP, f"%{first}%"])
    assert row == [{"chat_id": SUPERGROUP, "state": "sent"}]
    quiet(fake, bot)
    # Started again on the config that still names the old id: the new one is used at once.
    assert bot.stop() == 0
    bot.start()
    asked = len(fake.requests)
    second = report(fake, "东关村自来水停了三天", NEIGHBOUR)
    said(fake, SUPERGROUP, second)
    assert not [r for r in fake.requests[asked:] if r.params.get("chat_id") == WATER_GROUP]
    fake.send_text(WATER, f"/accept {second}", SUPERGROUP)
    said(fake, SUPERGROUP, "已签收")
    quiet(fake, bot)
