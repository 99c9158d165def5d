"""What supervisors count and read is true, end to end through `python -m bot run` and the CLI:
an offline demand's 回访 is a phone call someone records (and its logger cannot close it), a past
day's digest stays what it was, the ledger counts a 重办 once, /stats 受理 is the digest's, and a
public draft names the estate (SPEC §4–§5)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from bot.sandbox import FakeBotAPI
from bot.texts import ledger as ledger_texts
from tests.harness import BotProcess, by_day
from tests.test_staff_e2e import join, said

CITIZEN, WATER, WATER2, SUPERVISOR = 501, 11, 12, 900
WATER_GROUP, CHANNEL = -1001, -1009
NUMBER = re.compile(r"\d{8}-\d{4,}")
Json = dict[str, Any]


def start(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], *staff: int) -> BotProcess:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_channel(CHANNEL, "金来办、今天办")
    for user, name in ((CITIZEN, "张三"), (WATER, "王经办"), (WATER2, "李经办"),
                       (SUPERVISOR, "督查")):
        fake.add_user(user, name)
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
                    "publish.channel_id": CHANNEL,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    for user in staff:
        join(bot, fake, user, "--unit", "water")
    return bot


def tick(bot: BotProcess, moment: dt.datetime) -> str:
    done = bot.cli("tick", "--now", moment.isoformat())
    assert done.returncode == 0, done.stderr
    return done.stdout


def report(bot: BotProcess, fake: FakeBotAPI, text: str) -> dict[str, Any]:
    """A citizen's report; the ticket's row."""
    before = len(bot.tickets())
    fake.send_text(CITIZEN, text)
    fake.wait_until(lambda: len(bot.tickets()) > before, timeout=15)
    return bot.tickets()[-1]


def all_said(fake: FakeBotAPI, chat: int, needle: str) -> list[Json]:
    return [m for m in fake.sent(chat) if needle in (m["text"] or "")]


def test_an_offline_demand_is_called_back_and_its_logger_cannot_close_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot, WATER, WATER2)
    fake.send_text(WATER, "/log 李庄村张大爷来电反映：家里停水三天了")
    number = NUMBER.search(said(fake, WATER, "已登记")["text"]).group()  # type: ignore[union-attr]
    [ticket] = bot.tickets()
    assert ticket["unit"] == "water" and ticket["citizen_id"] == 0
    # The colleague and the group get the push with 接单/退单; the logger, who may not sign it,
    # gets no buttons.
    for unit_chat in (WATER2, WATER_GROUP):
        fake.wait_until(lambda chat=unit_chat: any(
            number in (m["text"] or "") and m.get("reply_markup") for m in fake.sent(chat)),
            timeout=15)
    assert not [m for m in fake.sent(WATER)  # (its 撤回登记 button is its own)
                if "接单" in json.dumps(m.get("reply_markup") or {}, ensure_ascii=False)]

    # The one who logged it does not sign or close it: a colleague does.
    for command in (f"/accept {number}", f"/done {number} 已修复"):
        fake.send_text(WATER, command)
    fake.wait_until(lambda: len(all_said(fake, WATER, "亲自登记")) == 2, timeout=15)
    assert bot.tickets()[0]["state"] == "new"
    fake.send_text(WATER2, f"/done {number} 已更换管道，恢复供水")
    assert "提交发送给登记人，请其转告市民" in said(fake, WATER2, "已办结")["text"]  # not 市民
    resolved = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"])

    # The 回访 is a phone call: the supervisors are asked to call back and record the answers.
    assert "visits 1" in tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    ask = said(fake, SUPERVISOR, "电话回访")
    assert number in ask["text"] and "王经办" in ask["text"] and "县水务局" in ask["text"]
    said(fake, WATER, "到了回访时间")  # the logger, who holds the contact, is told too
    for unit_chat in (WATER2, WATER_GROUP):
        assert not all_said(fake, unit_chat, "回访时间") + all_said(fake, unit_chat, "请督查人员")

    # Three days without a record: not 默认满意, still awaiting its visit; the supervisors are
    # reminded once.
    for days in (4, 5):
        tick(bot, by_day(resolved + dt.timedelta(days=days)))
    row = bot.tickets()[0]
    assert row["state"] == "resolved" and row["rating"] is None
    said(fake, SUPERVISOR, "尚未记录")
    queued = bot.query("SELECT chat_id FROM outbox WHERE params LIKE '%尚未记录%'")
    assert [q["chat_id"] for q in queued] == [SUPERVISOR]

    # A staff member of the unit cannot record it; the supervisor's answers close it.
    ticket_id = row["id"]
    fake.press(WATER2, ask, f"v:{ticket_id}:0:c:1", forge=True)
    fake.wait_until(lambda: fake.callback_answers, timeout=15)
    assert bot.tickets()[0]["contacted"] is None
    fake.press(SUPERVISOR, ask, f"v:{ticket_id}:0:c:1")
    second = said(fake, SUPERVISOR, "是否已经解决")
    fake.press(SUPERVISOR, second, f"v:{ticket_id}:0:s:1")
    third = said(fake, SUPERVISOR, "最后一个问题")
    fake.press(SUPERVISOR, third, f"v:{ticket_id}:0:r:3")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "closed", timeout=15)
    row = bot.tickets()[0]
    assert (row["contacted"], row["solved"], row["rating"]) == (1, 1, "satisfied")
    history = bot.query("SELECT actor_id, actor_role FROM events WHERE ticket_id = ?"
                        " AND action = 'rate'", [ticket_id])
    assert {(h["actor_id"], h["actor_role"]) for h in history} == {(SUPERVISOR, "supervisor")}
    # The supervisor reads what was recorded and that it is closed; the logger, the outcome in
    # staff words, with no citizen's thank-you to pass on.
    recorded = said(fake, SUPERVISOR, "的电话回访：")["text"]
    assert number in recorded and "问题已解决" in recorded and "销号" in recorded
    told = said(fake, WATER, "已由督查人员电话回访")["text"]
    assert number in told and "销号" in told
    assert not all_said(fake, WATER, "感谢您的评价") and not [
        m for m in all_said(fake, WATER, "请转告群众") if "销号" in m["text"]]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_past_days_digest_does_not_change_when_a_ticket_is_sent_back_later(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot, WATER)
    ticket = report(bot, fake, "我家小区停水两天了")
    assert ticket["unit"] == "water"
    received = dt.datetime.fromisoformat(ticket["received_at"]).astimezone(
        dt.timezone(dt.timedelta(hours=8)))
    day = received.date()
    title = f"督办日报（{day.year}年{day.month}月{day.day}日）"
    tick(bot, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(9, 0), received.tzinfo))
    sent = said(fake, SUPERVISOR, title)
    printed = bot.cli("digest", "--date", day.isoformat())
    assert printed.returncode == 0, printed.stderr
    assert "县水务局：1 / 0 / 1 / 0" in printed.stdout

    # The next day the unit sends it back to manual dispatch, and an hour later the digest of
    # that day is printed again: the same report, to the letter.
    fake.send_text(WATER, f"/transfer {ticket['number']} hotline 不属于本单位职责")
    said(fake, WATER, "已改派")
    tick(bot, dt.datetime.combine(day + dt.timedelta(days=1), dt.time(10, 0), received.tzinfo))
    again = bot.cli("digest", "--date", day.isoformat())
    assert again.stdout == printed.stdout
    fake.send_text(SUPERVISOR, "/digest")
    fake.wait_until(lambda: len(all_said(fake, SUPERVISOR, title)) == 2, timeout=15)
    assert all_said(fake, SUPERVISOR, title)[1]["text"] == sent["text"]


def test_the_ledger_counts_a_reopened_ticket_once_and_stats_counts_what_the_digest_counts(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], tmp_path: Path
) -> None:
    bot = start(fake, make_bot, WATER)
    first = report(bot, fake, "我家小区停水两天了")
    second = report(bot, fake, "村里自来水停了三天了，一直没人管")
    fake.send_text(WATER, f"/transfer {second['number']} hotline 请热线核实地址")
    said(fake, WATER, "已改派")
    fake.send_text(WATER, f"/done {first['number']} 已恢复供水")
    said(fake, WATER, "已办结")
    resolved = dt.datetime.fromisoformat(bot.tickets()[0]["resolved_at"])
    tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    ask = said(fake, CITIZEN, "联系过您")
    fake.press(CITIZEN, ask, f"v:{first['id']}:0:c:1")
    solved = said(fake, CITIZEN, "是否已经解决")
    fake.press(CITIZEN, solved, f"v:{first['id']}:0:s:0")
    rating = fake.wait_until(lambda: next((m for m in fake.sent(CITIZEN)
                                           if ":r:" in str(m.get("reply_markup"))), None), 15)
    fake.press(CITIZEN, rating, f"v:{first['id']}:0:r:1")
    fake.wait_until(lambda: bot.tickets()[0]["state"] == "reopened", timeout=15)

    out = tmp_path / "台账.xlsx"
    done = bot.cli("export", "--out", str(out))
    assert done.returncode == 0, done.stderr
    summary = openpyxl.load_workbook(out)["汇总"]
    headers = [c.value for c in summary[1]]
    assert tuple(headers) == ledger_texts.SUMMARY_HEADERS
    lines = {r[0]: dict(zip(headers, r, strict=True))
             for r in summary.iter_rows(min_row=2, values_only=True)}
    water = lines["县水务局"]
    assert (water["工单总数"], water["在办"], water["其中重办"], water["已办结待回访"],
            water["已销号"]) == (1, 1, 1, 0, 0)
    county = lines["全县合计"]
    states = ("在办", "已办结待回访", "已销号", "已撤回")
    assert county["工单总数"] == sum(county[s] for s in states) == 2

    # /stats counts as 受理 every ticket received, the hotline's too, as the digest does.
    fake.send_text(SUPERVISOR, "/stats 7")
    stats = said(fake, SUPERVISOR, "近 7 天办理情况")["text"]
    assert "受理 2 件（含热线人工分拨 1 件" in stats
    day = dt.datetime.fromisoformat(first["received_at"]).astimezone(
        dt.timezone(dt.timedelta(hours=8))).date()
    printed = bot.cli("digest", "--date", day.isoformat())
    assert "新受理 2 件" in printed.stdout


def test_a_public_draft_names_the_estate_without_the_door(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = start(fake, make_bot, WATER)
    ticket = report(bot, fake, "阳光花园小区3号楼2单元501室停水两天了，电话13812345678")
    assert ticket["unit"] == "water"
    fake.send_text(WATER, f"/done {ticket['number']} 已更换阀门，恢复供水")
    said(fake, WATER, "已办结")
    # Published once the citizen confirmed the result at the 回访.
    resolved = dt.datetime.fromisoformat(bot.tickets()[-1]["resolved_at"])
    assert "visits 1" in tick(bot, by_day(resolved + dt.timedelta(hours=25)))
    said(fake, CITIZEN, "联系过您")
    fake.send_text(CITIZEN, "联系过了，解决了，满意")
    fake.wait_until(lambda: bot.tickets()[-1]["state"] == "closed", timeout=15)
    fake.send_text(SUPERVISOR, f"/publish {ticket['number']}")
    draft = said(fake, SUPERVISOR, "草稿")["text"]
    assert "阳光花园小区" in draft
    for private in ("3号楼", "501", "13812345678", "2单元"):
        assert private not in draft
