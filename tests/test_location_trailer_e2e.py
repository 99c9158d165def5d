"""A location shared just after one report, then a new problem described "here" within minutes:
the place is the new problem's, as a caption-less photo is (an outside tester; refs #10). It
moves to the new ticket, whose unit is sent it, and the first unit never is. A photo captioned
with no matter of its own (现场) joins the ticket just reported, not a ticket of its own."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import texts, tickets_of, wait_text

CITIZEN, WATER_GROUP, URBAN_GROUP = 541, -1001, -1002


def _places(fake: FakeBotAPI, chat: int) -> int:
    return len([m for m in fake.sent(chat) if m["kind"] == "location"])


def _reported_then_placed(fake: FakeBotAPI, make_bot: Callable[..., BotProcess],
                          report: str) -> BotProcess:
    """The bot with the water and urban groups; the citizen's report, then a place shared."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(URBAN_GROUP, "县综合行政执法局工作群")
    fake.add_user(CITIZEN)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "units.urban.chat_id": URBAN_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    fake.send_text(CITIZEN, report)
    wait_text(fake, CITIZEN, "工单编号")
    fake.send_location(CITIZEN, 35.07, 116.31)
    wait_text(fake, CITIZEN, "已将您补充的内容加入工单")
    return bot


def test_a_place_shared_before_a_new_problem_goes_with_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = _reported_then_placed(fake, make_bot, "我家小区停水两天了，一直没有来水")
    fake.send_text(CITIZEN, "就是这个位置，菜市场门口的井盖没了，晚上很容易掉下去")
    wait_text(fake, CITIZEN, "改附到新工单")
    water, manhole = tickets_of(bot, CITIZEN)
    assert manhole["unit"] == "urban"
    kinds = [[r["kind"] for r in bot.query("SELECT kind FROM attachments WHERE ticket_id = ?",
                                           [t["id"]])] for t in (water, manhole)]
    assert kinds == [[], ["location"]]
    fake.wait_until(lambda: _places(fake, URBAN_GROUP) == 1, timeout=20)
    assert _places(fake, WATER_GROUP) == 0
    # A place carries no caption: the line naming its ticket comes just before it.
    sent = fake.sent(URBAN_GROUP)
    place = next(i for i, m in enumerate(sent) if m["kind"] == "location")
    assert (sent[place - 1]["text"] or "").startswith(f"📎 工单 {manhole['number']}")
    moved = next(t for t in texts(fake, CITIZEN) if "改附到新工单" in t)
    assert "位置" in moved and manhole["number"] in moved

    # 现场 only points at the photo: it joins the ticket as a caption-less photo does, held from
    # the unit a few minutes in case the next problem's words point at it (media.TRAILER_MINUTES).
    fake.send_photo(CITIZEN, "现场")
    wait_text(fake, CITIZEN, f"已将您补充的内容加入工单 {manhole['number']}")
    assert len(tickets_of(bot, CITIZEN)) == 2
    fake.wait_until(lambda: [r["kind"] for r in bot.query(
        "SELECT kind FROM attachments WHERE ticket_id = ?", [manhole["id"]])] == ["location", "photo"],
                    timeout=20)


def test_a_place_shared_before_a_forwarded_message_stays_with_the_report(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """A neighbour's message forwarded after a place is someone else's words, not the place's
    description: the place stays on the citizen's own report (an outside tester, round 21)."""
    bot = _reported_then_placed(fake, make_bot, "菜市场东口那个井盖没了，晚上骑车的人很容易掉下去")
    fake.forward_text(CITIZEN, "俺家这片停水三天了，一直没人管", sender_name="王大娘")
    fake.wait_until(lambda: len(tickets_of(bot, CITIZEN)) == 2, timeout=20)
    manhole, water = tickets_of(bot, CITIZEN)
    assert (manhole["unit"], water["unit"]) == ("urban", "water")
    kinds = [[r["kind"] for r in bot.query("SELECT kind FROM attachments WHERE ticket_id = ?",
                                           [t["id"]])] for t in (manhole, water)]
    assert kinds == [["location"], []]
    # Held a few minutes for its unit (it might have been the next problem's), never moved.
    assert _places(fake, WATER_GROUP) == 0
    assert not any("改附到新工单" in t for t in texts(fake, CITIZEN))
    assert not bot.query("SELECT 1 FROM events WHERE action = 'media_moved'")
