"""/approve of a 延期 request made before a supervisor's sooner /urge limit, through the real bot
and the fake Bot API (outside tester; SPEC §4 /extend, /approve, /urge; refs #10): the 督办's
限期办结 was ordered after the request and stands, so /approve says the request predates the
督办 and grants nothing; a request the unit makes after the 督办 is approved as it was shown."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_withdraw_e2e import CITIZEN, SUPERVISOR, WATER, _answer, _start


def test_approve_refuses_a_request_made_before_a_sooner_urge(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, number = _start(fake, make_bot, {})
    _answer(fake, WATER, f"/extend {number} 3 需要协调施工队", "3")
    fake.wait_until(lambda: any("延期 3 个工作日" in (m["text"] or "")
                                for m in fake.sent(SUPERVISOR)), timeout=15)
    _answer(fake, SUPERVISOR, f"/urge {number} 请两天内办结", "已对工单")
    [urged] = bot.tickets()
    assert urged["deadline"] == urged["urge_deadline"]  # the sooner 督办 limit is the deadline

    refused = _answer(fake, SUPERVISOR, f"/approve {number}", number)
    assert "督办之前" in refused and "延期 3 个工作日" in refused and "未批准" in refused
    [row] = bot.tickets()
    assert row["deadline"] == urged["deadline"] and not row["extension_days"]  # closed
    assert not bot.query("SELECT id FROM events WHERE action = 'approve'")
    assert not any("延至" in (m["text"] or "") for m in fake.sent(CITIZEN))
    assert not any("已批准" in (m["text"] or "") for m in fake.sent(WATER))

    # Asked again after the 督办: approved, from the deadline the new request showed.
    _answer(fake, WATER, f"/extend {number} 2 施工队周末进场", "2")
    approved = _answer(fake, SUPERVISOR, f"/approve {number}", "已批准")
    assert "已批准" in approved and "延期 2 个工作日" in approved
    [row] = bot.tickets()
    assert row["deadline"] > urged["deadline"] and not row["extension_days"]
    assert fake.wait_until(lambda: any("延至" in (m["text"] or "") for m in fake.sent(CITIZEN)),
                           timeout=15)
    assert not fake.unexpected_errors()
