"""The round-28 outside tester's finds 13 and 14, in our own sentences, through the real bot and
the fake Bot API (refs #10): a witness telling of a child at a balcony's edge reads what to do for
the child (110 and 119, do not startle them, get an adult to them, stay out from underneath), not
the crisis words, and the ticket is urgent at the police; the writer at a roof's edge still reads
the crisis words; a crushed drain grate and a fire settled long ago are plain reports."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import POLICE_GROUP, tickets_of, told, unpaced_bot, wait_text

CITIZEN = 772


def test_a_witness_to_a_child_at_a_balconys_edge_reads_what_to_do_for_the_child(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    answer = told(fake, bot, CITIZEN, "隔壁单元的小孩翻到七楼阳台栏杆外边去了", 1)
    [ticket] = tickets_of(bot, CITIZEN)
    assert ticket["urgent"] and ticket["unit"] == "police", ticket
    for said in ("110", "119", "不要大声喊叫", "不要吓着", "能进屋的大人", "正下方", "紧急", "县公安局"):
        assert said in answer, (said, answer)
    for crisis in ("12356", "并不孤单", "心理援助", "离开桥边"):
        assert crisis not in answer, (crisis, answer)
    assert "阳台栏杆" in wait_text(fake, POLICE_GROUP, ticket["number"])[0]
    assert not fake.unexpected_errors()


def test_the_writer_at_a_roofs_edge_still_reads_the_crisis_words(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    answer = told(fake, bot, CITIZEN, "我现在坐在楼顶边上，不想下去了", 1)
    [ticket] = tickets_of(bot, CITIZEN)
    assert ticket["urgent"] and ticket["unit"] == "police", ticket
    for said in ("并不孤单", "12356", "110"):
        assert said in answer, (said, answer)
    assert "不要大声喊叫" not in answer, answer
    assert not fake.unexpected_errors()


def test_a_crushed_grate_and_a_fire_settled_long_ago_are_plain_reports(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = unpaced_bot(fake, make_bot, CITIZEN)
    grate = told(fake, bot, CITIZEN, "楼下车库的排水篦子被压扁了", 1)
    settled = told(fake, bot, CITIZEN, "仓库起火那事早就处理完了，现在是租金的问题", 2)
    for answer in (grate, settled):
        assert "已标记为" not in answer and "立即拨打" not in answer, answer
    assert not any(t["urgent"] for t in tickets_of(bot, CITIZEN)), tickets_of(bot, CITIZEN)
    assert not fake.unexpected_errors()
