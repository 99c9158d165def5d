"""A supervisor's 不批准 of a 延期 request, through the real bot and the fake Bot API (round 25:
/extend needs /approve, and a supervisor had no way to refuse). The request every supervisor
gets carries 批准 and 不批准: 不批准 keeps the deadline, tells the unit who refused it, takes the
buttons off every supervisor's copy, and leaves nothing for a stale 批准 or /approve to grant;
the citizen, never told of an /extend pending, hears nothing of its refusal, but is told when a
实事项目's later date they were told awaited approval is refused. 批准 does what /approve does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_dates import project_day
from tests.test_project_withdraw_e2e import CITIZEN, SUPERVISOR, WATER, _answer, _start

OTHER = 901  # a second supervisor


def _request(fake: FakeBotAPI, chat: int, needle: str) -> dict[str, Any]:
    """The supervisor's copy of the request naming `needle`, as they see it now."""
    return fake.wait_until(lambda: next((m for m in fake.messages(chat)
                                         if needle in (m.get("text") or "")), None), timeout=15)


def _data(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [b["callback_data"] for row in rows for b in row]


def _seen(fake: FakeBotAPI, chat: int, needle: str) -> str:
    """The first message the bot sent `chat` containing `needle`."""
    return str(fake.wait_until(lambda: next((m["text"] for m in fake.sent(chat)
                                             if needle in (m["text"] or "")), None), timeout=15))


def _toast(fake: FakeBotAPI, qid: str) -> str:
    return str(fake.wait_until(lambda: next((a["text"] for a in fake.callback_answers
                                             if a["id"] == qid), None), timeout=15))


def test_a_supervisor_refuses_an_extension_with_its_button(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    fake.add_user(OTHER)
    bot, number = _start(fake, make_bot, {"people.supervisors": [SUPERVISOR, OTHER]})
    [before] = bot.tickets()
    _answer(fake, WATER, f"/extend {number} 3 需要协调施工队", "3")
    asked = _request(fake, SUPERVISOR, "延期 3 个工作日")
    approve, refuse = _data(asked)
    assert approve.endswith(":1") and refuse.endswith(":0")
    assert _data(_request(fake, OTHER, "延期 3 个工作日")) == [approve, refuse]
    citizen_heard = len(fake.sent(CITIZEN))

    assert "不批准" in _toast(fake, fake.press(SUPERVISOR, asked, refuse))
    told = _seen(fake, SUPERVISOR, "未批准，")
    assert number in told and "办理时限不变" in told
    to_unit = _seen(fake, WATER, "未获批准")
    assert number in to_unit and "用户900" in to_unit and f"/extend {number}" in to_unit
    [row] = bot.tickets()
    assert row["deadline"] == before["deadline"] and not row["extension_days"]
    assert bot.query("SELECT old FROM events WHERE action = 'extension_declined'") == [
        {"old": "3"}]
    for chat in (SUPERVISOR, OTHER):  # every copy: decided, by whom, no buttons left
        fake.wait_until(lambda c=chat: "❌ 已由 用户900" in _request(fake, c, "延期 3 个工作日")[
            "text"] and not _data(_request(fake, c, "延期 3 个工作日")), timeout=15)

    # A stale 批准 (the other supervisor's copy, as it was) and /approve grant nothing.
    stale = fake.press(OTHER, asked, approve, forge=True)
    assert "已经处理过" in _toast(fake, stale)
    assert "没有待批准" in _answer(fake, SUPERVISOR, f"/approve {number}", "没有待批准")
    [row] = bot.tickets()
    assert row["deadline"] == before["deadline"]
    assert not bot.query("SELECT 1 FROM events WHERE action = 'approve'")
    fake.wait_until(bot.settled, timeout=15)
    assert len(fake.sent(CITIZEN)) == citizen_heard  # never told of the /extend, nor of this

    # Asked again: 批准 grants it, as /approve would, and the citizen hears the new deadline.
    _answer(fake, WATER, f"/extend {number} 2 施工队周末进场", "2")
    again = _request(fake, OTHER, "延期 2 个工作日")
    qid = fake.press(OTHER, again, _data(again)[0])
    assert "已批准" in _toast(fake, qid)
    assert "延期 2 个工作日" in _seen(fake, OTHER, "已批准")
    [row] = bot.tickets()
    assert row["deadline"] > before["deadline"] and not row["extension_days"]
    fake.wait_until(lambda: any("延至" in (m["text"] or "") for m in fake.sent(CITIZEN)),
                    timeout=15)
    fake.wait_until(lambda: not _data(_request(fake, SUPERVISOR, "延期 2 个工作日")),
                    timeout=15)
    assert not fake.unexpected_errors()


def test_a_refused_project_date_is_told_to_the_citizen_who_heard_it_awaited_approval(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, number = _start(fake, make_bot, {})
    [before] = bot.tickets()
    later, later_shown = project_day(20)
    _answer(fake, WATER, f"/project {number} 更换主管道 | 分两期施工 | {later}", "批准后生效")
    fake.wait_until(lambda: any("批准" in (m["text"] or "") for m in fake.sent(CITIZEN)),
                    timeout=15)  # the citizen was told the date awaits approval
    asked = _request(fake, SUPERVISOR, later_shown)
    fake.press(SUPERVISOR, asked, _data(asked)[1])
    assert number in _seen(fake, CITIZEN, "未获督查部门批准")
    [row] = bot.tickets()
    assert row["deadline"] == before["deadline"] and row["extension_until"] is None
    assert not fake.unexpected_errors()
