"""/urge on a ticket not yet overdue, through the real bot and the fake Bot API (outside tester;
SPEC §5 督办; refs #10): a 督办 does not shorten the deadline — an approved 延期 stands, and so
does a deadline sooner than a limit the supervisor wrote — unless the supervisor's text orders a
sooner limit (2小时内); then that limit is the deadline for everyone: the notice states it alone,
the citizen is told it, /overdue and the 按时办结率 follow it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from bot.sandbox import FakeBotAPI
from bot.texts.common import when
from tests.harness import BotProcess
from tests.test_staff_e2e import join, said

CITIZEN, SECOND, THIRD, WATER, SUPERVISOR = 521, 522, 523, 12, 900
WATER_GROUP = -1001
TZ = ZoneInfo("Asia/Shanghai")  # the example config's county
MOMENT = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日 \d\d:\d\d")
Json = dict[str, Any]


def _row(bot: BotProcess, number: str) -> Json:
    return next(t for t in bot.tickets() if t["number"] == number)


def _shown(moment: str | dt.datetime) -> str:
    if isinstance(moment, str):
        moment = dt.datetime.fromisoformat(moment)
    return when(moment, TZ, dt.datetime.now(TZ).year)


def _report(fake: FakeBotAPI, bot: BotProcess, user: int, text: str) -> Json:
    fake.send_text(user, text)
    said(fake, user, "工单编号")
    return next(t for t in bot.tickets() if t["citizen_id"] == user)


def _urge(fake: FakeBotAPI, number: str, note: str) -> tuple[str, str]:
    """The supervisor's confirmation and the unit group's 督办通知书."""
    fake.send_text(SUPERVISOR, f"/urge {number} {note}")
    confirmed = said(fake, SUPERVISOR, f"已对工单 {number}")["text"]
    notice = fake.wait_until(lambda: next((m["text"] for m in fake.sent(WATER_GROUP)
                                           if "督办通知书" in (m["text"] or "")
                                           and number in m["text"]), None), timeout=15)
    return confirmed, notice


def _asked(fake: FakeBotAPI, chat: int, text: str, needle: str) -> str:
    """Send `text` from `chat`; the first answer after it containing `needle` (waits for it)."""
    seen = len(fake.sent(chat))
    fake.send_text(chat, text)
    found = fake.wait_until(lambda: next((m["text"] for m in fake.sent(chat)[seen:]
                                          if needle in (m["text"] or "")), None), timeout=15)
    return str(found)


def test_an_urge_keeps_the_deadline_in_force_unless_its_text_orders_a_sooner_one(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    for user, name in ((CITIZEN, "张三"), (SECOND, "李四"), (THIRD, "王五"),
                       (WATER, "王经办"), (SUPERVISOR, "督查")):
        fake.add_user(user, name)
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    join(bot, fake, WATER, "--unit", "water")
    extended = _report(fake, bot, CITIZEN, "我家小区停水两天了，一直没人来修")
    number = extended["number"]

    # 延期 5 个工作日, approved: the unit and the citizen are told the new deadline.
    fake.send_text(WATER, f"/extend {number} 5 需要更换主管道")
    said(fake, WATER, f"{number} 延期")
    fake.send_text(SUPERVISOR, f"/approve {number}")
    said(fake, SUPERVISOR, "已批准")
    approved = _row(bot, number)["deadline"]
    assert approved > extended["deadline"]
    said(fake, CITIZEN, f"延至 {_shown(approved)}")
    told = len(fake.sent(CITIZEN))

    # /urge with no limit in its words: the approved deadline stands, and the notice asks for it
    # alone; the supervisor is told it is unchanged; the citizen hears nothing new.
    confirmed, notice = _urge(fake, number, "请抓紧办理")
    row = _row(bot, number)
    assert (row["deadline"], row["urge_deadline"], row["urge_count"]) == (approved, approved, 1)
    assert MOMENT.findall(notice) == [_shown(approved)]
    assert f"请于 {_shown(approved)} 前办结" in notice and "已逾期" not in notice
    assert f"{_shown(approved)} 前" in confirmed and "办理时限不变" in confirmed
    [urged] = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'urge'",
                        [row["id"]])
    assert approved in urged["detail"]

    # A limit written later than the deadline in force: the deadline stays, and the notice
    # states that deadline, not the written one.
    later = _report(fake, bot, SECOND, "我们村自来水停了，三天没水用了")
    confirmed, notice = _urge(fake, later["number"], "三十天内办结")
    row = _row(bot, later["number"])
    assert (row["deadline"], row["urge_deadline"]) == (later["deadline"], later["deadline"])
    assert MOMENT.findall(notice) == [_shown(later["deadline"])]
    assert "晚于" in confirmed and f"{_shown(later['deadline'])} 前" in confirmed

    # A sooner limit ordered in the text: it is the deadline, the notice states it alone, and
    # the citizen is told it.
    sooner = _report(fake, bot, THIRD, "小区水管爆了，停水了，水流了一地")
    confirmed, notice = _urge(fake, sooner["number"], "2小时内处置到位")
    row = _row(bot, sooner["number"])
    assert row["deadline"] == row["urge_deadline"] < sooner["deadline"]
    limit = _shown(row["deadline"])
    assert MOMENT.findall(notice) == [limit] and "按督办意见中的时限" in confirmed
    assert limit in said(fake, THIRD, f"{sooner['number']}）已由督查部门书面督办")["text"]
    assert f"办理时限：{limit}" in _asked(fake, THIRD, f"/status {sooner['number']}", "办理时限：")

    # Days later, past the rules' 督办 limit and the ordered one, before the approved deadline:
    # only the ticket urged with a sooner limit is overdue; the others are on time.
    moment = dt.datetime.fromisoformat(row["deadline"]) + dt.timedelta(days=5)
    assert moment < dt.datetime.fromisoformat(approved)
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    listed = _asked(fake, SUPERVISOR, "/overdue", "逾期工单")
    assert sooner["number"] in listed and number not in listed and later["number"] not in listed
    assert (_row(bot, number)["overdue"], _row(bot, sooner["number"])["overdue"]) == (0, 1)
    assert len([m for m in fake.sent(CITIZEN)[told:] if "督办" in (m["text"] or "")
                or MOMENT.search(m["text"] or "")]) == 0
    shown = _asked(fake, CITIZEN, f"/status {number}", "办理时限：")
    assert f"办理时限：{_shown(approved)}" in shown

    # Closed now: the extended ticket on time, the one urged with 2小时内 late.
    for ticket in (number, sooner["number"]):
        fake.send_text(WATER, f"/done {ticket} 已抢修完毕，恢复供水")
        said(fake, WATER, f"{ticket} 已办结")
    stats = _asked(fake, SUPERVISOR, "/stats", "办理情况")
    [water] = [line for line in stats.splitlines() if "水务" in line]
    assert water.endswith("/ 50.0%")  # 按时办结率: one of the two 办结 on time
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
