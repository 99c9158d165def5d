"""Outside testers' finding (refs #10), through the real bot and the fake Bot API: a citizen who
sends many quick 补充 on one matter must not flood its unit with one push each. The first goes
at once; those within the next few minutes reach the unit together, in one push when that window
ends — kept in the outbox, so a restart loses none, and holding up no other push to the unit.
Every 补充 is still stored on the ticket at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.domain.delivery import SUPPLEMENTS_GATHERED_MINUTES
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess

CITIZEN, NEIGHBOUR, STAFF = 511, 512, 611
WATER_GROUP = -1001
DETAILS = [f"补充第{n}点：楼下阀门井里的水一直往外冒，已经冒了{n + 1}个钟头" for n in range(25)]


def _pushes(fake: FakeBotAPI, chat: int, needle: str) -> list[str]:
    return [t for m in fake.sent(chat) if needle in (t := m["text"] or "")]


def test_quick_supplements_reach_the_unit_gathered_in_one_push_across_a_restart(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user in (CITIZEN, NEIGHBOUR, STAFF):
        fake.add_user(user)
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    fake.wait_until(lambda: any("县水务局" in (m["text"] or "") for m in fake.sent(STAFF)),
                    timeout=15)
    fake.send_text(CITIZEN, "我们小区停水两天了，家里一点水都没有")
    [ack] = fake.wait_sent(CITIZEN, 1, timeout=15)
    [ticket] = bot.tickets()
    number = ticket["number"]
    fake.wait_until(lambda: _pushes(fake, WATER_GROUP, number), timeout=15)

    for detail in DETAILS:
        fake.send_text(CITIZEN, detail, reply_to=ack["message_id"])
    fake.wait_until(lambda: len(bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'",
        [ticket["id"]])) == len(DETAILS), timeout=60)
    assert len(bot.tickets()) == 1
    # The citizen is told their 补充 was added (one reply a burst, once they flood).
    fake.wait_until(lambda: any("补充" in (m["text"] or "") for m in fake.sent(CITIZEN)[1:]),
                    timeout=15)

    # The first 补充 went at once; the rest wait for the window's end, as one push.
    first = fake.wait_until(lambda: _pushes(fake, WATER_GROUP, "市民补充"), timeout=15)
    assert len(first) == 1 and DETAILS[0] in first[0] and DETAILS[1] not in first[0]
    fake.wait_until(lambda: _pushes(fake, STAFF, "市民补充"), timeout=15)

    bot.kill()  # a restart before the window ends loses nothing
    bot.start()
    # The waiting push holds up no other push to the unit: a new ticket reaches it now.
    fake.send_text(NEIGHBOUR, "东关街的自来水管爆了，水流得满街都是")
    fake.wait_until(lambda: len(bot.tickets()) == 2, timeout=15)
    other = bot.tickets()[-1]["number"]
    fake.wait_until(lambda: _pushes(fake, WATER_GROUP, other), timeout=15)
    assert len(_pushes(fake, WATER_GROUP, "市民补充")) == 1

    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=SUPPLEMENTS_GATHERED_MINUTES + 1)
    assert bot.cli("tick", "--now", later.isoformat()).returncode == 0
    for chat in (WATER_GROUP, STAFF):
        pushes = fake.wait_until(lambda c=chat: (p := _pushes(fake, c, "市民补充"))[1:] and p,
                                 timeout=15)
        assert len(pushes) == 2, pushes
        gathered = pushes[1]
        assert number in gathered
        assert all(detail in gathered for detail in DETAILS[1:]), gathered
        assert DETAILS[0] not in gathered  # told already
