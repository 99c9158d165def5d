"""Staff and supervisor commands typed wrong say what was wrong, through the real bot and the
fake Bot API (T25 finding 14): an unknown unit code named with the valid ones, a reason that is
missing or is the usage line's placeholder, a 实事项目's missing part; /project reads a date as
/urge and /digest do (2027年3月1日) within a year; /overdue says it takes no argument; /digest
reads 上周五."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.urgekit import TZ

SUPERVISOR, WATER, CITIZEN = 900, 611, 651


def _answer(fake: FakeBotAPI, user: int, text: str) -> str:
    """Send `text` as `user`; the first answer after it (a new-ticket push aside)."""
    before = len(fake.sent(user))
    fake.send_text(user, text)
    return str(fake.wait_until(lambda: next((m["text"] for m in fake.sent(user)[before:]
                                             if "🆕 新工单" not in (m["text"] or "")), None),
                               timeout=15))


def _start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> tuple[BotProcess, str]:
    for user in (SUPERVISOR, WATER, CITIZEN):
        fake.add_user(user)
    bot = make_bot({"people.supervisors": [SUPERVISOR]})
    invite = bot.cli("invite", "--unit", "water")
    assert invite.returncode == 0, invite.stderr
    assert "绑定成功" in _answer(fake, WATER, f"/join {invite.stdout.splitlines()[-1]}")
    fake.send_text(CITIZEN, "我们村自来水管道老化，经常停水")
    fake.wait_sent(CITIZEN, 1)
    [ticket] = bot.tickets()
    assert ticket["unit"] == "water"
    return bot, ticket["number"]


def test_commands_typed_wrong_say_what_was_wrong(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, number = _start(fake, make_bot)
    # An unknown code with the placeholder for a reason: both named, the units listed.
    told = _answer(fake, WATER, f"/transfer {number} nosuchunit 理由")
    assert "“理由”是格式里的占位词" in told and "没有找到“nosuchunit”对应的单位" in told, told
    assert "\npower 国网金乡县供电公司\n" in told and "用法：/transfer" in told
    # A known code and no reason: the reason asked for, no list of units.
    told = _answer(fake, WATER, f"/transfer {number} power")
    assert "改派必须写明理由" in told and "没有找到" not in told and "用法：/transfer" in told
    # A near miss of a unit's name is answered with the unit it could be.
    told = _answer(fake, WATER, f"/transfer {number} 供电局")
    assert "改派必须写明理由" in told and "国网" in told, told
    # A 实事项目 without its date, or with one part: what is missing named.
    told = _answer(fake, WATER, f"/project {number} 更换主管道｜分两期施工")
    assert "缺少完成时限" in told and "用法：/project" in told, told
    told = _answer(fake, WATER, f"/project {number} 更换主管道")
    assert "缺少实施计划、完成时限" in told, told
    assert (bot.tickets()[0]["unit"], bot.tickets()[0]["project"]) == ("water", 0)
    assert not bot.query("SELECT id FROM events WHERE action IN ('transfer', 'project')")

    # A date in Chinese months ahead is read and asked for; more than a year ahead is refused
    # as a project's date, not as 延期.
    today = dt.datetime.now(TZ).date()
    far = today.replace(year=today.year + 2, day=min(today.day, 28))
    told = _answer(fake, WATER, f"/project {number} 更换主管道｜分两期施工｜{far.year}年{far.month}月1日")
    assert "最长一年" in told and "延期" not in told, told
    soon = today + dt.timedelta(days=90)
    told = _answer(fake, WATER,
                   f"/project {number} 更换主管道｜分两期施工｜{soon.year}年{soon.month}月{soon.day}日")
    assert "已列为实事项目" in told and "批准后生效" in told, told
    row = bot.tickets()[0]
    assert row["project"] == 1 and row["extension_until"][:7] >= f"{soon:%Y-%m}"

    # /overdue takes no argument and says so, above the list.
    told = _answer(fake, SUPERVISOR, "/overdue 3")
    assert "/overdue 不带参数（“3”未使用）" in told, told
    # /digest reads a weekday of last week, as /urge reads 下周一前.
    friday = today - dt.timedelta(days=today.weekday() + 3)
    before = len(fake.sent(SUPERVISOR))
    fake.send_text(SUPERVISOR, "/digest 上周五")
    shown = fake.wait_until(lambda: next((m["text"] for m in fake.sent(SUPERVISOR)[before:]
                                          if "督办日报" in (m["text"] or "")), None), timeout=30)
    assert f"（{friday.year}年{friday.month}月{friday.day}日）" in shown, shown
    assert not fake.unexpected_errors()
