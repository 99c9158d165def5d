"""Outside testers' findings on messages that never arrive (refs #10), through the real
`python -m bot run` on the fake Bot API:

- a send Telegram answers with 5xx until the retries run out was only marked failed, and nobody
  was told: now, as for a citizen who blocked the bot, the ticket's unit learns its citizen did
  not get a message (to call them back), and the supervisors that a unit's group did not;
- the bot removed from a unit's group (my_chat_member `left`, or a send refused for good) was
  not reported and the unit's pushes were given up: now the supervisors are told, the pushes are
  kept, and they go out when the bot is back in the group or the unit's chat is fixed in the
  config."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bot.render import Outgoing
from bot.sandbox import FakeBotAPI
from bot.store.db import Store
from bot.store.outbox import RETRY_LIMIT
from tests.harness import BotProcess

WATER_GROUP = -1001
NEW_GROUP = -1002
SUPERVISOR = 900
CITIZEN = 4242
REPORT = "李庄村停水两天了，一直没人管"


def texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [r["text"] or "" for r in fake.sent(chat, "sendMessage")]


def start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], group: int = WATER_GROUP,
          start: bool = True) -> BotProcess:
    fake.add_user(SUPERVISOR, "督查", "duchar")
    return make_bot({"units.water.chat_id": group, "people.supervisors": [SUPERVISOR]},
                    start=start)


def reported(fake: FakeBotAPI, bot: BotProcess) -> dict[str, Any]:
    """The citizen's report, acknowledged; its ticket."""
    fake.send_text(CITIZEN, REPORT)
    fake.wait_until(lambda: any("已收到您的反映" in t for t in texts(fake, CITIZEN)), timeout=30)
    [ticket] = bot.tickets()
    assert ticket["unit"] == "water"
    return ticket


def exhaust(bot: BotProcess, message: Outgoing) -> None:
    """Queue `message` (the bot stopped) as if all but its last retry had failed already."""
    store = Store.open(bot.database)
    try:
        with store.atomic() as db:
            from bot.actions.desk import enqueue

            enqueue(db, message, store.now())
            db.execute("UPDATE outbox SET attempts = ? WHERE dedupe_key = ?",
                       [RETRY_LIMIT - 1, message.key])
    finally:
        store.close()


def settled(bot: BotProcess) -> Callable[[], bool]:
    return lambda: not bot.query("SELECT 1 FROM outbox WHERE state IN ('queued', 'sending',"
                                 " 'unknown')")


def test_a_citizen_message_failing_to_the_limit_is_told_to_the_unit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = start(fake, make_bot)
    ticket = reported(fake, bot)
    fake.wait_until(lambda: any(ticket["number"] in t for t in texts(fake, WATER_GROUP)),
                    timeout=30)
    fake.wait_until(settled(bot), timeout=30)
    bot.stop()
    exhaust(bot, Outgoing(f"push:{ticket['id']}:reply:t", CITIZEN, "答复：已安排维修人员",
                          ticket_id=ticket["id"]))
    fake.fail_next("sendMessage", 502, count=3)  # whatever else goes first just retries
    bot.start()
    told = fake.wait_until(lambda: [t for t in texts(fake, WATER_GROUP)
                                    if "多次发送失败" in t], timeout=30)
    assert ticket["number"] in told[0] and "/contact" in told[0], told
    [row] = bot.query("SELECT state FROM outbox WHERE dedupe_key = ?",
                      [f"push:{ticket['id']}:reply:t"])
    assert row["state"] == "failed"
    assert not any("答复：已安排维修人员" in t for t in texts(fake, CITIZEN))
    fake.wait_until(settled(bot), timeout=30)
    assert not any("多次发送失败" in t for t in texts(fake, SUPERVISOR))  # the unit's to call
    assert len(told) == 1


