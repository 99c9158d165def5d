"""A 回访 answer that names its matter goes to that matter's ticket only, and a late one that
says the old matter is not put right is that ticket's late answer (an outside tester, refs
#10): with a street light's ticket closed as 默认满意 and the rubbish ticket's 回访 waiting,
`路灯那个，不满意` was recorded on the rubbish ticket's waiting 回访 (and the street light's
reopened too); `垃圾还在那堆着，没人联系我，不满意` days after the rubbish ticket closed as
默认满意 opened a new ticket while the old one stayed 默认满意. Through the real bot and the fake
Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    GROUPS,
    OVERRIDES,
    ask_visits,
    events,
    finish,
    join_staff,
    report,
    row,
    texts,
    tickets_of,
)

LAMP = "东关街{n}号门口路灯坏了，晚上一片漆黑"
RUBBISH = "东关街{n}号门口的垃圾堆了好几天了，没人清理，臭得很"
NAMED = 731  # the lamp closed as 默认满意, the rubbish 回访 waiting
FRESH = 732  # the lamp just finished (回访 not asked yet), the rubbish 回访 waiting
LATE = 733  # the rubbish ticket closed as 默认满意 and published, the verdict days later
SUPERVISOR, CHANNEL = 900, -100555


def _close_by_default(fake: FakeBotAPI, bot: BotProcess, made: list[dict[str, Any]]) -> None:
    """Three days and an hour after the latest 回访: the unanswered ones close as 默认满意."""
    visit = max(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    for ticket in made:
        fake.wait_until(lambda t=ticket: row(bot, t)["rating"] == "default", timeout=20)


def test_a_named_matter_goes_to_its_ticket_and_a_late_verdict_reopens_it(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    fake.add_user(SUPERVISOR)
    fake.add_channel(CHANNEL, "金来办")
    bot = make_bot({**OVERRIDES, "people.supervisors": [SUPERVISOR],
                    "publish.channel_id": CHANNEL})
    join_staff(fake, bot, (NAMED, FRESH, LATE))
    lamp = report(fake, bot, NAMED, LAMP.format(n=1))
    rubbish = report(fake, bot, NAMED, RUBBISH.format(n=2))
    late = report(fake, bot, LATE, RUBBISH.format(n=3))
    fresh_rubbish = report(fake, bot, FRESH, RUBBISH.format(n=4))
    fresh_lamp = report(fake, bot, FRESH, LAMP.format(n=5))
    for ticket in (lamp, late):
        finish(fake, bot, ticket, "已安排人员处理完毕")
    ask_visits(bot, 2)
    _close_by_default(fake, bot, [lamp, late])
    fake.send_text(SUPERVISOR, f"/publish {late['number']}")  # 默认满意 may be published
    [draft] = fake.wait_until(lambda: [m for m in fake.sent(SUPERVISOR) if m["reply_markup"]
                                       and "《金来办" in (m["text"] or "")], timeout=15)
    fake.press(SUPERVISOR, draft, draft["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
    [post] = fake.wait_until(lambda: fake.sent(CHANNEL, "sendMessage"), timeout=15)
    for ticket in (rubbish, fresh_rubbish):
        finish(fake, bot, ticket, "已清运完毕")
    ask_visits(bot, 2)
    finish(fake, bot, fresh_lamp, "已更换灯泡")

    # 1. The matter named chooses the ticket: the street light's, not the rubbish 回访 waiting.
    for citizen, named, waiting in ((NAMED, lamp, rubbish), (FRESH, fresh_lamp, fresh_rubbish)):
        before = len(fake.sent(citizen))
        fake.send_text(citizen, "路灯那个，不满意")
        [told] = fake.wait_until(lambda c=citizen, b=before: [
            t for t in texts(fake, c)[b:] if "收到" in t], timeout=20)
        assert named["number"] in told and "路灯" in told, told
        assert waiting["number"] not in told, told
        assert row(bot, named)["rating"] == "unsatisfied", citizen
        assert (row(bot, waiting)["state"], row(bot, waiting)["rating"]) == ("resolved", None)
        assert not events(bot, waiting, "visit_said") and not events(bot, waiting, "rate")
        assert len(tickets_of(bot, citizen)) == 2
    assert row(bot, lamp)["state"] == "reopened"  # the late answer: 重办
    notice = fake.wait_until(lambda: [m for m in texts(fake, GROUPS["urban"])
                                      if f"重办 工单 {lamp['number']}" in m], timeout=30)[-1]
    assert "原按默认满意销号" in notice, notice
    assert row(bot, fresh_lamp)["state"] == "resolved"  # kept for its 回访, asked later
    # Said before its 回访 was asked: the unit is not told a 回访 is under way.
    [ahead] = fake.wait_until(lambda: [m for m in texts(fake, GROUPS["urban"])
                                       if fresh_lamp["number"] in m and "市民" in m
                                       and "不满意" in m], timeout=30)
    assert "尚未回访" in ahead and "回访中" not in ahead, ahead

    # 2. A late verdict on the closed, published rubbish ticket: that ticket goes back (重办)
    # with the citizen's words, no new ticket, and the public post is corrected.
    before = len(fake.sent(LATE))
    fake.send_text(LATE, "垃圾还在那堆着，没人联系我，不满意")
    [told] = fake.wait_until(lambda: [t for t in texts(fake, LATE)[before:] if "收到" in t],
                             timeout=20)
    assert late["number"] in told and "重新办理" in told, told
    assert len(tickets_of(bot, LATE)) == 1
    got = row(bot, late)
    assert (got["state"], got["rating"], got["solved"]) == ("reopened", "unsatisfied", None), got
    notice = fake.wait_until(lambda: [m for m in texts(fake, GROUPS["urban"])
                                      if f"重办 工单 {late['number']}" in m], timeout=30)[-1]
    assert "市民回访时说：垃圾还在那堆着" in notice, notice
    [edit] = fake.wait_until(lambda: fake.sent(CHANNEL, "editMessageText"), timeout=20)
    assert edit["message_id"] == post["message_id"] and "更正说明" in edit["text"], edit
    assert "仍未得到解决" in edit["text"], edit
    told = fake.wait_until(lambda: [t for t in texts(fake, SUPERVISOR)
                                    if f"工单 {late['number']}" in t and "重办" in t], timeout=20)
    assert "原帖下已自动加注更正说明" in told[-1], told
    fake.send_text(SUPERVISOR, f"/publish {late['number']}")  # reopened: not now
    fake.wait_until(lambda: [t for t in texts(fake, SUPERVISOR) if "尚未办结" in t], timeout=20)
    assert len(fake.sent(CHANNEL, "sendMessage")) == 1
    # In the figures the two late 不满意 are ratings now, neither of them satisfied.
    fake.send_text(SUPERVISOR, "/stats 30")
    [stats] = fake.wait_until(lambda: [t for t in texts(fake, SUPERVISOR) if "近 30 天" in t],
                              timeout=20)
    [urban] = [line for line in stats.splitlines() if "县综合行政执法局：" in line]
    assert urban.split(" / ")[2] == "0.0%" and "评价 2 件" in stats, stats
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
