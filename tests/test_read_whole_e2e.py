"""A citizen's message read whole, through the real bot and the fake Bot API (an outside
tester's findings; refs #10): a 回访 answered in a letter (尊敬的领导…关于…的问题…另外…) records
the answers on the ticket it names and files the new problem as its own ticket, and only 回访
the citizen was asked are offered; a line saying only who and where the writer is waits for
the report after it (one ticket); a press naming an open ticket's matter presses it."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    texts,
    tickets_of,
    wait_text,
)

LETTER, SHORT, PHONE, WHERE, PRESS, AGAIN, STILL = range(541, 548)
SEWER = "中心街下水道堵了，污水冒出来了"
LAMP = "西街路灯不亮了，晚上黑乎乎的"


def test_a_visit_answered_in_a_letter_records_it_and_files_the_new_problem(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (LETTER, SHORT, PHONE, AGAIN, STILL))
    for citizen in (LETTER, SHORT, AGAIN, STILL):
        for text in (SEWER, LAMP):
            finish(fake, bot, report(fake, bot, citizen, text), "已处理")
    # PHONE's 路灯 回访 is asked in the chat; their 下水道 is finished while they block the bot,
    # so its 回访 is a phone call, never asked in the chat; then they unblock it.
    phoned, asked = report(fake, bot, PHONE, SEWER), report(fake, bot, PHONE, LAMP)
    finish(fake, bot, asked, "已处理")
    ask_visits(bot, 9)
    for citizen in (LETTER, SHORT, AGAIN, STILL):
        wait_text(fake, citizen, "联系过您", 2)
    wait_text(fake, PHONE, "联系过您")
    fake.block_bot(PHONE)
    finish(fake, bot, phoned, "已疏通")
    fake.wait_until(lambda: events(bot, phoned, "unreachable"), timeout=20)
    ask_visits(bot, 1)
    fake.wait_until(lambda: events(bot, phoned, "visit"), timeout=20)
    fake.block_bot(PHONE, blocked=False)
    assert not [t for t in texts(fake, PHONE) if "联系过您" in t and phoned["number"] in t]

    # The tester's letter: the 下水道 ticket's answers recorded in order, the 楼道灯 a ticket.
    fake.send_text(LETTER, "尊敬的县领导：您好！关于中心街下水道的问题，前几天有人来联系过我，"
                           "问题解决了，我很满意，感谢你们。另外，教师公寓楼道里的灯坏了快一个月了，"
                           "晚上上下楼很不方便，希望能尽快修一下。")
    fake.wait_until(lambda: len(tickets_of(bot, LETTER)) == 3, timeout=20)
    sewer, lamp, hall = tickets_of(bot, LETTER)
    fake.wait_until(lambda: row(bot, sewer)["state"] == "closed", timeout=15)
    sewer = row(bot, sewer)
    assert (sewer["contacted"], sewer["solved"], sewer["rating"]) == (1, 1, "satisfied")
    assert (row(bot, lamp)["state"], row(bot, lamp)["contacted"]) == ("resolved", None)
    assert "楼道里的灯坏了" in hall["text"] and "满意" not in hall["text"]
    assert hall["state"] == "new" and hall["unit"] != "water"
    wait_text(fake, LETTER, "已销号")
    wait_text(fake, LETTER, hall["number"])
    assert not [t for t in texts(fake, LETTER) if "不确定是哪一件" in t]

    # Its short form, and a matter named in a lead of its own (关于…的事): the same.
    fake.send_text(SHORT, "领导你好，关于西街路灯的事，有人来过了，灯亮了，挺满意的")
    fake.wait_until(lambda: row(bot, tickets_of(bot, SHORT)[1])["state"] == "closed", timeout=15)
    assert row(bot, tickets_of(bot, SHORT)[0])["contacted"] is None
    assert len(tickets_of(bot, SHORT)) == 2

    # Other letters: the matter named as 下水道的事情 after 您好, the new one after 还有; and
    # 领导好 before a lead whose answers send the ticket back (no ticket of the lead's words).
    fake.send_text(AGAIN, "您好，下水道的事情已经解决了，有人联系过，满意，谢谢。还有，我们楼道里的灯坏了")
    fake.wait_until(lambda: len(tickets_of(bot, AGAIN)) == 3, timeout=20)
    fake.wait_until(lambda: row(bot, tickets_of(bot, AGAIN)[0])["state"] == "closed", timeout=15)
    assert tickets_of(bot, AGAIN)[2]["text"] == "我们楼道里的灯坏了"
    fake.send_text(STILL, "领导好，关于下水道那个问题，没人联系我，还是堵着，很不满意")
    fake.wait_until(lambda: row(bot, tickets_of(bot, STILL)[0])["state"] == "reopened", timeout=20)
    assert events(bot, tickets_of(bot, STILL)[0], "rate") == ["c:0", "s:0", "r:1"]
    assert len(tickets_of(bot, STILL)) == 2

    # A citizen whose other 回访 went by phone: only the one asked here waits for them, so an
    # answer without a matter is that one's — never "which one?" listing the phone one.
    fake.send_text(PHONE, "有人联系过，解决了，满意。此外，北关小学门口的井盖丢了，太危险了")
    fake.wait_until(lambda: row(bot, asked)["state"] == "closed", timeout=15)
    fake.wait_until(lambda: len(tickets_of(bot, PHONE)) == 3, timeout=15)
    assert row(bot, phoned)["contacted"] is None and row(bot, phoned)["state"] == "resolved"
    assert not [t for t in texts(fake, PHONE) if phoned["number"] in t and "等待回访" in t]
    assert not [r for r in fake.unexpected_errors() if r.status not in (403, 429)]


def test_a_line_saying_where_the_writer_is_joins_the_report_after_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    writers = (WHERE, WHERE + 10, WHERE + 11)
    join_staff(fake, bot, writers)
    for writer, (where, what) in zip(writers, (("俺是东关街开超市的", "门口下水道又堵了"),
                                               ("我是李庄村的", "村口路灯坏了好几天了"),
                                               ("我住阳光小区3号楼", "楼里停水两天了")), strict=True):
        fake.send_text(writer, where)
        wait_text(fake, writer, "请接着告诉我遇到了什么问题")  # asked what the matter is
        assert not tickets_of(bot, writer)
        fake.send_text(writer, what)
        fake.wait_until(lambda w=writer: tickets_of(bot, w), timeout=15)
        [ticket] = tickets_of(bot, writer)
        assert where in ticket["text"] and what in ticket["text"]
        assert ticket["unit"] not in ("approval", "hotline")
    # Withdrawing "the first one" offers the one ticket the two lines made.
    fake.send_text(WHERE, "第一条发错了，撤回")
    offer = wait_text(fake, WHERE, "撤回")[-1]
    assert tickets_of(bot, WHERE)[0]["number"] in offer
    assert [t["state"] for t in tickets_of(bot, WHERE)] == ["new"]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_press_naming_an_open_tickets_matter_presses_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (PRESS,))
    cover = report(fake, bot, PRESS, "幸福路上的井盖丢了，路过的人容易踩空")
    presses = ("井盖那个事怎么还没人来修，快点啊", "井盖的事到现在还没人来，快点啊",
               "那个井盖的问题怎么还没处理，赶紧的", "井盖怎么还没人来修", "井盖那个事有人管了吗")
    # Each is answered about the 井盖 ticket, none files a ticket (what a press does to the
    # unit, within its time or not, is chase.press's).
    for n, text in enumerate(presses, 2):  # the receipt names it first
        fake.send_text(PRESS, text)
        wait_text(fake, PRESS, cover["number"], n)
    assert len(tickets_of(bot, PRESS)) == 1
    assert len([t for t in texts(fake, PRESS) if "已收到您的反映" in t]) == 1
    # Another matter of the same unit pressed the same way is no press of the 井盖 ticket: a
    # report of its own.
    fake.send_text(PRESS, "路灯怎么还没人来修")
    fake.wait_until(lambda: len(tickets_of(bot, PRESS)) == 2, timeout=15)
    assert "路灯" in tickets_of(bot, PRESS)[1]["text"]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
