"""A bare reply at a waiting 回访 question, and a mark with no scale at 满意度 (round 25), through
the real bot and the fake Bot API: 1, 2, ? (and 好 at 满意度, which is no yes/no question) are
asked the waiting question again, naming its answers — no ticket, nothing kept on the visit,
never the 没太看明白 any gibberish gets — while real answers (嗯 at 是否联系过您, 已解决) are
recorded as before; 打5分 is full marks (满意), 3分 基本满意, 5分（满分10分） 不满意."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import events, tickets_of, type_answer, wait_text, water_visits

BARE, TEN, THREE = 581, 582, 583
UNREAD = "没太看明白"


def _asked_again(fake: FakeBotAPI, bot: BotProcess, citizen: int, word: str,
                 asked: str, answers: tuple[str, ...]) -> None:
    """`word` typed at the waiting question: asked again, naming it and its answers; nothing
    recorded, nothing filed."""
    fake.wait_until(bot.settled, timeout=15)  # the question asked last is out
    before = tickets_of(bot, citizen)
    before_sent = len(fake.sent(citizen, "sendMessage"))
    fake.send_text(citizen, word)
    said = fake.wait_until(lambda: (new := fake.sent(citizen, "sendMessage")[before_sent:])
                           and new[0]["text"], timeout=15)
    assert asked in said and all(f"“{a}”" in said for a in answers), (word, said)
    assert before[0]["number"] in said and UNREAD not in said, (word, said)
    assert tickets_of(bot, citizen) == before, word  # no ticket, no answer recorded
    assert not events(bot, before[0], "visit_said"), word  # no opinion kept


def test_bare_replies_are_asked_again_and_marks_are_out_of_five(
        fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> None:
    bot = water_visits(fake, make_bot, (BARE, TEN, THREE))

    contacted = ("联系过", "没联系")
    _asked_again(fake, bot, BARE, "1", "经办人联系过您吗", contacted)
    _asked_again(fake, bot, BARE, "？", "经办人联系过您吗", contacted)
    type_answer(fake, bot, BARE, "嗯", "contacted")  # a yes to a yes/no question
    assert tickets_of(bot, BARE)[0]["contacted"] == 1
    wait_text(fake, BARE, "第二个问题")
    _asked_again(fake, bot, BARE, "2", "问题解决了吗", ("已解决", "未解决"))
    type_answer(fake, bot, BARE, "已解决", "solved")
    wait_text(fake, BARE, "最后一个问题")
    rated = ("满意", "基本满意", "不满意")
    _asked_again(fake, bot, BARE, "好", "对办理结果满意吗", rated)
    _asked_again(fake, bot, BARE, "1", "对办理结果满意吗", rated)
    type_answer(fake, bot, BARE, "打5分", "rating")
    visited = tickets_of(bot, BARE)[0]
    assert (visited["rating"], visited["state"]) == ("satisfied", "closed")

    for citizen, (mark, rating, state) in {TEN: ("5分（满分10分）", "unsatisfied", "reopened"),
                                           THREE: ("3分", "basic", "closed")}.items():
        type_answer(fake, bot, citizen, "联系过了，解决了", "solved")
        wait_text(fake, citizen, "最后一个问题")
        type_answer(fake, bot, citizen, mark, "rating")
        fake.wait_until(lambda c=citizen, s=state: tickets_of(bot, c)[0]["state"] == s,
                        timeout=15)
        assert tickets_of(bot, citizen)[0]["rating"] == rating, mark
        assert len(tickets_of(bot, citizen)) == 1, mark
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
