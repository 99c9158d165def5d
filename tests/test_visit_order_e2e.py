"""The 回访 answered out of turn, through the real bot process and the fake Bot API (outside
testers, refs #10): an answer typed before its question is never asked again nor overridden by a
later button, a change of mind is said, old and skipped-ahead buttons change nothing, and an
answer that comes after the visit closed as 默认满意 is read as that visit's late answer — the
unit and supervisors told of a 未解决 or 不满意, the citizen told it came late — never a new
ticket."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import WATER_GROUP, tickets_of, wait_text, water_visits

AHEAD, CHANGED, STALE, LATE_NO, LATE_YES, LATE_PRESS = range(541, 547)
SUPERVISOR = 901


def _question(fake: FakeBotAPI, chat: int, needle: str) -> dict[str, Any]:
    """The latest message in the chat showing `needle` with buttons under it."""
    found: dict[str, Any] = fake.wait_until(lambda: next(
        (m for m in reversed(fake.messages(chat)) if needle in (m.get("text") or "")
         and m.get("reply_markup", {}).get("inline_keyboard")), None), timeout=20)
    return found


def _press(fake: FakeBotAPI, chat: int, message: dict[str, Any], data: str,
           forge: bool = False) -> str:
    qid = fake.press(chat, message, data, forge=forge)
    toast: str = fake.wait_until(lambda: next((a.get("text") or "" for a in fake.callback_answers
                                               if a["id"] == qid), None), timeout=20)
    return toast


def _events(bot: BotProcess, ticket: dict[str, Any]) -> list[dict[str, Any]]:
    return bot.query("SELECT action, old, new, detail FROM events WHERE ticket_id = ? ORDER BY id",
                     [ticket["id"]])


@pytest.fixture
def asked(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    fake.add_user(SUPERVISOR)
    return water_visits(fake, make_bot, (AHEAD, CHANGED, STALE, LATE_NO, LATE_YES, LATE_PRESS),
                        {"people.supervisors": [SUPERVISOR]})


def test_an_answer_typed_ahead_is_never_asked_again_nor_overridden_by_a_button(
    fake: FakeBotAPI, asked: BotProcess
) -> None:
    bot = asked
    fake.send_text(AHEAD, "很不满意")
    wait_text(fake, AHEAD, "请再回答")
    assert tickets_of(bot, AHEAD)[0]["rating"] == "unsatisfied"
    number, tid = tickets_of(bot, AHEAD)[0]["number"], tickets_of(bot, AHEAD)[0]["id"]
    first = _question(fake, AHEAD, "请再回答")
    assert "已记录" in _press(fake, AHEAD, first, f"v:{tid}:0:c:1")
    second = _question(fake, AHEAD, "第二个问题")
    # A 满意 pressed where 是否解决 is asked (a forged or old button): refused, nothing changes.
    assert "请先回答" in _press(fake, AHEAD, second, f"v:{tid}:0:r:3", forge=True)
    assert tickets_of(bot, AHEAD)[0]["rating"] == "unsatisfied"
    _press(fake, AHEAD, second, f"v:{tid}:0:s:1")
    # The 满意度 already said is shown as answered, with no buttons to override it …
    last = wait_text(fake, AHEAD, "最后一个问题")[-1]
    assert "您之前已经回答过" in last and "不满意" in last
    assert not [m for m in fake.messages(AHEAD) if "最后一个问题" in (m.get("text") or "")
                and m.get("reply_markup", {}).get("inline_keyboard")]
    # … and the visit concludes on it: back to the unit, which and the supervisors are told.
    fake.wait_until(lambda: tickets_of(bot, AHEAD)[0]["state"] == "reopened", timeout=20)
    wait_text(fake, WATER_GROUP, f"{number}（县水务局）回访结果：不满意")
    wait_text(fake, SUPERVISOR, f"{number}（县水务局）回访结果：不满意")
    # A 满意 forged on the last question afterwards: refused, the visit is over.
    assert "退回" in _press(fake, AHEAD, fake.messages(AHEAD)[-1], f"v:{tid}:0:r:3", forge=True)
    row = tickets_of(bot, AHEAD)[0]
    assert (row["state"], row["rating"], row["reopen_count"]) == ("reopened", "unsatisfied", 1)
    rated = [e["detail"] for e in _events(bot, row) if e["action"] == "rate"]
    assert rated == ["c:1", "s:1", "r:1"]  # one answer to each question
    assert len(tickets_of(bot, AHEAD)) == 1


def test_a_change_of_mind_is_said_and_old_buttons_change_nothing(
    fake: FakeBotAPI, asked: BotProcess
) -> None:
    bot = asked
    fake.send_text(CHANGED, "没解决")
    wait_text(fake, CHANGED, "请再回答")
    # The citizen then says otherwise, in a sentence answering from the question waiting on:
    fake.send_text(CHANGED, "联系过了，其实已经解决了，满意")
    fake.wait_until(lambda: tickets_of(bot, CHANGED)[0]["state"] == "closed", timeout=20)
    told = wait_text(fake, CHANGED, "您之前说的是")[-1]
    assert "「未解决」" in told and "「已解决」" in told
    row = tickets_of(bot, CHANGED)[0]
    assert (row["solved"], row["rating"]) == (1, "satisfied")
    assert [(e["detail"], e["old"]) for e in _events(bot, row) if e["action"] == "rate"] == [
        ("c:1", None), ("s:1", "s:0"), ("r:3", None)]
    # /status says what was said before.
    fake.send_text(CHANGED, f"/status {row['number']}")
    assert "此前说的是：未解决" in wait_text(fake, CHANGED, "办理记录")[-1]

    # Two copies of the first question (asked, then asked again): the second press is refused.
    stale_tid = tickets_of(bot, STALE)[0]["id"]
    fake.send_text(STALE, "很不满意")
    again = _question(fake, STALE, "请再回答")
    original = next(m for m in fake.messages(STALE) if "联系过您" in (m.get("text") or ""))
    _press(fake, STALE, again, f"v:{stale_tid}:0:c:0")
    assert "回答过" in _press(fake, STALE, original, f"v:{stale_tid}:0:c:1", forge=True)
    assert tickets_of(bot, STALE)[0]["contacted"] == 0


def test_an_answer_after_the_default_closure_is_that_visits_late_answer(
    fake: FakeBotAPI, asked: BotProcess
) -> None:
    bot = asked
    visit_sent = min(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit_sent + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    for citizen in (LATE_NO, LATE_YES, LATE_PRESS):
        fake.wait_until(lambda c=citizen: tickets_of(bot, c)[0]["rating"] == "default", timeout=20)
        wait_text(fake, citizen, "按默认满意销号")

    number = tickets_of(bot, LATE_NO)[0]["number"]
    fake.send_text(LATE_NO, "没解决，还是没水")
    fake.wait_until(lambda: tickets_of(bot, LATE_NO)[0]["state"] == "reopened", timeout=20)
    told = wait_text(fake, LATE_NO, "重新办理")[-1]
    assert "此前" in told and "默认满意" in told and "未解决" in told
    for chat in (WATER_GROUP, SUPERVISOR):
        notice = wait_text(fake, chat, f"{number}（县水务局）回访结果：问题未解决")[-1]
        assert "市民事后补充回答" in notice
    row = tickets_of(bot, LATE_NO)[0]
    assert (row["rating"], row["reopen_count"], row["closed_at"]) == (None, 1, None)
    assert [(e["detail"], e["old"]) for e in _events(bot, row) if e["action"] == "rate"] == [
        ("s:0", "late")]

    fake.send_text(LATE_YES, "解决了，挺满意的")
    told = wait_text(fake, LATE_YES, "谢谢您的回答")[-1]
    assert "默认满意" in told
    row = tickets_of(bot, LATE_YES)[0]
    assert (row["state"], row["solved"], row["rating"]) == ("closed", 1, "satisfied")

    # The old question's 否 button, then a typed 不满意: recorded in turn, then sent back.
    tid = tickets_of(bot, LATE_PRESS)[0]["id"]
    first = next(m for m in fake.messages(LATE_PRESS) if "联系过您" in (m.get("text") or ""))
    assert "默认满意" in _press(fake, LATE_PRESS, first, f"v:{tid}:0:c:0")
    assert tickets_of(bot, LATE_PRESS)[0]["contacted"] == 0
    fake.send_text(LATE_PRESS, "不满意")
    fake.wait_until(lambda: tickets_of(bot, LATE_PRESS)[0]["state"] == "reopened", timeout=20)
    assert tickets_of(bot, LATE_PRESS)[0]["rating"] == "unsatisfied"
    # No late answer opened a ticket.
    assert [len(tickets_of(bot, c)) for c in (LATE_NO, LATE_YES, LATE_PRESS)] == [1, 1, 1]
