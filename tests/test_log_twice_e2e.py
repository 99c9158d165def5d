"""/log sent twice, and /log 确认登记 of words that name no problem, through the real bot and
the fake Bot API (outside tester; SPEC §4 /log; refs #10): the same demand sent again by the same
clerk soon after is not a second ticket — they are pointed to the first, and may log it again on
purpose with 重复登记 — and confirmed words that name no problem go to the hotline for manual
dispatch, said so, never to a unit on the strength of a stray word."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.logkit import COLLEAGUE, clerks, logged
from tests.test_project_withdraw_e2e import WATER, _answer


def test_the_same_log_twice_is_one_ticket_and_names_the_first(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = clerks(fake, make_bot)
    for first, second in (("李庄村3组自来水停水两天了", "李庄村3组自来水停水两天了"),
                          ("王楼村路口下水道堵了，污水漫到路上", "王楼村路口下水道堵了 污水漫到路上。"),
                          ("城关镇幸福小区停水", " 城关镇幸福小区停水 ")):
        logged = _answer(fake, WATER, f"/log {first}", "已登记")
        number = bot.tickets()[-1]["number"]
        assert number in logged
        count = len(bot.tickets())
        again = _answer(fake, WATER, f"/log {second}", "未重复登记")
        assert number in again and "重复登记" in again
        assert len(bot.tickets()) == count, second
    # On purpose: a second neighbour told the same.
    again = _answer(fake, WATER, "/log 重复登记 李庄村3组自来水停水两天了", "已登记")
    assert len(bot.tickets()) == 4 and bot.tickets()[-1]["number"] in again
    assert bot.tickets()[-1]["text"] == "李庄村3组自来水停水两天了"
    # Another clerk logging the same is another report, not a double send.
    _answer(fake, COLLEAGUE, "/log 李庄村3组自来水停水两天了", "已登记")
    assert len(bot.tickets()) == 5
    assert not fake.unexpected_errors()


def test_a_withdrawn_log_may_be_logged_again(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, confirmation = logged(fake, make_bot)
    fake.press(WATER, confirmation, f"unlog:{bot.tickets()[0]['id']}")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "withdrawn", timeout=15)
    _answer(fake, WATER, "/log 李庄村3组自来水停水两天了", "已登记")
    assert len(bot.tickets()) == 2


def test_confirmed_words_naming_no_problem_go_to_the_hotline(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = clerks(fake, make_bot)
    for text in ("谢谢", "好的", "你好，在吗"):
        said = _answer(fake, WATER, f"/log 确认登记 {text}", "已登记")
        ticket = bot.tickets()[-1]
        assert ticket["text"] == text
        assert ticket["unit"] == "hotline", (text, ticket["unit"])
        assert "人工分派" in said and ticket["number"] in said, said
        assert not ticket["keywords"] or ticket["keywords"] in ("[]", ""), ticket["keywords"]
    # A confirmed demand that does name a problem is routed as any other.
    _answer(fake, WATER, "/log 确认登记 李庄村3组自来水停水两天了", "已登记")
    assert bot.tickets()[-1]["unit"] == "water"
