"""A ticket passed on (/transfer) is the receiving unit's to sign from when it came to it: the
digest's 超时未签收 and the 响应率 (SPEC §5: accepted within `accept_hours` ÷ dispatched) count
that unit's `accept_hours` from the transfer, not from the ticket's receipt; through the real
bot, the fake Bot API and the real CLI (outside tester, round 20; refs #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said
from tests.urgekit import SUPERVISOR, TZ, tick

CITIZENS = {531: "三号楼旁边地下的自来水管漏了，一直往外冒水",
            532: "我们村里自来水停了三天了，到现在还没来水"}
WATER, HOUSING = 631, 632


def test_the_time_to_sign_a_ticket_passed_on_counts_from_the_transfer(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (*CITIZENS, WATER, HOUSING, SUPERVISOR):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    join(bot, fake, WATER, "--unit", "water")
    join(bot, fake, HOUSING, "--unit", "housing")
    for user, text in CITIZENS.items():
        fake.send_text(user, text)
        said(fake, user, "工单编号")
    signed, unsigned = bot.tickets()
    received = dt.datetime.fromisoformat(signed["received_at"]).astimezone(TZ)
    # Two days later, 10:00: water passes both on, unsigned; housing signs one two hours later.
    moved_on = received.date() + dt.timedelta(days=2)
    tick(bot, dt.datetime.combine(moved_on, dt.time(10, 0), TZ))
    for ticket in (signed, unsigned):
        fake.send_text(WATER, f"/transfer {ticket['number']} housing 地下管网归住建局维修")
        said(fake, WATER, ticket["number"])
    fake.wait_until(lambda: all(t["unit"] == "housing" for t in bot.tickets()))
    tick(bot, dt.datetime.combine(moved_on, dt.time(12, 0), TZ))
    fake.send_text(HOUSING, f"/accept {signed['number']}")
    said(fake, HOUSING, "已签收")

    # The next morning's digest: housing has held the unsigned one 22.5 hours, not 3 days.
    tick(bot, dt.datetime.combine(moved_on + dt.timedelta(days=1), dt.time(9, 0), TZ))
    printed = bot.cli("digest", "--date", moved_on.isoformat())
    assert printed.returncode == 0, printed.stderr
    section = printed.stdout.split("超时未签收", 1)[1].split("\n\n", 1)[0]
    assert unsigned["number"] not in section and signed["number"] not in section, section

    fake.send_text(SUPERVISOR, "/stats 7")
    stats = said(fake, SUPERVISOR, "近 7 天办理情况")["text"]
    housing = next(line for line in stats.splitlines() if "住房和城乡建设局" in line)
    assert housing.split("：", 1)[1].startswith("100.0%"), stats
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
