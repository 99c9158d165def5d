"""A caption-less photo sent after a report, then a new problem described within minutes whose
words point at the photo (如图, 照片里, 这张照片): the photo is the new problem's, through the real
bot process and the fake Bot API (outside testers; refs #10). It moves to the new ticket, whose
unit is shown it, and the first unit never is; with something else between, it stays; an urgent
ticket's photo went to its unit at once, so it is kept on both tickets and the citizen is told
the new ticket got it too. Words that do not point at it leave it with its report
(tests/test_trailer_stays_e2e.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import attached, texts, tickets_of, wait_text

MOVED, STAYED, URGENT, ALBUM = 501, 502, 503, 504
WATER_GROUP, URBAN_GROUP = -1001, -1002
LAMP = "村口的路灯坏了好几天，晚上黑乎乎的"


def _photos(fake: FakeBotAPI, chat: int) -> set[str]:
    return {m["file_id"] for m in fake.sent(chat) if m["kind"] == "photo"}


def _report_and_photo(fake: FakeBotAPI, bot: BotProcess, citizen: int, report: str) -> str:
    """A report, then a caption-less photo that joins it; returns the photo's file id."""
    fake.send_text(citizen, report)
    wait_text(fake, citizen, "工单编号")
    photo = fake.send_photo(citizen)
    wait_text(fake, citizen, "已将您补充的内容加入工单")
    return str(photo["photo"][-1]["file_id"])


def test_a_photo_followed_by_a_new_problem_pointing_at_it_goes_with_the_new_problem(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(URBAN_GROUP, "县综合行政执法局工作群")
    for user in (MOVED, STAYED, URGENT, ALBUM):
        fake.add_user(user)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "units.urban.chat_id": URBAN_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})

    # The photo, then at once a new problem 如图: the photo moves, and the citizen is told.
    moved = _report_and_photo(fake, bot, MOVED, "我家小区停水两天了，一直没有来水")
    fake.send_text(MOVED, f"如图，{LAMP}")
    wait_text(fake, MOVED, "改附到新工单")
    water, lamp = tickets_of(bot, MOVED)
    assert (water["unit"], lamp["unit"]) == ("water", "urban")
    assert (attached(bot, water), attached(bot, lamp)) == ([], [moved])
    fake.wait_until(lambda: moved in _photos(fake, URBAN_GROUP), timeout=20)
    moved_line = next(t for t in texts(fake, MOVED) if "改附到新工单" in t)
    assert water["number"] in moved_line and lamp["number"] in moved_line
    # The photo's confirmation promised nothing the move broke (会一并转给经办人 of the first).
    joined = next(t for t in texts(fake, MOVED) if "已将您补充的内容加入工单" in t)
    assert "会一并转给经办人" not in joined and "改附" in joined

    # An album of photos without words, then a new problem in them: the whole album moves.
    fake.send_text(ALBUM, "南关村停水了，自来水管一滴水都没有")
    wait_text(fake, ALBUM, "工单编号")
    album = [str(m["photo"][-1]["file_id"]) for m in fake.send_album(ALBUM, 2)]
    fake.wait_until(lambda: len(bot.query("SELECT 1 FROM attachments a JOIN tickets t ON"
                                          " t.id = a.ticket_id WHERE t.citizen_id = ?",
                                          [ALBUM])) == 2, timeout=20)
    fake.send_text(ALBUM, "照片里是南关村村口的路灯，坏了")
    wait_text(fake, ALBUM, "改附到新工单")
    first_album, lamp_album = tickets_of(bot, ALBUM)
    assert (attached(bot, first_album), attached(bot, lamp_album)) == ([], album)
    fake.wait_until(lambda: set(album) <= _photos(fake, URBAN_GROUP)
                    or set(album) <= {m["file_id"] for m in fake.sent(URBAN_GROUP)
                                      if m["method"] == "sendMediaGroup"}, timeout=20)

    # Something else between the photo and the new problem: the photo stays where it went.
    stayed = _report_and_photo(fake, bot, STAYED, "西街三号楼停水了，水龙头一滴水都没有")
    receipt = next(m for m in fake.sent(STAYED) if "工单编号" in (m["text"] or ""))
    fake.send_location(STAYED, 35.07, 116.31, reply_to=receipt["message_id"])  # said of it
    wait_text(fake, STAYED, "已将您补充的内容加入工单", 2)
    fake.send_text(STAYED, "东关小学门口的路灯不亮了")
    fake.wait_until(lambda: len(tickets_of(bot, STAYED)) == 2, timeout=20)
    first, second = tickets_of(bot, STAYED)
    assert (attached(bot, first)[0], attached(bot, second)) == (stayed, [])
    assert not any("改附到新工单" in t for t in texts(fake, STAYED))

    # An urgent ticket's photo went to its unit at once: it stays there and goes with the new
    # ticket too; the citizen is told it went with the new ticket as well, never as a move.
    urgent = _report_and_photo(fake, bot, URGENT, "厨房里煤气泄漏了，味道很大，快来人")
    assert tickets_of(bot, URGENT)[0]["urgent"] == 1
    fake.send_text(URGENT, "这张照片是北街的路灯，也坏了，一直不亮")
    fake.wait_until(lambda: len(tickets_of(bot, URGENT)) == 2, timeout=20)
    gas, lamp2 = tickets_of(bot, URGENT)
    assert (attached(bot, gas), attached(bot, lamp2)) == ([urgent], [urgent])
    fake.wait_until(lambda: urgent in _photos(fake, URBAN_GROUP), timeout=20)
    assert not any("改附" in t for t in texts(fake, URGENT))
    wait_text(fake, URGENT, f"也附到新工单 {lamp2['number']}")

    # Minutes later the follow-up releases what was held: the stayed photo reaches the water
    # unit; the moved one never does.
    later = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5)
    done = bot.cli("tick", "--now", later.isoformat())
    assert done.returncode == 0 and "released 1" in done.stdout, done.stdout
    fake.wait_until(lambda: stayed in _photos(fake, WATER_GROUP), timeout=20)
    assert moved not in _photos(fake, WATER_GROUP)
    assert not set(album) & {m.get("file_id") for m in fake.sent(WATER_GROUP)}
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_photo_followed_by_an_extra_matter_stays_with_the_first_report(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    """Outside tester: a message that marks itself as an addition (另外/还有/再就是/顺便…) and
    says nothing of the photo is an extra matter, not the photo's description; the photo stays
    with the first report."""
    fake.add_group(WATER_GROUP, "县水务局工作群")
    fake.add_group(URBAN_GROUP, "县综合行政执法局工作群")
    fake.add_user(MOVED)
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "units.urban.chat_id": URBAN_GROUP})
    photo = _report_and_photo(fake, bot, MOVED, "我家小区停水两天了，一直没有来水")
    fake.send_text(MOVED, "另外，" + LAMP)
    fake.wait_until(lambda: len(tickets_of(bot, MOVED)) == 2, timeout=20)
    wait_text(fake, MOVED, "工单编号", 2)
    water, lamp = tickets_of(bot, MOVED)
    assert (attached(bot, water), attached(bot, lamp)) == ([photo], [])
    assert not any("改附到新工单" in t for t in texts(fake, MOVED))
    assert not fake.unexpected_errors()
