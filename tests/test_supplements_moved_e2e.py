"""A gathered 补充 push (quick follow-ups waiting SUPPLEMENTS_GATHERED_MINUTES as one push) whose
ticket is passed on (/transfer) while it waits goes to the unit holding the ticket when it is
sent, not to the one it left; through the real bot and the fake Bot API (outside tester, round
20; refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.domain.delivery import SUPPLEMENTS_GATHERED_MINUTES
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said
from tests.test_supplements_gathered_e2e import _pushes

CITIZEN, STAFF = 521, 621
WATER_GROUP, HOUSING_GROUP = -1001, -1007
DETAILS = ["再说一下：那根管子就在三号楼东边的绿化带下面",
           "还有：水已经漫到单元门口的台阶了",
           "另外：晚上路过的人容易滑倒"]


def test_a_gathered_supplement_push_follows_its_ticket_to_the_unit_it_moved_to(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    for user in (CITIZEN, STAFF):
        fake.add_user(user)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "units.housing.chat_id": HOUSING_GROUP,
                    "telegram.per_group_per_minute": 0})
    join(bot, fake, STAFF, "--unit", "water")
    fake.send_text(CITIZEN, "三号楼旁边地下的自来水管漏了，一直往外冒水")
    ack = said(fake, CITIZEN, "工单编号")
    [ticket] = bot.tickets()
    assert ticket["unit"] == "water", ticket
    number = ticket["number"]
    fake.wait_until(lambda: _pushes(fake, WATER_GROUP, number))
    for detail in DETAILS:
        fake.send_text(CITIZEN, detail, reply_to=ack["message_id"])
    fake.wait_until(lambda: len(bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action = 'supplement'",
        [ticket["id"]])) == len(DETAILS), timeout=30)
    fake.wait_until(lambda: _pushes(fake, WATER_GROUP, "市民补充"))

    fake.send_text(STAFF, f"/transfer {number} housing 地下管网漏水归住建局的物业维修")
    fake.wait_until(lambda: _pushes(fake, HOUSING_GROUP, number))
    assert bot.tickets()[0]["unit"] == "housing"

    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=SUPPLEMENTS_GATHERED_MINUTES + 1)
    assert bot.cli("tick", "--now", later.isoformat()).returncode == 0
    gathered = fake.wait_until(lambda: next((p for p in _pushes(fake, HOUSING_GROUP, "市民补充")
                                             if DETAILS[2] in p), None))
    assert number in gathered and DETAILS[1] in gathered, gathered
    assert not any(DETAILS[2] in p for p in _pushes(fake, WATER_GROUP, "市民补充"))
    assert not any(DETAILS[2] in p for p in _pushes(fake, STAFF, "市民补充"))
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
