"""What the citizen hears of a 实事项目 as its unit revises it, through the real bot and the fake
Bot API (outside tester; SPEC §4 /project; refs #10): the announcement once, when the ticket
becomes a 实事项目; a new completion date later in one short line; nothing when only the
measures or plan change."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_dates import project_day

SUPERVISOR, WATER, CITIZEN = 900, 11, 671


def _staff_answer(fake: FakeBotAPI, text: str) -> str:
    """Send `text` as the water staff member; their answer to it (a 实事项目 line)."""
    before = len(fake.sent(WATER))
    fake.send_text(WATER, text)
    return str(fake.wait_until(lambda: next((m["text"] for m in fake.sent(WATER)[before:]
                                             if "实事项目" in (m["text"] or "")), None), timeout=15))


def test_the_citizen_hears_of_the_project_once_and_then_only_of_a_new_date(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (SUPERVISOR, WATER, CITIZEN):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    invite = bot.cli("invite", "--unit", "water")
    assert invite.returncode == 0, invite.stderr
    fake.send_text(WATER, f"/join {invite.stdout.splitlines()[-1]}")
    fake.wait_until(lambda: any("绑定成功" in (m["text"] or "") for m in fake.sent(WATER)))
    fake.send_text(CITIZEN, "我们村自来水管道老化，经常停水")
    fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    number = ticket["number"]
    assert ticket["unit"] == "water"
    soon, soon_shown = project_day(1)  # within the deadline: the unit's plan
    later, later_shown = project_day(20)  # past it: an extension to approve

    _staff_answer(fake, f"/project {number} 更换主管道 | 分两期施工 | {soon}")
    announced = fake.wait_until(lambda: [m["text"] for m in fake.sent(CITIZEN)
                                         if "实事项目" in (m["text"] or "")], timeout=15)
    assert len(announced) == 1 and "已列为" in announced[0] and "更换主管道" in announced[0]
    assert f"完成时限：{soon_shown} 前" in announced[0]

    # Measures and plan revised, the date kept: nothing new for the citizen.
    _staff_answer(fake, f"/project {number} 更换主管道并加装阀门 | 分三期施工 | {soon}")
    # A new date: one short line with it, no second announcement.
    _staff_answer(fake, f"/project {number} 更换主管道并加装阀门 | 分三期施工 | {later}")
    told = fake.wait_until(lambda: [m["text"] for m in fake.sent(CITIZEN)
                                    if "实事项目" in (m["text"] or "")][1:], timeout=15)
    # One line with the date, then the 事项 line every push to the citizen names its matter by.
    assert len(told) == 1 and "已列为" not in told[0]
    assert told[0].count("\n") == 1 and told[0].split("\n")[1].startswith("事项：")
    assert f"完成时限调整为 {later_shown}" in told[0] and "待督查部门批准" in told[0]
    assert "具体举措" not in told[0]
    [row] = bot.tickets()
    assert row["project"] == 1 and row["measures"] == "更换主管道并加装阀门"
    assert row["extension_until"] is not None  # the later date awaits /approve
    projects = bot.query("SELECT new FROM events WHERE action = 'project' ORDER BY id")
    assert len(projects) == 3
    keys = bot.query("SELECT dedupe_key FROM outbox WHERE chat_id = ? AND dedupe_key LIKE"
                     " '%project%'", [CITIZEN])
    assert len(keys) == 2  # the announcement and the new date: the revision queued nothing
    assert not fake.unexpected_errors()
