"""/log as a clerk uses it, through the real bot and the fake Bot API (outside tester, county
clerk; SPEC §4 /log; refs #10): a text the router calls noise (谢谢, 你好, 好) files nothing — the
clerk is asked to write the demand itself, or to confirm with 确认登记 — and a demand logged by
mistake can be withdrawn by whoever logged it, with the button under the confirmation, while
nobody has signed it and within LOG_UNDO_MINUTES."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.logkit import COLLEAGUE, clerks, logged
from tests.test_project_withdraw_e2e import WATER, _answer


def test_a_greeting_is_not_logged_as_a_demand(fake: FakeBotAPI,
                                              make_bot: Callable[..., BotProcess]) -> None:
    bot = clerks(fake, make_bot)
    for text in ("谢谢", "你好", "好", "谢谢你们", "在吗"):
        said = _answer(fake, WATER, f"/log {text}", "")
        assert "未登记" in said and "确认登记" in said, (text, said)
    assert not bot.tickets()
    filed = _answer(fake, WATER, "/log 确认登记 好", "已登记")
    [ticket] = bot.tickets()
    assert ticket["number"] in filed and ticket["text"] == "好"
    assert not fake.unexpected_errors()


def test_the_logger_withdraws_a_demand_logged_by_mistake(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, confirmation = logged(fake, make_bot)
    [ticket] = bot.tickets()
    assert "撤回" in confirmation["text"] and "30 分钟" in confirmation["text"]
    # Nobody else may press it.
    fake.press(COLLEAGUE, confirmation, f"unlog:{ticket['id']}", forge=True)
    fake.wait_until(lambda: len(fake.callback_answers) == 1, timeout=15)
    assert bot.tickets()[0]["state"] == "new"
    fake.press(WATER, confirmation, f"unlog:{ticket['id']}")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "withdrawn", timeout=15)
    assert fake.wait_until(lambda: any("撤回" in (m["text"] or "") and ticket["number"]
                                       in (m["text"] or "") for m in fake.sent(COLLEAGUE)),
                           timeout=15)
    events = bot.query("SELECT actor_id, actor_role FROM events WHERE action = 'withdraw'")
    assert events == [{"actor_id": WATER, "actor_role": "staff"}]
    assert not fake.unexpected_errors()


def test_a_demand_logged_for_another_unit_says_where_it_went_not_who_may_not_handle_it(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = clerks(fake, make_bot)
    said = _answer(fake, WATER, "/log 走访中群众反映：后王楼村的路灯坏了一个月了", "已登记")
    [ticket] = bot.tickets()
    assert ticket["unit"] != "water", ticket
    assert "为公正起见" not in said and "已转给" in said and "办理" in said, said
    own = _answer(fake, WATER, "/log 走访中群众反映：后王楼村停水三天了", "已登记")
    assert "为公正起见" in own or "本单位目前只有您一位工作人员" in own, own
