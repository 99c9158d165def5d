"""/project dates an outside tester sent through the real bot and the fake Bot API (SPEC §4
/project, /approve; refs #10): an earlier date withdraws the extension an earlier /project asked
for, so /approve has nothing to grant; a date whose close of business is over (today after
hours, or earlier) is refused as passed, and only an unreadable one as badly written."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_dates import project_day

SUPERVISOR, WATER, CITIZEN = 900, 11, 681


def _answer(fake: FakeBotAPI, user: int, text: str, needle: str) -> str:
    """Send `text` as `user`; the first answer after it containing `needle` ("": any but the
    new-ticket push, whose buttons come off again when /project signs the ticket)."""
    before = len(fake.sent(user))
    fake.send_text(user, text)
    return str(fake.wait_until(lambda: next((m["text"] for m in fake.sent(user)[before:]
                                             if needle in (m["text"] or "")
                                             and "🆕 新工单" not in (m["text"] or "")), None),
                               timeout=15))


def _start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess],
           overrides: dict[str, object]) -> tuple[BotProcess, str]:
    for user in (SUPERVISOR, WATER, CITIZEN):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR], **overrides})
    invite = bot.cli("invite", "--unit", "water")
    assert invite.returncode == 0, invite.stderr
    _answer(fake, WATER, f"/join {invite.stdout.splitlines()[-1]}", "绑定成功")
    fake.send_text(CITIZEN, "我们村自来水管道老化，经常停水")
    fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    assert ticket["unit"] == "water"
    return bot, ticket["number"]


def test_an_earlier_date_withdraws_the_request_and_approve_grants_nothing(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, number = _start(fake, make_bot, {})
    deadline = bot.tickets()[0]["deadline"]
    later, later_shown = project_day(20)
    soon, soon_shown = project_day(1)
    _answer(fake, WATER, f"/project {number} 更换主管道 | 分两期施工 | {later}", "批准后生效")
    fake.wait_until(lambda: any(later_shown in (m["text"] or "") and "/approve" in (m["text"] or "")
                                for m in fake.sent(SUPERVISOR)), timeout=15)
    assert bot.tickets()[0]["extension_until"] is not None

    answer = _answer(fake, WATER, f"/project {number} 更换主管道 | 分两期施工 | {soon}",
                     "办理时限不变")
    assert f"此前待批的延期申请（将完成时限延至 {later_shown}）已撤回" in answer
    withdrawn = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR, "sendMessage")
                                              if "已撤回" in (m["text"] or "")), None), timeout=15)
    assert number in withdrawn and later_shown in withdrawn and soon_shown in withdrawn
    assert "无需审批" in withdrawn
    [row] = bot.tickets()
    assert row["extension_until"] is None and not row["extension_days"]
    assert row["deadline"] == deadline

    refused = _answer(fake, SUPERVISOR, f"/approve {number}", number)
    assert "没有待批准的延期申请" in refused
    [row] = bot.tickets()
    assert row["deadline"] == deadline
    assert not bot.query("SELECT id FROM events WHERE action = 'approve'")
    assert not any("延至" in (m["text"] or "") or "延期获批" in (m["text"] or "")
                   for m in fake.sent(CITIZEN))
    assert not fake.unexpected_errors()


def test_an_earlier_date_withdraws_a_pending_extend_too(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """/extend 5 days, then /project with a date no later than the deadline: the /extend is
    withdrawn as a /project request is (an outside tester's finding: /approve still granted
    it), and the supervisors are told once."""
    bot, number = _start(fake, make_bot, {})
    deadline = bot.tickets()[0]["deadline"]
    soon, soon_shown = project_day(1)
    _answer(fake, WATER, f"/extend {number} 5 需要更换管道", "延期")
    fake.wait_until(lambda: any("延期 5 个工作日" in (m["text"] or "")
                                for m in fake.sent(SUPERVISOR)), timeout=15)
    assert bot.tickets()[0]["extension_days"] == 5

    answer = _answer(fake, WATER, f"/project {number} 更换主管道 | 分两期施工 | {soon}",
                     "办理时限不变")
    assert "此前待批的延期申请（延期 5 个工作日）已撤回" in answer, answer
    withdrawn = fake.wait_until(lambda: [m["text"] for m in fake.sent(SUPERVISOR, "sendMessage")
                                         if "已撤回" in (m["text"] or "")], timeout=15)
    assert len(withdrawn) == 1, withdrawn
    assert number in withdrawn[0] and "延期 5 个工作日" in withdrawn[0] and soon_shown in withdrawn[0]
    [row] = bot.tickets()
    assert row["extension_until"] is None and not row["extension_days"]

    refused = _answer(fake, SUPERVISOR, f"/approve {number}", number)
    assert "没有待批准的延期申请" in refused
    assert bot.tickets()[0]["deadline"] == deadline
    assert not bot.query("SELECT id FROM events WHERE action = 'approve'")
    # Sending the same /project again withdraws nothing more and tells nobody again.
    _answer(fake, WATER, f"/project {number} 更换主管道 | 分两期施工 | {soon}", "无需重复")
    assert len([m for m in fake.sent(SUPERVISOR, "sendMessage")
                if "已撤回" in (m["text"] or "")]) == 1
    assert not fake.unexpected_errors()


def _after_hours() -> tuple[str, dt.date]:
    """A fixed-offset zone where it is now about 14:00, and the day it is there: with offices
    closing at 12:00, today's close of business is over whatever the real clock says."""
    now = dt.datetime.now(dt.UTC)
    offset = 14 - now.hour  # -9 … +14
    zone = f"Etc/GMT{-offset:+d}" if offset else "Etc/GMT"  # Etc/GMT-8 is UTC+8
    return zone, (now + dt.timedelta(hours=offset)).date()


def test_a_date_whose_close_has_passed_is_refused_as_passed(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    zone, today = _after_hours()
    bot, number = _start(fake, make_bot, {"county.timezone": zone,
                                          "deadlines.workday_end": "12:00",
                                          "calendar.workdays": [today.isoformat()]})
    for typed in (today, today - dt.timedelta(days=1)):
        answer = _answer(fake, WATER, f"/project {number} 更换主管道 | 分两期施工 | {typed}",
                         "")  # the answer, whatever it says
        assert f"完成时限“{typed}”已经过去" in answer and "YYYY-MM-DD" not in answer
    answer = _answer(fake, WATER, f"/project {number} 更换主管道 | 分两期施工 | 2026-13-45", "")
    assert "无法识别" in answer and "2027年3月1日" in answer
    [row] = bot.tickets()
    assert row["project"] == 0 and row["extension_until"] is None
    assert not bot.query("SELECT id FROM events WHERE action = 'project'")
    assert not any("实事项目" in (m["text"] or "") for m in fake.sent(SUPERVISOR))
    assert not any("实事项目" in (m["text"] or "") for m in fake.sent(CITIZEN))
    assert not fake.unexpected_errors()
