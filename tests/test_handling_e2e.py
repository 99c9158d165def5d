"""What a unit's handling records and tells, end to end: the real `run` process on the fake Bot API.

A 回访 that sends a ticket back names the real reason; /done signs what nobody signed; a second
extension request replaces the first in the open and /approve says what it grants; /show's history
is written for people; the 退单 button asks for a reason as /transfer does, and does nothing
once the unit took the ticket on; staff
cannot handle the complaint they reported themselves.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from bot.texts import common, for_citizen, for_staff
from bot.texts.history import EVENT_NAMES
from tests.harness import BotProcess, by_day

CITIZEN, STAFF, STAFF2, SUPERVISOR = 501, 601, 602, 900
WATER_GROUP = -1001
NUMBER = re.compile(r"\d{8}-\d{4,}")
ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
OVERRIDES = {"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
             "telegram.per_group_per_minute": 0}  # the fake allows bursts of 20

Json = dict[str, Any]


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or m["caption"] or "" for m in fake.sent(chat)]


def _said(fake: FakeBotAPI, chat: int, needle: str, count: int = 1) -> list[str]:
    """The texts sent to `chat` containing `needle`, once there are `count` of them."""
    def found() -> list[str] | None:
        hits = [t for t in _texts(fake, chat) if needle in t]
        return hits if len(hits) >= count else None

    hits: list[str] = fake.wait_until(found, timeout=20)
    return hits


def _with_button(fake: FakeBotAPI, chat: int, data: str) -> Json:
    def find() -> Json | None:
        return next((m for m in reversed(fake.sent(chat)) if data in str(m["reply_markup"])), None)

    found: Json = fake.wait_until(find, timeout=20)
    return found


def _toast(fake: FakeBotAPI, count: int) -> str:
    answers: list[Json] = fake.wait_until(
        lambda: fake.callback_answers[count - 1:] and fake.callback_answers, timeout=20)
    return str(answers[count - 1]["text"])


def _start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    for user, name in ((CITIZEN, "张三"), (STAFF, "王经办"), (STAFF2, "李经办"), (SUPERVISOR, "督查")):
        fake.add_user(user, name)
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot(OVERRIDES)
    for user in (STAFF, STAFF2):
        code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
        fake.send_text(user, f"/join {code}")
        _said(fake, user, "绑定成功")
    return bot


def _report(fake: FakeBotAPI, bot: BotProcess, user: int, text: str, count: int) -> str:
    fake.send_text(user, text)
    ack = _said(fake, user, "工单编号", count)[-1]
    number = NUMBER.search(ack)
    assert number is not None
    return number.group()


def _row(bot: BotProcess, number: str) -> Json:
    [row] = bot.query("SELECT * FROM tickets WHERE number = ?", [number])
    return row


def _pushed(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], text: str
            ) -> tuple[BotProcess, str, int, Json]:
    """The bot; the citizen's report of `text`: its number, its id, its push in the group."""
    bot = _start(fake, make_bot)
    number = _report(fake, bot, CITIZEN, text, 1)
    ticket_id = _row(bot, number)["id"]
    return bot, number, ticket_id, _with_button(fake, WATER_GROUP, f"ret:{ticket_id}")


