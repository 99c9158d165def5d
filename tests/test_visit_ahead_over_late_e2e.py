"""A positive answer typed right after a 办结 is that ticket's, not a late answer to another
ticket closed as 默认满意 days before (an outside tester, refs #10): `修好了，谢谢，挺满意的` after
the water ticket's 办结 was recorded as the lamp ticket's late 回访 answer (solved, 满意), which
the supervisors could then publish. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, ask_visits, finish, join_staff, report, row, wait_text

CITIZEN = 869


def test_a_positive_answer_after_a_finish_is_that_tickets_not_a_late_one(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CITIZEN,))
    lamp = report(fake, bot, CITIZEN, "东关街9号门口路灯坏了，晚上一片漆黑")
    water = report(fake, bot, CITIZEN, "西街3号楼停水两天了，一直没有来水")
    finish(fake, bot, lamp, "已更换灯泡，恢复照明")
    ask_visits(bot, 1)
    visit = max(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    fake.wait_until(lambda: row(bot, lamp)["rating"] == "default", timeout=20)

    finish(fake, bot, water, "已抢修管道，恢复供水")
    wait_text(fake, CITIZEN, "已抢修管道")
    fake.send_text(CITIZEN, "修好了，谢谢，挺满意的")
    kept = wait_text(fake, CITIZEN, "已记录")[-1]
    assert water["number"] in kept and "已解决" in kept, kept
    old = row(bot, lamp)
    assert (old["state"], old["rating"], old["solved"]) == ("closed", "default", None), old