def test_a_unit_group_message_failing_to_the_limit_is_told_to_the_supervisors(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = start(fake, make_bot)
    ticket = reported(fake, bot)
    fake.wait_until(settled(bot), timeout=30)
    bot.stop()
    exhaust(bot, Outgoing(f"unit:{ticket['id']}:remind:t:{WATER_GROUP}", WATER_GROUP,
                          f"⏰ 工单 {ticket['number']} 即将到期", ticket_id=ticket["id"]))
    fake.fail_next("sendMessage", 500, count=3)
    bot.start()
    told = fake.wait_until(lambda: [t for t in texts(fake, SUPERVISOR)
                                    if "多次发送失败" in t], timeout=30)
    assert "县水务局工作群" in told[0] and ticket["number"] in told[0], told
    assert not any("即将到期" in t for t in texts(fake, WATER_GROUP))


def _membership(fake: FakeBotAPI, chat: int, status: str) -> None:
    """Telegram's my_chat_member update: an admin changed the bot's membership of `chat`."""
    admin = {"id": 5151, "is_bot": False, "first_name": "群主"}
    with fake._cond:
        fake._push("my_chat_member", {
            "chat": {"id": chat, "type": "supergroup", "title": "县水务局工作群"},
            "from": admin, "date": int(time.time()),
            "old_chat_member": {"user": fake.bot_user,
                                "status": "left" if status == "member" else "member"},
            "new_chat_member": {"user": fake.bot_user, "status": status}})


def test_the_bot_removed_from_a_unit_group_keeps_its_pushes_until_it_is_back(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = start(fake, make_bot)
    _membership(fake, WATER_GROUP, "left")
    [gone] = fake.wait_until(lambda: [t for t in texts(fake, SUPERVISOR) if "移出" in t],
                             timeout=30)
    assert "县水务局" in gone and "保留" in gone, gone
    ticket = reported(fake, bot)
    # Nobody can reach the unit now: the supervisors hear it, and the push waits, kept.
    fake.wait_until(lambda: any(ticket["number"] in t for t in texts(fake, SUPERVISOR)),
                    timeout=30)
    time.sleep(2)
    assert not any(ticket["number"] in t for t in texts(fake, WATER_GROUP))
    [row] = bot.query("SELECT state FROM outbox WHERE chat_id = ? AND ticket_id = ?",
                      [WATER_GROUP, ticket["id"]])
    assert row["state"] == "held"
    _membership(fake, WATER_GROUP, "member")
    fake.wait_until(lambda: any(ticket["number"] in t for t in texts(fake, WATER_GROUP)),
                    timeout=30)
    [back] = fake.wait_until(lambda: [t for t in texts(fake, SUPERVISOR) if "回到" in t],
                             timeout=30)
    assert "县水务局" in back and "补发" in back, back
    assert not fake.unexpected_errors()


def test_a_unit_group_refused_for_good_is_held_and_goes_to_the_chat_fixed_in_the_config(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot)  # WATER_GROUP unknown to Telegram: "chat not found"
    ticket = reported(fake, bot)
    [gone] = fake.wait_until(lambda: [t for t in texts(fake, SUPERVISOR) if "移出" in t],
                             timeout=30)
    assert "chat_id" in gone and "water" in gone, gone
    fake.wait_until(lambda: bot.query("SELECT 1 FROM outbox WHERE chat_id = ? AND state ="
                                      " 'held'", [WATER_GROUP]), timeout=30)
    assert not bot.query("SELECT 1 FROM outbox WHERE chat_id = ? AND state = 'failed'",
                         [WATER_GROUP])
    bot.stop()
    fake.add_group(NEW_GROUP, "县水务局新工作群")
    start(fake, make_bot, NEW_GROUP)
    pushed = fake.wait_until(lambda: [t for t in texts(fake, NEW_GROUP)
                                      if ticket["number"] in t], timeout=30)
    assert pushed[0].startswith("🆕"), pushed
    fake.wait_until(lambda: any("已在配置中更新" in t for t in texts(fake, SUPERVISOR)),
                    timeout=30)
    assert not bot.query("SELECT 1 FROM held_chats")


# -- the rule of who is told, on a tiny desk ----------------------------------------------------

def _given_up(kit: Any, *messages: Outgoing) -> None:
    from bot.actions import lost
    from bot.actions.desk import enqueue
    from tests.staffkit import NOW

    with kit.desk.store.atomic() as db:
        for message in messages:
            enqueue(db, message, NOW)
        ids = [r[0] for r in db.execute("SELECT id FROM outbox WHERE dedupe_key IN"
                                        f" ({', '.join('?' * len(messages))})",
                                        [m.key for m in messages])]
        lost.given_up(kit.desk, db, ids, NOW)


def test_a_lost_message_is_told_once_and_never_of_a_citizens_chat_to_supervisors() -> None:
    from bot.domain.permissions import Role
    from tests.staffkit import WATER_GROUP, make_kit

    kit = make_kit(supervisors=(900,))
    kit.bind(11, Role.STAFF, "water")
    number = kit.report(501, "李庄村停水两天了")
    ticket = kit.ticket(number)
    before = {chat: len(kit.sent_to(chat)) for chat in (900, 11, WATER_GROUP)}
    # A citizen's answer about no ticket (a greeting's reply): nobody's work, nobody told.
    _given_up(kit, Outgoing("re:77:hello", 501, "您好"))
    assert {chat: len(kit.sent_to(chat)) for chat in before} == before
    # Two pushes to the citizen lost the same day: the unit is told once, the citizen never.
    _given_up(kit, Outgoing(f"push:{ticket['id']}:a", 501, "答复一", ticket_id=ticket["id"]),
              Outgoing(f"push:{ticket['id']}:b", 501, "答复二", ticket_id=ticket["id"]))
    told = [t for t in kit.sent_to(WATER_GROUP) if "多次发送失败" in t]
    assert len(told) == 1 and number in told[0]
    assert [t for t in kit.sent_to(11) if "多次发送失败" in t] == told
    assert not [t for t in kit.sent_to(900) if "多次发送失败" in t]
    # A staff member's private message lost: the supervisors, naming them; the notice about it
    # lost in turn tells nobody more.
    _given_up(kit, Outgoing(f"unit:{ticket['id']}:remind:11", 11, "提醒", ticket_id=ticket["id"]))
    [sup] = [t for t in kit.sent_to(900) if "多次发送失败" in t]
    assert "员工11" in sup and number in sup
    rows = kit.db.execute("SELECT dedupe_key FROM outbox WHERE chat_id = 900").fetchall()
    from bot.actions import lost
    from tests.staffkit import NOW

    with kit.desk.store.atomic() as db:
        ids = [r[0] for r in db.execute("SELECT id FROM outbox WHERE dedupe_key LIKE 'sup:lost:%'")]
        lost.given_up(kit.desk, db, ids, NOW)
    assert kit.db.execute("SELECT dedupe_key FROM outbox WHERE chat_id = 900").fetchall() == rows