@pytest.mark.slow
def test_reopen_reason_signing_extensions_and_a_readable_history(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = _start(fake, make_bot)
    number = _report(fake, bot, CITIZEN, "我家小区从昨天开始停水了，电话13812345678", 1)

    # 办结 without 接单: the 签收 is recorded on the way, so the unit responded.
    fake.send_text(STAFF, f"/done {number} 已更换破损水管，恢复供水")
    _said(fake, CITIZEN, "恢复供水")
    row = _row(bot, number)
    assert row["state"] == "resolved" and row["accepted_at"] == row["resolved_at"]

    # 回访: contacted 是, then 未解决, then 满意 — back to the unit because it is not solved.
    resolved = dt.datetime.fromisoformat(row["resolved_at"])
    tick = bot.cli("tick", "--now", by_day(resolved + dt.timedelta(hours=25)).isoformat())
    assert tick.returncode == 0, tick.stderr
    for count, answer in enumerate(("c:1", "s:0", "r:3"), 1):
        data = f"v:{row['id']}:0:{answer}"
        fake.press(CITIZEN, _with_button(fake, CITIZEN, data), data)
        _toast(fake, count)
    reason = "回访结果：问题未解决（满意度：满意），已退回"
    for chat in (WATER_GROUP, STAFF, SUPERVISOR):
        [notice] = _said(fake, chat, "重办")
        assert reason in notice and "回访结果：满意" not in notice
    row = _row(bot, number)
    assert (row["state"], row["reopen_count"], row["rating"]) == ("reopened", 1, "satisfied")
    [reopen] = bot.query("SELECT detail FROM events WHERE action = 'reopen'")
    assert reopen["detail"] == "问题未解决（满意度：满意）"
    # 响应率 / 解决率 / 满意率 / 按时办结率: signed by /done, rated unsolved but satisfied; the
    # 办结 the citizen sent back is none (resolved on time: nothing to measure yet).
    fake.send_text(SUPERVISOR, "/stats 30")
    stats = _said(fake, SUPERVISOR, "近 30 天办理情况")[0]
    assert "县水务局：100.0% / 0.0% / 100.0% / —" in stats, stats

    # Two extension requests: the later replaces the earlier, and everyone is told which counts.
    fake.send_text(STAFF, f"/extend {number} 3 需要协调施工队")
    _said(fake, SUPERVISOR, "同意延期 3 个工作日请发 /approve")
    fake.send_text(STAFF2, f"/extend {number} 5 主管道需整体更换")
    [asked] = _said(fake, STAFF2, "延期 5 个工作日的申请")
    assert "此前待批的申请（延期 3 个工作日）已作废" in asked
    [second] = _said(fake, SUPERVISOR, "同意延期 5 个工作日请发 /approve")
    assert "替代此前待批的申请（延期 3 个工作日）" in second
    fake.send_text(SUPERVISOR, f"/approve {number}")
    [approved] = _said(fake, SUPERVISOR, "已批准")
    assert "（延期 5 个工作日）" in approved
    _said(fake, WATER_GROUP, "延期申请已获批准（延期 5 个工作日）")
    row = _row(bot, number)
    assert (row["extension_days"], row["extension_until"]) == (0, None)

    # /show: every event named in Chinese, details readable, no ISO timestamp or code.
    fake.send_text(STAFF, f"/show {number}")
    [shown] = _said(fake, STAFF, "受理时间：")
    history = shown.split("\n办理记录\n", 1)[1]
    assert not ISO.search(history), history
    for line in history.strip().splitlines():
        assert re.match(r"\d+月\d+日 \d\d:\d\d [\u4e00-\u9fff]", line), line
    for needle in ("单位签收", "发起回访", "市民评价：问题是否解决：未解决",
                   "重新办理（县水务局）：问题未解决（满意度：满意）",
                   "申请延期（县水务局）：延期 5 个工作日，理由：主管道需整体更换"
                   "（替代此前待批的申请：延期 3 个工作日）",
                   "延期获批：延期 5 个工作日，新的办理时限："):
        assert needle in history, (needle, history)
    actions = {e["action"] for e in bot.query(
        "SELECT DISTINCT action FROM events WHERE ticket_id IS NOT NULL")}
    assert actions <= set(EVENT_NAMES)
    assert "13812345678" not in history
    assert not fake.unexpected_errors()


@pytest.mark.slow
def test_stale_decline_button_and_staff_own_complaint(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot, number, ticket_id, push = _pushed(fake, make_bot, "村里自来水停水两天了")

    # 接单, then the same push's 退单: refused with the reason, nothing moves.
    fake.press(STAFF, push, f"acc:{ticket_id}")
    assert "已签收" in _toast(fake, 1)
    fake.press(STAFF2, push, f"ret:{ticket_id}")
    assert _toast(fake, 2) == for_staff.decline_stale(number, "accepted")
    row = _row(bot, number)
    assert (row["unit"], row["state"], row["transfer_count"]) == ("water", "accepted", 0)
    assert not bot.query("SELECT * FROM events WHERE action = 'transfer'")
    fake.send_text(SUPERVISOR, "/stats 30")
    assert "分派不准" not in _said(fake, SUPERVISOR, "近 30 天办理情况")[0]

    # A staff member reports a water cut at home: it goes to water, where they work.
    own = _report(fake, bot, STAFF, "我家停水了，水龙头一滴水都没有", 1)
    own_id = _row(bot, own)["id"]
    # The push goes to the group and colleagues, not to them; the group's button refuses them.
    own_push = _with_button(fake, WATER_GROUP, f"acc:{own_id}")
    _with_button(fake, STAFF2, f"acc:{own_id}")
    assert not [m for m in fake.sent(STAFF) if own in (m["text"] or "") and m["reply_markup"]]
    fake.press(STAFF, own_push, f"acc:{own_id}")
    refused = _toast(fake, 3)  # in the group: no word of whose complaint it is
    assert "不能由您办理" in refused and "本人" not in refused
    fake.send_text(STAFF, f"/done {own} 已修好")
    [told] = _said(fake, STAFF, "本人反映的诉求")
    assert "本单位其他同事" in told
    fake.send_text(STAFF, f"/accept {own}", WATER_GROUP)
    [in_group] = _said(fake, WATER_GROUP, "请本单位其他同事签收办理")
    assert "本人" not in in_group
    assert _row(bot, own)["state"] == "new" and _row(bot, own)["accepted_at"] is None
    fake.send_text(STAFF, f"/show {own}")  # reading stays allowed
    assert own in _said(fake, STAFF, "受理时间：")[0]
    fake.send_text(STAFF2, f"/accept {own}")  # a colleague handles it
    _said(fake, STAFF2, "已签收")
    assert _row(bot, own)["state"] == "accepted"
    assert not fake.unexpected_errors()


def test_the_decline_button_asks_for_the_reason_as_transfer_does(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    """退单 needs a reason as /transfer does (an outside tester: the button sent a ticket back
    with none): the press asks for it with /transfer's own form, filled in, and moves nothing;
    the ticket goes back to manual dispatch through /transfer, with the reason typed."""
    bot, number, ticket_id, push = _pushed(fake, make_bot, "咱这条街的自来水管子冻裂了，一直往外冒水")
    fake.press(STAFF, push, f"ret:{ticket_id}")
    assert "理由" in _toast(fake, 1)
    [asked] = _said(fake, WATER_GROUP, f"/transfer {number} hotline 理由")
    assert "理由必填" in asked
    row = _row(bot, number)
    assert (row["unit"], row["state"], row["transfer_count"]) == ("water", "new", 0)
    assert not bot.query("SELECT * FROM events WHERE action = 'transfer'")
    # Without a reason the command answers as it always has; with one, the ticket goes back.
    fake.send_text(STAFF, f"/transfer {number} hotline", WATER_GROUP)
    _said(fake, WATER_GROUP, for_staff.staff_usage("transfer"))
    fake.send_text(STAFF, f"/transfer {number} hotline 管子在小区院里，归物业维修", WATER_GROUP)
    fake.wait_until(lambda: _row(bot, number)["unit"] == "hotline", timeout=20)
    moved = bot.query("SELECT old, new, detail FROM events WHERE action = 'transfer'")
    assert moved == [{"old": "water", "new": "hotline", "detail": "管子在小区院里，归物业维修"}]
    _said(fake, CITIZEN, "重新确定责任单位")
    assert not fake.unexpected_errors()


def _on_screen(fake: FakeBotAPI, chat: int, message_id: int) -> Json:
    """A message as the chat sees it now (edits applied)."""
    return next(m for m in fake.messages(chat) if m["message_id"] == message_id)


@pytest.mark.slow
def test_an_answered_visit_question_shows_its_answer_and_a_second_press_counts_nothing(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    """SPEC §4: each question is answered once. Once answered, its buttons go (an edit through
    the outbox); a press on it that a client still shows (a stale copy) is told the question
    or the visit is done, and changes nothing. The same edit adds what was chosen."""
    bot = _start(fake, make_bot)
    number = _report(fake, bot, CITIZEN, "我家小区从昨天开始停水了", 1)
    fake.send_text(STAFF, f"/done {number} 已更换破损水管，恢复供水")
    _said(fake, CITIZEN, "恢复供水")
    row = _row(bot, number)
    resolved = dt.datetime.fromisoformat(row["resolved_at"])
    tick = bot.cli("tick", "--now", by_day(resolved + dt.timedelta(hours=25)).isoformat())
    assert tick.returncode == 0, tick.stderr
    presses = 0
    for (answer, other), chosen in zip((("c:1", "c:0"), ("s:1", "s:0"), ("r:3", "r:1")),
                                       ("是", "已解决", "满意"), strict=True):
        data = f"v:{row['id']}:0:{answer}"
        question = _with_button(fake, CITIZEN, data)
        fake.press(CITIZEN, question, data)
        presses += 1
        assert _toast(fake, presses) == "已记录，谢谢您！"
        fake.wait_until(lambda q=question: not _on_screen(fake, CITIZEN, q["message_id"])
                        .get("reply_markup"), timeout=20)
        # The same edit shows what was chosen, under the question as it was.
        shown = _on_screen(fake, CITIZEN, question["message_id"])["text"]
        assert shown.startswith(question["text"]) and shown.endswith(f"您的回答：{chosen}")
        with pytest.raises(ValueError):  # the button is gone from the message
            fake.press(CITIZEN, _on_screen(fake, CITIZEN, question["message_id"]),
                       f"v:{row['id']}:0:{other}")
        # A client that still shows the old buttons: a clear answer, nothing counted.
        fake.press(CITIZEN, question, f"v:{row['id']}:0:{other}", forge=True)
        presses += 1
        again = _toast(fake, presses)
        assert again == (for_citizen.VISIT_ALREADY_ANSWERED if answer != "r:3" else common.VISIT_OVER)
    _said(fake, CITIZEN, "已销号")
    row = _row(bot, number)
    assert (row["state"], row["contacted"], row["solved"], row["rating"], row["reopen_count"]) \
        == ("closed", 1, 1, "satisfied", 0)
    rates = bot.query("SELECT detail FROM events WHERE action = 'rate' ORDER BY id")
    assert [r["detail"] for r in rates] == ["c:1", "s:1", "r:3"]
    assert len(fake.sent(CITIZEN, "editMessageText")) == 3
    assert not fake.sent(CITIZEN, "editMessageReplyMarkup") and not fake.unexpected_errors()
