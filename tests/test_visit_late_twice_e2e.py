"""A late 回访 complaint sent twice (outside tester T27, finding 2): the first reopens the ticket
whose matter it names; the second, when that ticket is no longer closed as 默认满意, must not be
taken as the late answer of the only other one — a drain ticket sent back to the water bureau
with a complaint about a street light. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.readingkit import OVERRIDES, join_staff, tickets_of, visits_asked, wait_text

CITIZEN = 881
LAMP_STILL_OUT = "路灯那个事根本没解决，晚上还是黑灯瞎火的，不满意"


def test_the_same_late_complaint_again_reopens_no_other_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CITIZEN,))
    visits_asked(fake, bot, {CITIZEN: ["西街1号楼停水两天了，一直没有来水",
                                       "村口的路灯坏了好几天，晚上黑乎乎的"]}, "已处理完毕")
    water, lamp = tickets_of(bot, CITIZEN)
    assert (water["unit"], lamp["unit"]) == ("water", "urban")
    visit_sent = max(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", by_day(visit_sent + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    fake.wait_until(lambda: [t["rating"] for t in tickets_of(bot, CITIZEN)] == ["default"] * 2,
                    timeout=20)

    fake.send_text(CITIZEN, LAMP_STILL_OUT)
    fake.wait_until(lambda: tickets_of(bot, CITIZEN)[1]["state"] == "reopened", timeout=20)
    wait_text(fake, CITIZEN, "重新办理")
    before = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, LAMP_STILL_OUT)
    fake.wait_until(lambda: len(fake.sent(CITIZEN)) > before, timeout=20)  # answered
    fake.wait_until(bot.settled, timeout=20)
    water_now = tickets_of(bot, CITIZEN)[0]
    assert (water_now["state"], water_now["rating"]) == ("closed", "default"), water_now
    assert not bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action = 'reopen'",
                         [water["id"]])
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
