"""Command arguments as people type them, through the real bot and the fake Bot API (outside
tester; SPEC §4 staff and supervisor commands; refs #10): Chinese numerals for days (三, 十五,
三十); a citizen who types a staff command gets the citizen's answer (/status, /my), never the
staff's ambiguity list; a ticket number typed nearly right (its sequence without the leading
zeros, a space for the dash) is read or answered with the right form."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_withdraw_e2e import CITIZEN, SUPERVISOR, WATER, _answer, _start


def test_days_in_chinese_numerals(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, number = _start(fake, make_bot, {})
    asked = _answer(fake, WATER, f"/extend {number} 三 需要协调施工队", number)
    assert "延期 3 个工作日" in asked
    asked = _answer(fake, WATER, f"/extend {number} 十五天 需要协调施工队", number)
    assert "延期 15 个工作日" in asked
    assert bot.tickets()[0]["extension_days"] == 15
    stats = _answer(fake, SUPERVISOR, "/stats 三十", "近 ")
    assert "近 30 天" in stats
    stats = _answer(fake, SUPERVISOR, "/stats 7天", "近 7 天")
    assert "近 7 天" in stats
    assert not fake.unexpected_errors()


def test_a_citizen_typing_staff_commands_gets_the_citizens_answer(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, first = _start(fake, make_bot, {})
    for day, text in ((1, "村里的路灯坏了好几天了"), (2, "小区门口的下水道堵了")):
        moment = dt.datetime.now(dt.UTC) + dt.timedelta(days=day, hours=1)
        assert bot.cli("tick", "--now", moment.isoformat()).returncode == 0
        before = len(fake.sent(CITIZEN))
        fake.send_text(CITIZEN, text)
        fake.wait_sent(CITIZEN, before + 1)
    assert len({t["number"].split("-")[1] for t in bot.tickets()}) == 1  # three of number 1
    for typed in ("/show 1", "/done 1 好了", "/accept 1", f"/reply {first} 谢谢",
                  "/extend 1 三 理由"):
        said = _answer(fake, CITIZEN, typed, "")
        assert "/status" in said and "/my" in said, (typed, said)
        assert "序号" not in said and "有 3 件" not in said, (typed, said)
    assert not fake.unexpected_errors()


def test_a_number_typed_nearly_right(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
                                     ) -> None:
    bot, number = _start(fake, make_bot, {})
    day, seq = number.split("-")
    spaced = _answer(fake, WATER, f"/show {day} {seq}", "")
    assert number in spaced and "-" in spaced  # the right form, shown with this one
    short = _answer(fake, WATER, f"/accept {day}-{int(seq)}", number)
    assert "签收" in short and bot.tickets()[0]["state"] == "accepted"
    wrong = _answer(fake, WATER, f"/extend {day} {seq}", "")  # no days: the usage, and the form
    assert "用法" in wrong and number in wrong and "短横线" in wrong
    assert not fake.unexpected_errors()
