"""An outside tester's finding 18 (round 23; refs #10), through the real bot and the fake Bot
API: the supervisors told ⚠️ 无法联系市民 when a citizen with no phone blocked the bot are told,
once, when the citizen can be reached again — as the units are — with each ticket named."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_reachable_again_e2e import _block, _member, _report, _with
from tests.test_staff_e2e import CITIZEN, HOUSING_GROUP, SUPERVISOR, WATER, WATER_GROUP, start

ALERT, BACK = "无法联系市民", "市民已能联系"


def test_supervisors_told_nobody_reaches_a_citizen_are_told_when_they_are_back(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    water = _report(fake, bot, "我家小区停水两天了，一直没人管")
    wall = _report(fake, bot, "我家楼道的墙皮大块脱落，砸下来很危险")
    assert (water["unit"], wall["unit"]) == ("water", "housing")
    fake.send_text(WATER, f"/accept {water['number']}")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "accepted", timeout=15)
    _block(fake)
    alert = _with(fake, SUPERVISOR, ALERT, water["number"], wall["number"])["text"]
    assert BACK not in alert

    _member(fake)  # the README walkthrough's unblock, no ticket at its 回访
    _with(fake, WATER_GROUP, "恢复接收", water["number"])
    _with(fake, HOUSING_GROUP, "恢复接收", wall["number"])
    back = _with(fake, SUPERVISOR, BACK, water["number"], wall["number"])["text"]
    assert "县水务局" in back and "县住房和城乡建设局" in back, back
    assert "无法联系" in back and "恢复接收" in back, back
    for ticket in (water, wall):
        reach = bot.query("SELECT action FROM events WHERE ticket_id = ? AND action IN"
                          " ('unreachable', 'reachable') ORDER BY id", [ticket["id"]])
        assert [r["action"] for r in reach] == ["unreachable", "reachable"]
    assert "无法联系" not in bot.cli("digest").stdout

    # Writing again afterwards tells nobody a second time.
    fake.send_text(CITIZEN, "谢谢")
    fake.wait_until(lambda: any("不客气" in (m["text"] or "") for m in fake.sent(CITIZEN)), timeout=15)
    assert len([m for m in fake.sent(SUPERVISOR) if BACK in (m["text"] or "")]) == 1
    assert not [r for r in fake.unexpected_errors() if r.status not in (403, 429)]
