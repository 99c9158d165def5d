"""Words first, then the photo: a caption-less photo or place sent right after a report is that
report's evidence, through the real bot process and the fake Bot API (outside tester T25 #6;
refs #10). A drain reported, its photo and its place, then a complaint about a clinic: the
drain's unit gets the photo and the place, the health bureau neither. Only words that point at
what was sent (如图所示…) take it to the new problem, and only what they point at: a place
never follows words about a picture. A photo sent before any report, or long after the last one,
is the words' that follow."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from bot.actions.media import EVIDENCE_MINUTES
from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import attached_kinds, texts, tickets_of, wait_text

DRAIN, POINTED, FIRST, PLACE, LATE, GAS = 801, 802, 803, 804, 805, 806
WATER_GROUP, HEALTH_GROUP, URBAN_GROUP = -1001, -1006, -1012
MOVE_HINT = "如图"  # the held photo's confirmation says how to move it


def _kinds(fake: FakeBotAPI, chat: int) -> list[str]:
    return [m["kind"] for m in fake.sent(chat) if m["kind"] in ("photo", "location")]


def _bot(fake: FakeBotAPI, make_bot: Callable[..., BotProcess], *citizens: int) -> BotProcess:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(HEALTH_GROUP, "县卫生健康局工作群")
    fake.add_group(URBAN_GROUP, "县综合行政执法局工作群")
    for citizen in citizens:
        fake.add_user(citizen)
    return make_bot({"units.water.chat_id": WATER_GROUP, "units.health.chat_id": HEALTH_GROUP,
                     "units.urban.chat_id": URBAN_GROUP, "telegram.per_group_per_minute": 0,
                     "telegram.per_chat_per_second": 0})


def _report_then(fake: FakeBotAPI, citizen: int, report: str, photo: bool, place: bool
                 ) -> str | None:
    """A report, then a caption-less photo and/or a place, each confirmed as held; returns the
    photo's file id."""
    fake.send_text(citizen, report)
    wait_text(fake, citizen, "工单编号")
    sent = fake.send_photo(citizen) if photo else None
    if photo:
        wait_text(fake, citizen, "已将您补充的内容加入工单")
    if place:
        fake.send_location(citizen, 35.07, 116.31)
        wait_text(fake, citizen, "已将您补充的内容加入工单", 1 + photo)
    return str(sent["photo"][-1]["file_id"]) if sent else None


def _release(bot: BotProcess, released: int) -> None:
    """The follow-up tick once the held minutes are up: what was held reaches its unit."""
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    done = bot.cli("tick", "--now", later.isoformat())
    assert done.returncode == 0 and f"released {released}" in done.stdout, done.stdout


