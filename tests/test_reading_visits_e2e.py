"""回访 answers read against the ticket they are about (one reading, bot/domain/reading.py; an
outside tester, refs #10), through the real bot and the fake Bot API: the matter still there in
its own words is 未解决 on its ticket, in the second round too (没人来，垃圾还在，不满意), never a new
ticket; more of the matter said with a 重办 is stored as the citizen's 补充 before they are told
it was added; a protest right after a second 办结 (瞎说，压根没人来换) is 未解决 on that ticket; and
the matter put right in its own words (车已经拖走了, 现在好多了, 还行吧) answers the visit."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    URBAN_GROUP,
    WATER_GROUP,
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

GARBAGE, PRESSURE, LAMP, CAR, FUMES, FAIR = range(511, 517)
REPORTS = {GARBAGE: "小区门口垃圾堆了一个星期没人清理，臭得很",
           PRESSURE: "西街3号楼停水两天了，一直没有来水",
           LAMP: "东关街路灯坏了好几天了，晚上黑漆漆的",
           CAR: "我家门口被人乱停车堵住了，车开不出去",
           FUMES: "楼下饭店油烟太大，熏得没法开窗",
           FAIR: "南关村停水一天了"}


def test_answers_in_the_matters_own_words_stay_on_its_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(REPORTS))
    mine = {citizen: report(fake, bot, citizen, text) for citizen, text in REPORTS.items()}
    for ticket in mine.values():
        finish(fake, bot, ticket, "已处理完毕")
    ask_visits(bot, len(REPORTS))
    for citizen in REPORTS:
        wait_text(fake, citizen, "联系过您")

    # First round: the garbage and the lamp sent back (重办).
    for citizen in (GARBAGE, LAMP):
        fake.send_text(citizen, "没人联系，没解决，不满意")
        fake.wait_until(lambda c=citizen: row(bot, mine[c])["state"] == "reopened", timeout=15)

    # More of the matter with the answers that send it back: told it is in the 重办 notice
    # only once it is kept on the ticket, and the unit has the words.
    fake.send_text(PRESSURE, "联系过了")
    fake.wait_until(lambda: row(bot, mine[PRESSURE])["contacted"] == 1, timeout=15)
    fake.send_text(PRESSURE, "未解决，不满意，水压还是很小")
    fake.wait_until(lambda: row(bot, mine[PRESSURE])["state"] == "reopened", timeout=15)
    wait_text(fake, PRESSURE, "您说的情况已写进工单")
    assert [d for d in events(bot, mine[PRESSURE], "supplement") if "水压还是很小" in d]
    wait_text(fake, WATER_GROUP, "水压还是很小")

    # The matter put right in its own words answers 问题是否解决 (and 还行吧 the 满意度 too).
    for citizen in (CAR, FUMES, FAIR):
        fake.send_text(citizen, "联系过了")
        fake.wait_until(lambda c=citizen: row(bot, mine[c])["contacted"] == 1, timeout=15)
    for citizen, said in ((CAR, "车已经拖走了"), (FUMES, "现在好多了"), (FAIR, "还行吧")):
        fake.send_text(citizen, said)
        fake.wait_until(lambda c=citizen: row(bot, mine[c])["solved"] == 1, timeout=15)
    fake.wait_until(lambda: row(bot, mine[FAIR])["state"] == "closed", timeout=15)
    assert row(bot, mine[FAIR])["rating"] == "basic"
    for citizen in (CAR, FUMES):
        assert not [t for t in texts(fake, citizen) if "没太看明白" in t]
        assert sum("已收到您的反映" in t for t in texts(fake, citizen)) == 1

    # Second 办结: a protest before its 回访 is 未解决 on the lamp ticket, not a power ticket.
    for citizen in (GARBAGE, LAMP):
        finish(fake, bot, mine[citizen], "已再次处理完毕")
    fake.send_text(LAMP, "瞎说，压根没人来换")
    wait_text(fake, LAMP, "问题未解决")
    assert row(bot, mine[LAMP])["solved"] == 0
    assert "瞎说，压根没人来换" in events(bot, mine[LAMP], "visit_said")
    wait_text(fake, URBAN_GROUP, "压根没人来换")

    # The second round's 回访, answered by a 回复 to its question: 否, 未解决, 不满意, all on it.
    ask_visits(bot, 2)
    wait_text(fake, GARBAGE, "联系过您", 2)
    asked = [m for m in fake.messages(GARBAGE) if "联系过您" in (m.get("text") or "")][-1]
    fake.send_text(GARBAGE, "没人来，垃圾还在，不满意", reply_to=asked)
    fake.wait_until(lambda: row(bot, mine[GARBAGE])["state"] == "closed", timeout=15)
    assert events(bot, mine[GARBAGE], "rate")[-3:] == ["c:0", "s:0", "r:1"]
    for citizen in REPORTS:
        assert len(tickets_of(bot, citizen)) == 1, citizen
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
