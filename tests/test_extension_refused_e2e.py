"""A 延期 request a supervisor cannot grant, and one about a supervisor's own complaint, through
the real bot and the fake Bot API (outside tester, supervisor; SPEC §4 /extend, /approve, /urge;
refs #10): a request made before a 督办 is refused, and the unit hears it — with the reason and
what to do — and the request is closed; a supervisor who reported the ticket is never asked to
approve its extension (their colleagues are)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_withdraw_e2e import CITIZEN, SUPERVISOR, WATER, _answer, _start

COLLEAGUE = 901


def test_a_refused_approval_is_told_to_the_unit_and_closes_the_request(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, number = _start(fake, make_bot, {})
    _answer(fake, WATER, f"/extend {number} 3 需要协调施工队", "3")
    _answer(fake, SUPERVISOR, f"/urge {number} 请两天内办结", "已对工单")
    before = len(fake.sent(WATER))
    refused = _answer(fake, SUPERVISOR, f"/approve {number}", number)
    assert "督办之前" in refused and "未批准" in refused and "已告知责任单位" in refused
    told = fake.wait_until(lambda: next((m["text"] for m in fake.sent(WATER)[before:]
                                         if "未获批准" in (m["text"] or "")), None), timeout=15)
    assert number in told and "延期 3 个工作日" in told and "督办" in told
    assert "/extend" in told  # what to do: ask again, with a reason
    [row] = bot.tickets()
    assert not row["extension_days"] and row["extension_until"] is None
    assert bot.query("SELECT id FROM events WHERE action = 'extension_refused'")
    again = _answer(fake, SUPERVISOR, f"/approve {number}", number)
    assert "没有待批准的延期申请" in again
    assert not any("延至" in (m["text"] or "") for m in fake.sent(CITIZEN))
    assert not fake.unexpected_errors()


def test_a_supervisors_own_complaint_goes_to_their_colleagues_only(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (SUPERVISOR, COLLEAGUE, WATER):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR, COLLEAGUE]})
    invite = bot.cli("invite", "--unit", "water")
    _answer(fake, WATER, f"/join {invite.stdout.splitlines()[-1]}", "绑定成功")
    fake.send_text(SUPERVISOR, "我家小区自来水管道老化，经常停水")
    fake.wait_until(lambda: bot.tickets(), timeout=15)
    [ticket] = bot.tickets()
    assert ticket["citizen_id"] == SUPERVISOR and ticket["unit"] == "water"
    number = ticket["number"]
    _answer(fake, WATER, f"/extend {number} 3 需要协调施工队", "3")
    fake.wait_until(lambda: any("/approve" in (m["text"] or "") and number in (m["text"] or "")
                                for m in fake.sent(COLLEAGUE)), timeout=15)
    assert not bot.query("SELECT id FROM outbox WHERE chat_id = ? AND params LIKE ?",
                         [SUPERVISOR, "%/approve%"])  # queued or sent: never to them
    approved = _answer(fake, COLLEAGUE, f"/approve {number}", "已批准")
    assert number in approved
    assert not fake.unexpected_errors()