def test_a_photo_and_place_after_a_report_stay_with_it_when_an_unrelated_matter_follows(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot, DRAIN, PLACE, GAS)
    photo = _report_then(fake, DRAIN, "我家楼下的下水道堵住了，脏水流到路上", True, True)
    held = next(t for t in texts(fake, DRAIN) if "已将您补充的内容加入工单" in t)
    assert MOVE_HINT in held and "这个位置" in held, held
    fake.send_text(DRAIN, "镇上的卫生院大夫态度很差，还乱开药")
    wait_text(fake, DRAIN, "工单编号", 2)
    drain, clinic = tickets_of(bot, DRAIN)
    assert (drain["unit"], clinic["unit"]) == ("water", "health")
    assert attached_kinds(bot, drain) == [("photo", photo), ("location", None)]
    assert attached_kinds(bot, clinic) == []
    assert not bot.query("SELECT 1 FROM events WHERE action = 'media_moved'")
    assert not any(t.startswith("📎") for t in texts(fake, DRAIN))  # no 改附/也附到 line

    # Words, then a place, then an unrelated matter: the place stays too.
    _report_then(fake, PLACE, "东街的自来水管子爆了，水哗哗往外冒", False, True)
    fake.send_text(PLACE, "北关小学门口有个井盖没了，孩子上学要绕着走")
    wait_text(fake, PLACE, "工单编号", 2)
    pipe, manhole = tickets_of(bot, PLACE)
    assert (pipe["unit"], manhole["unit"]) == ("water", "urban")
    assert (attached_kinds(bot, pipe), attached_kinds(bot, manhole)) == ([("location", None)], [])
    assert not any(t.startswith("📎") for t in texts(fake, PLACE))

    # An emergency's photo went to its unit at once; an unrelated matter after it gets no copy.
    gas_photo = _report_then(fake, GAS, "厨房里煤气泄漏了，味道很大，快来人", True, False)
    fake.send_text(GAS, "学校后门的路灯一到晚上就不亮")
    wait_text(fake, GAS, "工单编号", 2)
    gas, lamp = tickets_of(bot, GAS)
    assert gas["urgent"] == 1 and lamp["unit"] == "urban"
    assert (attached_kinds(bot, gas), attached_kinds(bot, lamp)) == ([("photo", gas_photo)], [])
    assert not any(t.startswith("📎") for t in texts(fake, GAS))

    # The new units are told their tickets, with nothing of the drain's, the pipe's or the gas's.
    fake.wait_until(lambda: any(clinic["number"] in t for t in texts(fake, HEALTH_GROUP)),
                    timeout=20)
    fake.wait_until(lambda: all(any(n in t for t in texts(fake, URBAN_GROUP))
                                for n in (manhole["number"], lamp["number"])), timeout=20)
    assert _kinds(fake, WATER_GROUP) == []  # held a few minutes, as it could still have moved
    _release(bot, 3)
    fake.wait_until(lambda: sorted(_kinds(fake, WATER_GROUP)) == ["location", "location", "photo"],
                    timeout=20)
    assert photo in {m["file_id"] for m in fake.sent(WATER_GROUP) if m["kind"] == "photo"}
    assert _kinds(fake, HEALTH_GROUP) == [] and _kinds(fake, URBAN_GROUP) == []
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_words_pointing_at_the_photo_take_it_and_a_photo_sent_first_is_the_words(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _bot(fake, make_bot, POINTED, FIRST, LATE)
    # 如图所示… points at the photo: it moves; the place shared with it does not.
    photo = _report_then(fake, POINTED, "我们单元停水一整天了，水龙头拧开没水", True, True)
    fake.send_text(POINTED, "如图所示，学校门口的路灯杆被车撞歪了")
    moved = wait_text(fake, POINTED, "改附到新工单")[-1]
    water, lamp = tickets_of(bot, POINTED)
    assert (water["unit"], lamp["unit"]) == ("water", "urban")
    assert water["number"] in moved and lamp["number"] in moved
    assert "照片" in moved and "位置" not in moved, moved
    assert attached_kinds(bot, water) == [("location", None)]
    assert attached_kinds(bot, lamp) == [("photo", photo)]
    assert [e["detail"] for e in bot.query(
        "SELECT detail FROM events WHERE ticket_id = ? AND action = 'media_moved'",
        [water["id"]])] == ["photo"]
    fake.wait_until(lambda: _kinds(fake, URBAN_GROUP) == ["photo"], timeout=20)

    # A photo first, before any report, then the words: the words' ticket has it.
    first = fake.send_photo(FIRST)
    wait_text(fake, FIRST, "请在")  # numbered, waiting for its words
    fake.send_text(FIRST, "西关村口的路灯杆被车撞歪了，晚上看不见")
    fake.wait_until(lambda: tickets_of(bot, FIRST)[0]["unit"] == "urban", timeout=20)
    [post] = tickets_of(bot, FIRST)
    assert attached_kinds(bot, post) == [("photo", str(first["photo"][-1]["file_id"]))]
    fake.wait_until(lambda: _kinds(fake, URBAN_GROUP) == ["photo", "photo"], timeout=20)
    assert not any(t.startswith("📎") for t in texts(fake, FIRST))

    # The place left with the water ticket reaches the water unit; the moved photo never does.
    _release(bot, 1)
    fake.wait_until(lambda: _kinds(fake, WATER_GROUP) == ["location"], timeout=20)
    assert "location" not in _kinds(fake, URBAN_GROUP)

    # A photo written long after the last report, then a new problem at once: a photo first,
    # then its words, as before any report; the new problem takes it without pointing at it.
    _report_then(fake, LATE, "南街停水了，到现在还没来水", False, False)
    fake.wall = lambda: time.time() + (EVIDENCE_MINUTES + 2) * 60  # as Telegram dates them
    late = str(fake.send_photo(LATE)["photo"][-1]["file_id"])
    wait_text(fake, LATE, "已将您补充的内容加入工单")
    fake.send_text(LATE, "南街菜市场门口的井盖没了，晚上很容易掉下去")
    moved_late = wait_text(fake, LATE, "改附到新工单")[-1]
    fake.wall = time.time
    dry, hole = tickets_of(bot, LATE)
    assert hole["unit"] == "urban" and hole["number"] in moved_late
    assert (attached_kinds(bot, dry), attached_kinds(bot, hole)) == ([], [("photo", late)])
    fake.wait_until(lambda: _kinds(fake, URBAN_GROUP) == ["photo"] * 3, timeout=20)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
