"""/transfer's unit typed wrong, through the real bot and the fake Bot API (outside tester T27,
finding 18): a name that can only mean the staff member's own unit (水利局 typed by water staff)
is answered as their own unit, never suggested as the target; the usage line's placeholders
typed as they read (`/transfer 3 UNIT_CODE REASON`) are both named as placeholders, echoed as
typed, not lower-cased; no list of units offers the unit the ticket is at."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_staff_faults_e2e import WATER, _answer, _start


def test_own_unit_named_is_said_to_be_their_own(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, number = _start(fake, make_bot)
    told = _answer(fake, WATER, f"/transfer {number} 水利局 管道归住建")
    assert "“水利局”指的是本单位（县水务局）" in told and "不能改派给本单位" in told, told
    assert "您要找的是不是" not in told and "\nwater " not in told, told
    assert "\nhousing 县住房和城乡建设局" in told, told  # the units it can go to
    # Without a reason the same: the reason asked for, and the unit named as their own.
    told = _answer(fake, WATER, f"/transfer {number} 水利局")
    assert "改派必须写明理由" in told and "指的是本单位" in told, told
    # An unknown code lists the units, never their own.
    told = _answer(fake, WATER, f"/transfer {number} nosuchunit 管道归住建")
    assert "没有找到“nosuchunit”对应的单位" in told and "\nwater " not in told, told
    assert "\npower 国网金乡县供电公司" in told
    [row] = bot.tickets()
    assert row["unit"] == "water"
    assert not bot.query("SELECT id FROM events WHERE action = 'transfer'")
    assert not fake.unexpected_errors()


def test_the_usage_lines_placeholders_are_named_as_typed(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, number = _start(fake, make_bot)
    told = _answer(fake, WATER, f"/transfer {number} UNIT_CODE REASON")
    assert "“UNIT_CODE”和“REASON”都是格式里的占位词" in told, told
    assert "unit_code" not in told and "没有找到" not in told, told
    assert "\nhousing 县住房和城乡建设局" in told and "\nwater " not in told, told
    assert "用法：/transfer" in told
    told = _answer(fake, WATER, f"/transfer {number} 单位代码 管道归住建")
    assert "“单位代码”是格式里的占位词" in told and "没有找到" not in told, told
    # A code typed in capitals is still read, and an unknown one echoed as typed.
    told = _answer(fake, WATER, f"/transfer {number} NoSuchUnit 管道归住建")
    assert "没有找到“NoSuchUnit”对应的单位" in told, told
    assert not bot.query("SELECT id FROM events WHERE action = 'transfer'")
    moved = _answer(fake, WATER, f"/transfer {number} HOUSING 管道归住建")
    assert "县住房和城乡建设局" in moved and "没有找到" not in moved, moved
    assert bot.tickets()[0]["unit"] == "housing"
    assert not fake.unexpected_errors()
