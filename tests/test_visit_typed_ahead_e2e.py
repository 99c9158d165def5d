"""A positive 回访 answer typed before the 回访 was asked is the citizen's answer (an outside
tester, refs #10): 解决了，谢谢 or 挺好的，满意 right after the 办结 notice, then silence, closed as
默认满意. When the 回访 falls due, an answer to both 问题是否解决 and 满意度 closes it with those
answers (满意, or 基本满意 as the words say) and the citizen is told their earlier answer was
recorded; 已解决 alone leaves only the 满意度 to ask. Through the real bot and the fake Bot API."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    WATER_GROUP,
    ask_visits,
    finish,
    join_staff,
    report,
    row,
    texts,
    wait_text,
)

# Each citizen: what they type right after the 办结, and the 满意度 it gives (None: only 已解决).
AHEAD = {851: ("解决了，谢谢", "satisfied"),
         852: ("挺好的，满意", "satisfied"),
         853: ("来水了，辛苦你们了", "satisfied"),
         854: ("修好了，基本满意吧", "basic"),
         855: ("现在好多了，谢谢", "satisfied"),
         856: ("水来了", None),
         857: ("已经修好了", None)}


def test_a_positive_answer_typed_ahead_answers_the_visit_when_it_falls_due(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(AHEAD))
    made = {}
    for n, citizen in enumerate(AHEAD):
        made[citizen] = report(fake, bot, citizen, f"西街{n + 1}号楼停水两天了，一直没有来水")
        wait_text(fake, citizen, "工单编号")
    for citizen, ticket in made.items():
        finish(fake, bot, ticket, "已抢修管道，恢复供水")
        wait_text(fake, citizen, "已抢修管道")
        fake.send_text(citizen, AHEAD[citizen][0])
        kept = wait_text(fake, citizen, "已记录")[-1]
        assert ticket["number"] in kept and "已解决" in kept, (citizen, kept)
    assert len(bot.tickets()) == len(AHEAD)
    pushed = len(texts(fake, WATER_GROUP))

    ask_visits(bot, len(AHEAD))
    for citizen, (said, rating) in AHEAD.items():
        ticket = made[citizen]
        if rating is not None:
            fake.wait_until(lambda t=ticket: row(bot, t)["state"] == "closed", timeout=20)
            done = row(bot, ticket)
            assert (done["solved"], done["rating"]) == (1, rating), (said, done)
            told = wait_text(fake, citizen, "您此前已经回答过")[-1]
            assert "已按您的回答记录" in told and "已销号" in told, (said, told)
            assert not [t for t in texts(fake, citizen) if "联系过您" in t], said
            continue
        asked = wait_text(fake, citizen, "只剩最后一个问题")[-1]
        assert "已解决" in asked and "满意" in asked, (said, asked)
        assert not [t for t in texts(fake, citizen) if "联系过您" in t], said
        message = next(m for m in fake.messages(citizen) if "只剩最后一个问题" in (m.get("text") or ""))
        fake.press(citizen, message, f"v:{ticket['id']}:0:r:3")
        fake.wait_until(lambda t=ticket: row(bot, t)["state"] == "closed", timeout=20)
        done = row(bot, ticket)
        assert (done["solved"], done["rating"]) == (1, "satisfied"), (said, done)
    # Nobody's answer became 默认满意, and the unit was not told a 补充.
    assert not bot.query("SELECT 1 FROM tickets WHERE rating = 'default'")
    assert not [t for t in texts(fake, WATER_GROUP)[pushed:] if "市民补充" in t]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
