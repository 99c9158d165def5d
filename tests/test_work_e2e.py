"""What a unit works with is whole and true, end to end through `python -m bot run`: the
citizen's photos and places reach the unit as they are, one ticket per problem, a stale visit
button changes nothing, a 实事项目 date waits for approval, and confirmations say what happened."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from bot.actions.media import TRAILER_MINUTES
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.test_project_dates import project_day
from tests.test_staff_e2e import join, said

CITIZEN, NEIGHBOUR, ALBUM, WATER, SUPERVISOR = 501, 502, 503, 11, 900
WATER_GROUP, CHANNEL = -1001, -1009  # the channel does not exist until a test adds it
NUMBER = re.compile(r"\d{8}-\d{4,}")
Json = dict[str, Any]


def start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user, name in ((CITIZEN, "张三"), (NEIGHBOUR, "李四"), (ALBUM, "王五"),
                       (WATER, "王经办"), (SUPERVISOR, "督查")):
        fake.add_user(user, name)
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
                    "publish.channel_id": CHANNEL,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    join(bot, fake, WATER, "--unit", "water")
    return bot


def sent_of(fake: FakeBotAPI, chat: int, kind: str) -> list[Json]:
    return [m for m in fake.sent(chat) if m["kind"] == kind]


def biggest(message: Json) -> str:
    return str(message["photo"][-1]["file_id"])


def test_media_reach_the_unit_as_they_are_and_one_problem_is_one_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot)
    # A photo with its words: the unit sees the words, then the photo itself.
    photo = fake.send_photo(CITIZEN, "我家小区停水两天了，水管在冒水")
    fake.wait_until(lambda: sent_of(fake, WATER_GROUP, "photo"), timeout=15)
    [shown] = sent_of(fake, WATER_GROUP, "photo")
    assert shown["file_id"] in {p["file_id"] for p in photo["photo"]}
    assert "附件" in (shown["caption"] or "")
    # A place sent right after joins the ticket and reaches the unit as a place, once the few
    # minutes in which a new problem described next would take it have passed.
    fake.send_location(CITIZEN, 35.07, 116.31)
    fake.wait_until(lambda: bot.query("SELECT 1 FROM attachments WHERE kind = 'location'"),
                    timeout=15)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=TRAILER_MINUTES + 1)
    assert bot.cli("tick", "--now", later.isoformat()).returncode == 0
    [place] = fake.wait_until(lambda: sent_of(fake, WATER_GROUP, "location"), timeout=15)
    assert place["location"] == {"latitude": 35.07, "longitude": 116.31}
    assert len(bot.tickets()) == 1

    # A photo first, its words a minute later: one ticket, routed by the words.
    fake.send_photo(NEIGHBOUR)
    said(fake, NEIGHBOUR, "用文字说明")
    fake.send_text(NEIGHBOUR, "这是我们村东头，自来水停了三天了")
    said(fake, NEIGHBOUR, "县水务局")
    neighbour = [t for t in bot.tickets() if t["citizen_id"] == NEIGHBOUR]
    assert [(t["unit"], t["pending_until"]) for t in neighbour] == [("water", None)]
    fake.wait_until(lambda: len(sent_of(fake, WATER_GROUP, "photo")) == 2, timeout=15)

    # An album: one acknowledgement, and the unit gets it as one album.
    album = fake.send_album(ALBUM, 3, "小区水管爆了，停水，看照片")
    fake.wait_until(lambda: [m for m in fake.sent(WATER_GROUP) if m["method"] == "sendMediaGroup"]
                    and len([m for m in fake.sent(WATER_GROUP)
                             if m["method"] == "sendMediaGroup"]) >= 3, timeout=15)
    grouped = [m for m in fake.sent(WATER_GROUP) if m["method"] == "sendMediaGroup"]
    assert len({m["media_group_id"] for m in grouped}) == 1 and len(grouped) == 3
    assert {m["file_id"] for m in grouped} <= {p["file_id"] for a in album for p in a["photo"]}
    acks = [m for m in fake.sent(ALBUM) if "工单编号" in (m["text"] or "")]
    assert len(acks) == 1 and len([t for t in bot.tickets() if t["citizen_id"] == ALBUM]) == 1

    # /show sends them again to whoever asks.
    number = bot.tickets()[0]["number"]
    fake.send_text(WATER, f"/show {number}")
    fake.wait_until(lambda: sent_of(fake, WATER, "photo") and sent_of(fake, WATER, "location"),
                    timeout=15)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def _tick(bot: BotProcess, moment: dt.datetime) -> str:
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_project_waits_for_approval_stale_buttons_and_unreachable_units(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot)
    fake.send_text(CITIZEN, "我家小区停水两天了")
    said(fake, CITIZEN, "工单编号")
    [ticket] = bot.tickets()
    number = ticket["number"]
    deadline = dt.datetime.fromisoformat(ticket["deadline"])
    assert "overdue 1" in _tick(bot, deadline + dt.timedelta(minutes=1))

    # /project with a later date: still overdue until a supervisor approves.
    typed, day = project_day()
    fake.send_text(WATER, f"/project {number} 更换主管道 | 分两期施工 | {typed}")
    said(fake, WATER, "批准后生效")
    said(fake, CITIZEN, day)
    fake.send_text(SUPERVISOR, "/overdue")
    assert number in said(fake, SUPERVISOR, "逾期工单")["text"]
    fake.send_text(SUPERVISOR, f"/approve {number}")
    said(fake, SUPERVISOR, "已批准")
    said(fake, CITIZEN, f"延至 {day}")
    fake.send_text(SUPERVISOR, "/overdue")
    said(fake, SUPERVISOR, "目前没有逾期工单")

    # The visit: an old button after a later answer changes nothing.
    fake.send_text(WATER, f"/done {number} 已更换主管道，恢复供水")
    said(fake, WATER, "已办结")
    resolved = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"])
    assert "visits 1" in _tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    first = said(fake, CITIZEN, "联系过您")
    fake.press(CITIZEN, first, f"v:{ticket['id']}:0:c:1")
    second = said(fake, CITIZEN, "是否已经解决")
    # The answered question lost its buttons; a client still showing them presses again.
    fake.wait_until(lambda: not next(m for m in fake.messages(CITIZEN)
                                     if m["message_id"] == first["message_id"]).get("reply_markup"),
                    timeout=15)
    fake.press(CITIZEN, first, f"v:{ticket['id']}:0:c:0", forge=True)  # the old question again
    fake.wait_until(lambda: any("已经回答过" in (a.get("text") or "")
                                for a in fake.callback_answers), timeout=15)
    assert bot.tickets()[0]["contacted"] == 1
    fake.press(CITIZEN, second, f"v:{ticket['id']}:0:r:3", forge=True)  # skipping ahead
    fake.wait_until(lambda: any("请先回答" in (a.get("text") or "")
                                for a in fake.callback_answers), timeout=15)
    assert bot.tickets()[0]["rating"] is None and bot.tickets()[0]["state"] == "resolved"

    # Not published while the 回访 is open: the citizen has not confirmed the result yet.
    fake.send_text(SUPERVISOR, f"/publish {number} 主管道已更换，恢复供水")
    said(fake, SUPERVISOR, "正在等待市民回访确认")
    fake.press(CITIZEN, second, f"v:{ticket['id']}:0:s:1")
    fake.press(CITIZEN, said(fake, CITIZEN, "是否满意"), f"v:{ticket['id']}:0:r:3")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "closed", timeout=15)

    # /publish to a channel Telegram refuses: the supervisor is told, and may publish again.
    fake.send_text(SUPERVISOR, f"/publish {number} 主管道已更换，恢复供水")
    _post_draft(fake, 1)
    said(fake, SUPERVISOR, "已提交发布")
    said(fake, SUPERVISOR, "没能发布到公开栏目", timeout=30)
    fake.add_channel(CHANNEL, "金来办、今天办")
    fake.send_text(SUPERVISOR, f"/publish {number} 主管道已更换，恢复供水")
    _post_draft(fake, 2)
    [post] = fake.wait_sent(CHANNEL, 1, timeout=15)
    assert "恢复供水" in post["text"]
    fake.send_text(SUPERVISOR, f"/publish {number} 再发一次")
    said(fake, SUPERVISOR, "已经发布过")

    # /urge for a unit nobody can reach says so; the supervisors were told of the unit.
    fake.send_text(CITIZEN, "我们村里停电了，一直没来电")
    said(fake, CITIZEN, "国网金乡县供电公司")
    power = next(t for t in bot.tickets() if t["unit"] == "power")
    said(fake, SUPERVISOR, "没有可送达的工作群或工作人员")
    fake.send_text(SUPERVISOR, f"/urge {power['number']} 请立即处理")
    said(fake, SUPERVISOR, "未能送达")


def _post_draft(fake: FakeBotAPI, count: int) -> None:
    """Press 发布 under the `count`-th /publish draft the supervisor was shown."""
    drafts = fake.wait_until(lambda: [m for m in fake.sent(SUPERVISOR) if "pub:ok:" in str(
        m.get("reply_markup"))][count - 1:] or None, timeout=15)
    fake.press(SUPERVISOR, drafts[0], drafts[0]["reply_markup"]["inline_keyboard"][0][0]
               ["callback_data"])
