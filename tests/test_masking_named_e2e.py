"""The outside tester's report, through the real bot and the fake Bot API over HTTP (SPEC §5): a
neighbour's name told by 她叫 reaches the unit's group, the supervisor's /show and the /ledger
workbook masked, and so does the name when staff write it again with no cue in their result; the
citizen's words are kept as written. And a /publish'ed post with such a name (in-process rig)."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

import openpyxl

from bot.sandbox import FakeBotAPI
from bot.texts import ledger as ledger_texts
from tests.fuzzkit import CHANNEL, WATER_STAFF, Rig
from tests.harness import BotProcess
from tests.publishkit import own_words

CITIZEN, STAFF, SUPERVISOR = 701, 702, 900
WATER_GROUP = -1003
NUMBER = re.compile(r"\d{8}-\d{4,}")
REPORT = "我邻居老太太一个人住，她叫李秀兰，家里停水三天了，好几天没出门了"
RESULT = "已上门看望李秀兰，送去了桶装水，管道已修复"


def _texts(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["text"] or m["caption"] or "" for m in fake.sent(chat)]


def test_the_unit_show_and_ledger_read_the_neighbours_name_masked(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    for user in (CITIZEN, STAFF, SUPERVISOR):
        fake.add_user(user)
    fake.add_group(WATER_GROUP, "县水务局工作群")
    bot = make_bot({"people.supervisors": [SUPERVISOR], "units.water.chat_id": WATER_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    code = bot.cli("invite", "--unit", "water").stdout.strip().splitlines()[-1]
    fake.send_text(STAFF, f"/join {code}")
    fake.send_text(CITIZEN, REPORT)
    [push] = fake.wait_until(lambda: [t for t in _texts(fake, WATER_GROUP) if NUMBER.search(t)],
                             timeout=15)
    assert "她叫【姓名】，家里停水三天了" in push and "李秀兰" not in push, push
    [ticket] = bot.tickets()
    assert ticket["text"] == REPORT  # the citizen's words are kept as written
    number = ticket["number"]

    fake.send_text(STAFF, f"/done {number} {RESULT}")
    fake.wait_until(lambda: bot.tickets()[0]["state"] != ticket["state"], timeout=15)
    fake.send_text(SUPERVISOR, f"/show {number}")
    [show] = fake.wait_until(lambda: [t for t in _texts(fake, SUPERVISOR) if number in t
                                      and "已上门看望" in t], timeout=15)
    assert "她叫【姓名】" in show and "已上门看望【姓名】，送去了桶装水" in show, show
    assert "李秀兰" not in show and "秀兰" not in show, show

    fake.send_text(SUPERVISOR, "/ledger")
    [document] = fake.wait_until(lambda: [d for d in fake.sent(SUPERVISOR, "sendDocument")
                                          if "督查台账" in (d["caption"] or "")], timeout=30)
    sheet = openpyxl.load_workbook(io.BytesIO(document["file"]))["县水务局"]
    [row] = [dict(zip(ledger_texts.LEDGER_HEADERS, r, strict=True))
             for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert row["工单编号"] == number
    assert "她叫【姓名】，家里停水三天了" in row["诉求内容"], row
    assert row["办理结果"].startswith("已上门看望【姓名】，送去了桶装水"), row
    everything = "\n".join(_texts(fake, WATER_GROUP) + _texts(fake, SUPERVISOR)
                           + _texts(fake, STAFF))
    assert "李秀兰" not in everything and "秀兰" not in everything


def test_the_unit_group_reads_an_account_holders_name_masked(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """开户名王秀珍 in a 低保 complaint (outside tester, round 21: it reached the group whole)."""
    civil_group = -1004
    fake.add_user(CITIZEN)
    fake.add_group(civil_group, "县民政局工作群")
    bot = make_bot({"units.civil.chat_id": civil_group, "telegram.per_group_per_minute": 0})
    report = "俺娘的低保金这个月没打到卡上，开户名王秀珍，卡号6228 4801 2345 6789 012，麻烦给查查"
    fake.send_text(CITIZEN, report)
    [push] = fake.wait_until(lambda: [t for t in _texts(fake, civil_group) if NUMBER.search(t)],
                             timeout=15)
    assert "开户名【姓名】，卡号【银行卡号】" in push, push
    assert "王秀珍" not in push and "秀珍" not in push, push
    [ticket] = bot.tickets()
    assert ticket["unit"] == "civil" and ticket["text"] == report, ticket


def test_a_published_post_never_names_the_neighbour(rig: Rig) -> None:
    user = rig.citizen()
    rig.say(user, REPORT, name="老乡")
    [ticket] = rig.tickets_of(user)
    rig.say(WATER_STAFF, f"/done {ticket['number']} 管道已修复")
    preview = own_words(rig, ticket["number"], "邻居老太太叫李秀兰，已送去桶装水，管道已修复")
    [channel] = rig.shown_to(CHANNEL)
    for seen in (preview, channel):
        assert "李秀兰" not in seen and "秀兰" not in seen, seen
    assert "已送去桶装水，管道已修复" in channel and "【" not in channel, channel
