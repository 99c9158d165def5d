"""Staff and supervisor commands written as people write them, through the real bot and the
fake Bot API (outside tester T27, finding 17; SPEC §4, whose forms all still hold): days joined
to the reason (/extend 9 3天等配件), weeks where working days are wanted (told so), a ticket
number whose day is a dashed date (/show 2026-12-06-0003), a date no calendar has (/digest
2025-02-30, told so), /stats 一周, and /list's states named in Chinese on its usage line."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_withdraw_e2e import SUPERVISOR, WATER, _answer, _start


def test_extend_with_days_joined_to_the_reason_or_written_as_weeks(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, number = _start(fake, make_bot, {})
    asked = _answer(fake, WATER, f"/extend {number} 3天等配件", number)
    assert "延期 3 个工作日" in asked and "不是天数" not in asked, asked
    [row] = bot.tickets()
    assert row["extension_days"] == 3 and row["extension_reason"] == "等配件"
    fake.wait_until(lambda: any("延期 3 个工作日" in (m["text"] or "") and "等配件" in (m["text"] or "")
                                for m in fake.sent(SUPERVISOR)), timeout=15)

    weeks = _answer(fake, WATER, f"/extend {number} 两周 等配件到货", "天数")
    assert "“两周”不是天数" in weeks and "请写工作日天数，如 10" in weeks, weeks
    assert "用法：/extend" in weeks
    assert bot.tickets()[0]["extension_days"] == 3  # nothing asked
    assert not fake.unexpected_errors()


def test_show_a_number_whose_day_is_written_as_a_date(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    _, number = _start(fake, make_bot, {})
    day, seq = number.split("-")
    dashed = f"{day[:4]}-{day[4:6]}-{day[6:]}-{seq}"
    for typed in (dashed, f"{day}-{int(seq)}", f"{day[:4]}-{day[4:6]}-{day[6:]}-{int(seq)}"):
        shown = _answer(fake, WATER, f"/show {typed}", "")
        assert number in shown and "不是工单编号" not in shown and "用法" not in shown, (typed, shown)
        assert "诉求" in shown or "我们村自来水管道老化" in shown, shown
    wrong = _answer(fake, WATER, f"/show {day[:4]}-02-30-{seq}", "")
    assert "不是工单编号" in wrong, wrong
    assert not fake.unexpected_errors()


def test_digest_of_a_date_that_does_not_exist_and_stats_of_a_week(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, _ = _start(fake, make_bot, {})
    # The supervisors are told of the staff member's binding; let that land first, so that it is
    # neither taken for an answer below nor counted among what /digest sent.
    fake.wait_until(lambda: any("已通过邀请码绑定" in (m["text"] or "")
                                for m in fake.sent(SUPERVISOR)), timeout=15)
    before = len(bot.query("SELECT * FROM outbox"))
    told = _answer(fake, SUPERVISOR, "/digest 2025-02-30", "")
    assert "“2025-02-30”这个日期不存在" in told and "2025年2月只有 28 天" in told, told
    assert "不是可以识别的日期" not in told and "未发送日报" in told
    assert not [m for m in fake.sent(SUPERVISOR) if m["method"] == "sendPhoto"]  # no chart
    assert len(bot.query("SELECT * FROM outbox")) == before + 1  # only the answer
    unread = _answer(fake, SUPERVISOR, "/digest 随便哪天", "")
    assert "不是可以识别的日期" in unread, unread

    week = _answer(fake, SUPERVISOR, "/stats 一周", "")
    assert "近 7 天" in week and "用法" not in week, week
    two = _answer(fake, SUPERVISOR, "/stats 两周", "")
    assert "近 14 天" in two, two
    usage = _answer(fake, SUPERVISOR, "/stats 很久", "")
    assert "用法：/stats" in usage and "/stats 一周" in usage, usage
    assert not fake.unexpected_errors()


def test_list_names_its_states_in_chinese_and_takes_them_either_way(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    _, number = _start(fake, make_bot, {})
    listed = _answer(fake, WATER, "/list 未办", "")
    assert "未办结" in listed and number in listed and "用法" not in listed, listed
    english = _answer(fake, WATER, "/list open", "")
    assert "未办结" in english and number in english, english
    usage = _answer(fake, WATER, "/list 乱写", "用法")
    assert "待签收、办理中、已办结待回访" in usage and "逾期、紧急" in usage, usage
    assert "open all new" not in usage and "/list overdue" in usage, usage
    assert not fake.unexpected_errors()
