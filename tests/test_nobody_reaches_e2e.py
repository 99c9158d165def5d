"""A citizen who blocks the bot is never silently lost (an outside tester, refs #10): their unit
was told 没有留下电话 while another of their tickets held a number, the supervisors heard
nothing and the daily digest said nothing. Now the unit is pointed to the number on the other
ticket (and /contact says where it came from); when there is truly no way to reach the citizen
the supervisors are told once and the digest lists the ticket under 无法联系 until they are
back. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_no_channel_e2e import NOBODY, _answer
from tests.test_reachable_again_e2e import _block, _done, _member, _report, _with
from tests.test_staff_e2e import SUPERVISOR, WATER, WATER_GROUP, start
from tests.test_supervision_e2e import tick

ALERT = "无法联系市民"


def _alerts(fake: FakeBotAPI) -> list[str]:
    return [m["text"] for m in fake.sent(SUPERVISOR) if ALERT in (m["text"] or "")]


def test_the_unit_gets_the_phone_left_on_another_ticket(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    first = _report(fake, bot, "我家楼道的墙皮脱落了，砸到人怎么办，电话13812345678")
    second = _report(fake, bot, "我家小区停水两天了，一直没人管")
    _block(fake)
    told = _with(fake, WATER_GROUP, "无法送达", second["number"])["text"]
    assert NOBODY not in told and f"/contact {second['number']}" in told, told
    assert f"另一张工单 {first['number']}" in told, told
    fake.send_text(WATER, f"/contact {second['number']}")
    contact = _with(fake, WATER, "☎️", second["number"])["text"]
    assert "13812345678" in contact and f"另一张工单 {first['number']}" in contact, contact
    # The supervisors' phone 回访 points to the unit's /contact, not to nobody.
    resolved = _done(fake, bot, second)
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    visit = _with(fake, SUPERVISOR, "电话回访", second["number"])["text"]
    assert "/contact" in visit and "没有留下电话" not in visit, visit
    assert not _alerts(fake)
    assert "无法联系" not in bot.cli("digest").stdout


def test_a_citizen_nobody_can_reach_is_told_to_supervisors_once_and_listed_in_the_digest(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    ticket = _report(fake, bot, "我家小区停水两天了，一直没人管")
    number = ticket["number"]
    _answer(fake, WATER, f"/accept {number}")
    _block(fake)
    alert = _with(fake, SUPERVISOR, ALERT, number)["text"]
    assert "县水务局" in alert and "办理中" in alert and "督办日报" in alert, alert
    resolved = _done(fake, bot, ticket)
    moment = by_day(resolved + dt.timedelta(hours=25))
    local = moment.astimezone(ZoneInfo("Asia/Shanghai"))
    moment = max(moment, local.replace(hour=8, minute=30, second=0, microsecond=0))  # [digest] time
    tick(bot, moment)  # the 回访 is due, and a digest
    _with(fake, SUPERVISOR, "电话回访", number)
    digest = _with(fake, SUPERVISOR, "📋", "无法联系")["text"]
    assert "无法联系</b>" not in digest  # rendered, not raw HTML
    section = digest.split("无法联系", 1)[1]
    assert "1 件" in section.splitlines()[0] and number in section \
        and "回访无法进行" in section, digest
    assert len(_alerts(fake)) == 1  # told once: the 办结 and the 回访 tell it no more
    # Back: the citizen is no longer out of reach, and today's digest no longer lists them
    # (the one issued keeps what it said).
    today = moment.astimezone(ZoneInfo("Asia/Shanghai")).date().isoformat()
    assert number in bot.cli("digest", "--date", today).stdout.split("无法联系", 1)[1]
    _member(fake)
    _with(fake, WATER_GROUP, "恢复接收", number)
    assert "无法联系" not in bot.cli("digest", "--date", today).stdout
