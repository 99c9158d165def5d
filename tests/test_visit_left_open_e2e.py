"""A 回访 whose 满意度 was given but whose 是否联系过您 was left unanswered closes, three days on,
with the answers the citizen gave — never as 默认满意, which would tell the citizen they did not
answer and the supervisors that nothing was confirmed (outside tester T27, finding 3). An
answer of 已解决 alone still closes as 默认满意. Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess, by_day
from tests.readingkit import texts, tickets_of, wait_text, water_visits

RATED, SOLVED_ONLY = 561, 562


def test_a_rating_given_stands_when_only_the_contact_question_is_left(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, (RATED, SOLVED_ONLY))
    fake.send_text(RATED, "水来了，满意")
    kept = wait_text(fake, RATED, "请再回答")[-1]
    assert "已解决、满意" in kept and "联系过您" in kept
    fake.send_text(SOLVED_ONLY, "水来了")
    wait_text(fake, SOLVED_ONLY, "请再回答")

    visit_sent = min(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", by_day(visit_sent + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr

    fake.wait_until(lambda: tickets_of(bot, RATED)[0]["state"] == "closed", timeout=20)
    rated = tickets_of(bot, RATED)[0]
    assert (rated["solved"], rated["rating"]) == (1, "satisfied")
    told = wait_text(fake, RATED, "已销号")[-1]
    assert "感谢您的评价" in told
    assert not [t for t in texts(fake, RATED) if "默认满意" in t]

    fake.wait_until(lambda: tickets_of(bot, SOLVED_ONLY)[0]["state"] == "closed", timeout=20)
    assert tickets_of(bot, SOLVED_ONLY)[0]["rating"] == "default"
    wait_text(fake, SOLVED_ONLY, "按默认满意销号")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
