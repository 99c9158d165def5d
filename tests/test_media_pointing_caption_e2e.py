"""A caption that only points at its photo (见附图, 现场) says nothing of its own (outside tester
T27, findings 8 and 9): a photo captioned 见附图 sent first waits for the words after it, as a
caption-less one does, so one problem is one ticket with its photo at its unit — not a ticket at
the hotline holding 见附图 and a second without the photo. A photo captioned 现场 after a report
stays that report's, and the next problem pointing at it (如图) takes it. Through the real bot
process and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import attached, tickets_of, wait_text

FIRST, AFTER = 511, 512
WATER_GROUP, URBAN_GROUP = -1001, -1002


def test_a_caption_that_only_points_waits_for_the_words(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(URBAN_GROUP, "县综合行政执法局工作群")
    for user in (FIRST, AFTER):
        fake.add_user(user)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "units.urban.chat_id": URBAN_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})

    photo = str(fake.send_photo(FIRST, caption="见附图")["photo"][-1]["file_id"])
    wait_text(fake, FIRST, "用文字说明")
    fake.send_text(FIRST, "小区门口的自来水管子爆了，水哗哗地往外冒，停水了")
    fake.wait_until(lambda: tickets_of(bot, FIRST)[0]["unit"] == "water", timeout=20)
    assert len(tickets_of(bot, FIRST)) == 1
    ticket = tickets_of(bot, FIRST)[0]
    assert attached(bot, ticket) == [photo] and "见附图" not in ticket["text"], ticket
    fake.wait_until(lambda: photo in {m["file_id"] for m in fake.sent(WATER_GROUP)
                                      if m["kind"] == "photo"}, timeout=20)

    fake.send_text(AFTER, "我家小区停水两天了，一直没有来水")
    wait_text(fake, AFTER, "工单编号")
    scene = str(fake.send_photo(AFTER, caption="现场")["photo"][-1]["file_id"])
    wait_text(fake, AFTER, "已将您补充的内容加入工单")
    fake.send_text(AFTER, "如图，村口的路灯坏了好几天，晚上黑乎乎的")
    wait_text(fake, AFTER, "改附到新工单")
    water, lamp = tickets_of(bot, AFTER)
    assert (water["unit"], lamp["unit"]) == ("water", "urban")
    assert (attached(bot, water), attached(bot, lamp)) == ([], [scene])
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_an_english_pointer_under_a_photo_is_answered_in_the_chats_language(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Outside tester T28, finding 24: `see photo` under a photo after a Chinese report was
    answered in English, which an elderly writer cannot read."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_user(FIRST)
    make_bot({"units.water.chat_id": WATER_GROUP,
              "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    fake.send_text(FIRST, "俺家小区停水三天了，一直没来水")
    wait_text(fake, FIRST, "工单编号")
    fake.send_photo(FIRST, caption="see photo")
    [held] = wait_text(fake, FIRST, "已将您补充的内容加入工单")
    assert "case" not in held.lower(), held
