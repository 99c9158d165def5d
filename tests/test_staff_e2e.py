"""Unit staff at work, end to end: the real `run` subprocess against the loopback fake Bot API."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.test_project_dates import project_day

CITIZEN, WATER, HOUSING, SUPERVISOR, STRANGER, COLLEAGUE = 501, 11, 21, 900, 777, 12
WATER_GROUP, HOUSING_GROUP = -1001, -1002
NUMBER = re.compile(r"\d{8}-\d{4,}")
OVERRIDES = {
    "people.supervisors": [SUPERVISOR],
    "units.water.chat_id": WATER_GROUP,
    "units.housing.chat_id": HOUSING_GROUP,
    "telegram.per_group_per_minute": 0,  # the fake allows bursts of 20; keep the test quick
}

Json = dict[str, Any]


def said(fake: FakeBotAPI, chat: int, needle: str, timeout: float = 15.0) -> Json:
    """The first message the bot sent to `chat` containing `needle` (waits for it)."""

    def find() -> Json | None:
        return next((m for m in fake.sent(chat) if needle in (m["text"] or "")), None)

    found: Json = fake.wait_until(find, timeout)
    return found


def toasts(fake: FakeBotAPI, count: int) -> list[Json]:
    answers: list[Json] = fake.wait_until(
        lambda: len(fake.callback_answers) >= count and fake.callback_answers)
    return answers


def join(bot: BotProcess, fake: FakeBotAPI, user: int, *args: str) -> None:
    done = bot.cli("invite", *args)
    assert done.returncode == 0, done.stderr
    fake.send_text(user, f"/join {done.stdout.splitlines()[-1]}")
    said(fake, user, "绑定成功")


def start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(HOUSING_GROUP, "县住建局工作群")
    fake.add_group(-1003, "闲聊群")
    fake.add_user(WATER, "王经办", "water_wang")
    fake.add_user(HOUSING, "赵经办", "housing_zhao")
    fake.add_user(CITIZEN, "张三", "zhangsan")
    fake.add_user(SUPERVISOR, "督查", "duchar")
    bot = make_bot(OVERRIDES)
    join(bot, fake, WATER, "--unit", "water")
    join(bot, fake, HOUSING, "--unit", "housing")
    return bot


@pytest.mark.slow
def test_a_ticket_through_two_units(fake: FakeBotAPI,
                                    make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    fake.send_text(CITIZEN, "我家小区停水两天了，我叫张三，电话13812345678")
    ack = said(fake, CITIZEN, "工单编号")
    number = NUMBER.search(ack["text"]).group()  # type: ignore[union-attr]
    ticket_id = bot.tickets()[0]["id"]

    # The unit is told in its group and in its staff's private chats, with buttons, masked.
    push = said(fake, WATER_GROUP, number)
    said(fake, WATER, "新工单")
    assert "13812345678" not in push["text"] and "【电话】" in push["text"]
    assert "张三" not in push["text"]
    assert [b["callback_data"] for b in push["reply_markup"]["inline_keyboard"][0]] == \
        [f"acc:{ticket_id}", f"ret:{ticket_id}"]

    # 接单 in the group: one answer to the press, the citizen hears it.
    fake.press(WATER, push, f"acc:{ticket_id}")
    assert "签收" in toasts(fake, 1)[0]["text"]
    said(fake, CITIZEN, "签收")
    fake.send_text(WATER, f"/reply {number} 我们已联系供水所，今天下午派人查看")
    assert "供水所" in said(fake, CITIZEN, "答复")["text"]

    # Not ours after all: transfer to housing in the group, with a reason.
    fake.send_text(WATER, f"/transfer {number} housing 小区二次供水设施归物业管理", WATER_GROUP)
    said(fake, WATER_GROUP, "已改派至")
    said(fake, CITIZEN, "县住房和城乡建设局")
    new_push = said(fake, HOUSING_GROUP, number)
    said(fake, HOUSING, number)

    # The old unit can no longer act, and is told where it went; the new one accepts, notes,
    # and resolves.
    fake.send_text(WATER, f"/done {number} 已处理")
    assert "县住房和城乡建设局办理" in said(fake, WATER, "从本单位转出")["text"]
    fake.press(HOUSING, new_push, f"acc:{ticket_id}")
    toasts(fake, 2)
    fake.send_text(HOUSING, f"/note {number} 物业经理电话已记录，内部跟进", HOUSING_GROUP)
    said(fake, HOUSING_GROUP, "内部备注")
    fake.send_text(HOUSING, f"/done {number} 已督促物业更换加压泵，恢复供水")
    said(fake, CITIZEN, "恢复供水")

    # The citizen saw every step, never the internal note; /status tells the story.
    fake.send_text(CITIZEN, f"/status {number}")
    status = said(fake, CITIZEN, "办理记录")["text"]
    for step in ("单位签收", "单位答复", "改派", "办结"):
        assert step in status
    assert all("内部" not in m["text"] for m in fake.sent(CITIZEN))
    [row] = bot.tickets()
    assert (row["unit"], row["state"], row["transfer_count"]) == ("housing", "resolved", 1)
    transfer = bot.query("SELECT actor_id, old, new, detail FROM events WHERE action = 'transfer'")
    assert transfer == [{"actor_id": WATER, "old": "water", "new": "housing",
                         "detail": "小区二次供水设施归物业管理"}]
    assert len(fake.callback_answers) == 2 and not fake.unexpected_errors()


def test_refusals_bad_input_and_forged_presses(fake: FakeBotAPI,
                                               make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    # /help shows staff and supervisors their commands, and that citizens' data is masked.
    for user, heading in ((WATER, "工作人员命令"), (SUPERVISOR, "督查人员命令")):
        fake.send_text(user, "/help")
        assert "已自动遮挡" in said(fake, user, heading)["text"]
    fake.send_text(CITIZEN, "家里停水了")
    number = NUMBER.search(said(fake, CITIZEN, "工单编号")["text"]).group()  # type: ignore[union-attr]
    push = said(fake, WATER_GROUP, number)
    ticket_id = bot.tickets()[0]["id"]

    # Forged and foreign presses: refused, changed nothing, each answered exactly once.
    fake.press(STRANGER, push, f"acc:{ticket_id}")
    fake.press(HOUSING, push, f"ret:{ticket_id}")
    fake.press(WATER, push, "acc:99999", forge=True)
    fake.press(WATER, push, "drop table", forge=True)
    answers = toasts(fake, 4)
    assert {a["text"] for a in answers} == {"这个按钮已失效或您无权操作。"}
    assert bot.tickets()[0]["state"] == "new"

    # A stranger in the unit group, a citizen guessing numbers, a staff member elsewhere.
    fake.send_text(STRANGER, f"/accept {number}", WATER_GROUP)
    said(fake, WATER_GROUP, "已绑定的本单位工作人员")
    fake.send_text(CITIZEN, f"/accept {number}")
    said(fake, CITIZEN, "仅供责任单位工作人员")
    fake.send_text(HOUSING, f"/show {number}")
    fake.send_text(HOUSING, "/show 20991231-0001")
    refusals = fake.wait_until(lambda: (found := [m["text"] for m in fake.sent(HOUSING)
                                                  if "没有找到编号" in m["text"]])[1:] and found)
    assert refusals[0].replace(number, "N") == refusals[1].replace("20991231-0001", "N")
    fake.send_text(WATER, f"/accept {number}", -1003)  # a group of no unit
    said(fake, -1003, "私聊")

    # Wrong chat type and malformed arguments.
    fake.send_text(CITIZEN, "/my", WATER_GROUP)
    said(fake, WATER_GROUP, "请私聊")
    fake.send_text(WATER, "/join ABC", WATER_GROUP)
    said(fake, WATER_GROUP, "请在与我的私聊中使用 /join")
    fake.send_text(WATER, "/transfer")
    said(fake, WATER, "用法：/transfer")
    fake.send_text(WATER, f"/transfer {number} nowhere 不归我们")
    assert "hotline" in said(fake, WATER, "可用的单位")["text"]
    fake.send_text(WATER, f"/extend {number} 几天 理由")  # 三天 is 3 (tests/test_arguments_e2e)
    said(fake, WATER, "用法：/extend")

    # /join brute force is throttled; a rename changes nothing about who someone is.
    for attempt in range(6):
        fake.send_text(STRANGER, f"/join WRONG{attempt}")
    said(fake, STRANGER, "错误次数过多", timeout=20)
    fake.rename(WATER, "someone_else")
    fake.send_text(WATER, f"/accept {number}")
    said(fake, WATER, "已签收")
    assert bot.tickets()[0]["state"] == "accepted"
    assert not fake.unexpected_errors()


def test_offline_log_extension_and_project(fake: FakeBotAPI,
                                          make_bot: Callable[..., BotProcess]) -> None:
    bot = start(fake, make_bot)
    fake.send_text(WATER, "/log 走访收集：东关村王大爷反映村里自来水停水三天，电话13912345678")
    number = NUMBER.search(said(fake, WATER, "已登记线下诉求")["text"]).group()  # type: ignore[union-attr]
    [row] = bot.tickets()
    assert (row["channel"], row["logged_by"], row["chat_id"], row["unit"]) == \
        ("offline", WATER, WATER, "water")

    fake.send_text(WATER, f"/extend {number} 3 需要更换主管道")
    said(fake, WATER, "督查人员批准后生效")
    said(fake, SUPERVISOR, f"/approve {number}")
    fake.send_text(WATER, f"/approve {number}")  # staff cannot approve
    said(fake, WATER, "仅供督查人员使用")
    fake.send_text(SUPERVISOR, f"/approve {number}")
    said(fake, SUPERVISOR, "已批准")
    said(fake, WATER, "经批准")  # the "citizen" of a logged demand is the staff who logged it
    fake.send_text(SUPERVISOR, f"/done {number} 好了")
    said(fake, SUPERVISOR, "不以责任单位名义办理")

    # Who logged it does not sign it (a 实事项目 signs on the way) while a colleague can: the
    # colleague does.
    fake.add_user(COLLEAGUE, "刘经办")
    join(bot, fake, COLLEAGUE, "--unit", "water")
    project = f"/project {number} 更换村内主管道 | 12月完成招标，次年1月施工 | {project_day()[0]}"
    fake.send_text(WATER, project)
    said(fake, WATER, "亲自登记的线下诉求")
    fake.send_text(COLLEAGUE, project)
    said(fake, COLLEAGUE, "已列为实事项目")
    [row] = bot.tickets()
    assert row["project"] == 1 and row["measures"] == "更换村内主管道"
    assert row["extension_until"] and row["deadline"] < row["extension_until"]
    fake.send_text(WATER, "/list project")
    listing = said(fake, WATER, "实事项目）")["text"]
    assert number in listing and "13912345678" not in listing
    actions = [e["action"] for e in bot.query(
        "SELECT action FROM events WHERE ticket_id IS NOT NULL ORDER BY id")]
    # Making it a 实事项目 signs the ticket nobody had signed (the unit took it on).
    assert actions == ["created", "routed", "extend", "approve", "accept", "project"]
