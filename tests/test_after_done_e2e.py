"""What a citizen says right after a ticket is finished (办结), before its 回访, is said of that
ticket (outside testers; refs #10): a bare 很不满意 is their displeasure with it — kept on it as
the protest after a 办结 is (the unit told, its 回访 reopens it), not a question what the matter
is. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    CST,
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

DISPLEASED = {831: "很不满意", 832: "太差劲了！", 833: "根本没解决", 834: "really unhappy"}


def test_a_bare_feeling_right_after_the_done_is_said_of_that_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(DISPLEASED))
    done = {}
    for citizen in DISPLEASED:
        done[citizen] = report(fake, bot, citizen, "村口的路灯坏了好几天了，晚上很黑")
        finish(fake, bot, done[citizen], "已更换灯泡，恢复照明")
        wait_text(fake, citizen, "办结")
    for citizen, said in DISPLEASED.items():
        before = len(texts(fake, citizen))
        fake.send_text(citizen, said)
        answer = fake.wait_sent(citizen, before + 1)[-1]["text"]
        ticket = done[citizen]
        english = said.isascii()  # answered in the language it was said in
        assert ticket["number"] in answer, (said, answer)
        assert ("is recorded on case" if english else "已记入工单") in answer, (said, answer)
        assert "请问您遇到了什么问题" not in answer and "What problem" not in answer
        assert events(bot, ticket, "visit_said") == [said], said
        kept = row(bot, ticket)  # 很不满意 is a 不满意, not a 未解决 nobody said
        unsolved = "解决" in said
        assert ("(not satisfied)" in answer if english else "问题未解决" in answer if unsolved
                else "（不满意）" in answer), (said, answer)
        assert (kept["solved"], kept["rating"]) == ((0, None) if unsolved else (None, "unsatisfied"))
        wait_text(fake, URBAN_GROUP, said.rstrip("！"))
        assert len(tickets_of(bot, citizen)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


THANKFUL = {835: ("上次路灯修好了谢谢你们，还有俺村东头的桥栏杆断了", "桥栏杆", "上次路灯修好了谢谢你们"),
            836: ("谢谢你们把路灯修好了！另外我家门口的下水道堵了", "下水道", "谢谢你们把路灯修好了")}


def test_thanks_said_with_a_new_problem_reach_the_finished_tickets_unit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(THANKFUL))
    for citizen, (line, matter, thanks) in THANKFUL.items():
        lamp = report(fake, bot, citizen, "村口的路灯坏了好几天了，晚上很黑")
        finish(fake, bot, lamp, "已更换灯泡，恢复照明")
        wait_text(fake, citizen, "办结")
        fake.send_text(citizen, line)
        wait_text(fake, citizen, "感谢已转达")
        done, new = tickets_of(bot, citizen)
        assert matter in new["text"] and "谢谢" not in new["text"], new
        assert new["number"] in "\n".join(texts(fake, citizen))
        assert events(bot, lamp, "thanked") == [thanks]
        assert done["state"] == "resolved"
        wait_text(fake, URBAN_GROUP, f"{lamp['number']} 的市民致谢：{thanks}")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_a_reply_to_a_closed_tickets_message_links_the_new_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    citizen = 837
    join_staff(fake, bot, (citizen,))
    lamp = report(fake, bot, citizen, "村口的路灯坏了好几天了，晚上很黑")
    finish(fake, bot, lamp, "已更换灯泡，恢复照明")
    ask_visits(bot, 1)
    asked = (dt.datetime.fromisoformat(row(bot, lamp)["resolved_at"]) + dt.timedelta(days=2)
             ).astimezone(CST).replace(hour=10, minute=5)
    for day in range(4):  # no answer in 3 days: closed as 默认满意 (by day)
        bot.cli("tick", "--now", (asked + dt.timedelta(days=day + 1)).isoformat())
    fake.wait_until(lambda: row(bot, lamp)["state"] == "closed", timeout=15)
    about_lamp = next(m for m in fake.sent(citizen) if lamp["number"] in (m["text"] or ""))
    before = len(fake.sent(citizen))
    fake.send_text(citizen, "我家门口的下水道堵了，污水漫到路上", reply_to=about_lamp)
    answer = fake.wait_sent(citizen, before + 1)[-1]["text"]
    _, new = tickets_of(bot, citizen)
    assert new["number"] in answer and f"与您此前的第 {lamp['number']} 号诉求相关" in answer.replace(
        "<code>", "").replace("</code>", ""), answer
    assert events(bot, new, "related") == [lamp["number"]]
    assert events(bot, lamp, "related") == [new["number"]]
    wait_text(fake, WATER_GROUP, new["number"])
    wait_text(fake, WATER_GROUP, "与该市民此前的第")
    assert row(bot, lamp)["state"] == "closed"
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
