"""A ticket nobody signs, end to end through the real bot, the fake Bot API and `tick --now`
(outside tester's simulated week; SPEC §5; refs #10): once `[deadlines] accept_hours` pass
without 签收 the unit is reminded to sign — in its group and to its bound staff, once per
ticket —, a ticket signed in time is not, and the supervisors' digest lists 超时未签收 per unit.
Before, the first word to the unit was the deadline reminder six days later."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_staff_e2e import join, said

UNSIGNED_CITIZEN, SIGNED_CITIZEN, WATER, SUPERVISOR = 551, 552, 15, 900
WATER_GROUP = -1001
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county


def _tick(bot: BotProcess, moment: dt.datetime) -> str:
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    return done.stdout


def _texts(fake: FakeBotAPI, chat: int, needle: str) -> list[str]:
    return [m["text"] for m in fake.sent(chat) if needle in (m["text"] or "")]


def test_an_unsigned_ticket_is_reminded_once_and_listed_in_the_digest(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user, name in ((UNSIGNED_CITIZEN, "张三"), (SIGNED_CITIZEN, "李四"), (WATER, "王经办"),
                       (SUPERVISOR, "督查")):
        fake.add_user(user, name)
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
                    "telegram.per_group_per_minute": 0})
    join(bot, fake, WATER, "--unit", "water")
    for user, text in ((UNSIGNED_CITIZEN, "我家小区停水两天了，一直没人来修"),
                       (SIGNED_CITIZEN, "东关街自来水管爆了，水流了一地")):
        fake.send_text(user, text)
        said(fake, user, "工单编号")
    unsigned, signed = bot.tickets()
    assert unsigned["unit"] == signed["unit"] == "water"
    fake.send_text(WATER, f"/accept {signed['number']}")
    said(fake, WATER, "已签收")
    received = dt.datetime.fromisoformat(unsigned["received_at"])

    # Within the 24 hours to sign: nobody is reminded.
    assert "unsigned 0" in _tick(bot, received + dt.timedelta(hours=23))
    # Past them: the unit's group and its staff, once, naming the ticket and how to sign it.
    assert "unsigned 1" in _tick(bot, by_day(received + dt.timedelta(hours=25)))
    number = unsigned["number"]
    for chat in (WATER_GROUP, WATER):
        text = said(fake, chat, "签收提醒")["text"]
        assert number in text and "超过 24 小时" in text and f"/accept {number}" in text
    assert signed["number"] not in text

    # Next morning: no second reminder; the digest lists the unit's unsigned ticket.
    next_day = received.astimezone(TZ).date() + dt.timedelta(days=2)
    assert "unsigned 0" in _tick(bot, dt.datetime.combine(next_day, dt.time(9, 0), TZ))
    day = next_day - dt.timedelta(days=1)
    digest = said(fake, SUPERVISOR, f"督办日报（{day.year}年{day.month}月{day.day}日）")["text"]
    assert "超时未签收（受理或转来本单位超过 24 小时仍未签收；紧急件超过 1 小时）" in digest
    assert f"县水务局：1 件 {number}" in digest
    assert signed["number"] not in digest.split("超时未签收")[1].split("约谈/通报")[0]
    for chat in (WATER_GROUP, WATER):
        assert len(_texts(fake, chat, "签收提醒")) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
