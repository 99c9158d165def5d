"""A second 不满意 (after a 重办) reaches the unit and the supervisors with the citizen's words
(an outside tester, refs #10): in time, `No … still broken, NOT satisfied!!! you people are
useless` closed the ticket as unsolved and unsatisfied, the supervisors were told without the
citizen's words and the unit not at all; late (after 默认满意), the unit read its note
（原按默认满意销号，市民事后补充回答） twice and no words. Through the real bot and the fake Bot
API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    URBAN_GROUP,
    ask_visits,
    finish,
    join_staff,
    report,
    row,
    texts,
    wait_text,
)

SUPERVISOR = 990
LAMP = "东关街{n}号门口路灯坏了，晚上一片漆黑"
# In time, at the second round's first question: the words the unit and supervisors must read.
IN_TIME = {
    731: ("联系过了，路灯还是不亮，不满意，你们这帮人太没用了", "太没用了"),
    732: ("No </code><a href='http://x.example'>click</a> still broken, NOT satisfied!!! "
          "you people are useless", "you people are useless"),
    733: ("没人来过，灯还是黑的，很不满意", "灯还是黑的"),
}
LATE = {  # after the second round closed as 默认满意
    734: ("还是不亮，晚上出门得打手电，不满意", "晚上出门得打手电"),
    735: ("Not solved, the light is still not working", "the light is still not working"),
}


def _group_text(fake: FakeBotAPI, needle: str) -> str:
    """The unit group's latest message with `needle`: the group is paced as Telegram asks, so
    under load its copy may wait its turn behind the 办结 and 重办 pushes."""
    found: str = fake.wait_until(lambda: [t for t in texts(fake, URBAN_GROUP) if needle in t],
                                 timeout=90)[-1]
    return found


def test_a_second_unsatisfied_tells_the_unit_and_supervisors_the_words(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({**OVERRIDES, "people.supervisors": [SUPERVISOR]})
    citizens = (*IN_TIME, *LATE)
    fake.add_user(SUPERVISOR)
    join_staff(fake, bot, citizens)
    lamps = {c: report(fake, bot, c, LAMP.format(n=n + 1)) for n, c in enumerate(citizens)}
    for lamp in lamps.values():
        finish(fake, bot, lamp, "已更换灯泡")
    ask_visits(bot, len(lamps))
    for citizen, lamp in lamps.items():  # the first round: 不满意, back to the unit
        wait_text(fake, citizen, "联系过")
        fake.send_text(citizen, "没人联系过，没解决，不满意")
        fake.wait_until(lambda t=lamp: row(bot, t)["state"] == "reopened", timeout=20)
    for lamp in lamps.values():
        finish(fake, bot, lamp, "已再次更换灯泡并检修线路")
    ask_visits(bot, len(lamps), days=2)

    for citizen, (text, words) in IN_TIME.items():
        lamp = lamps[citizen]
        wait_text(fake, citizen, "联系过", 2)
        fake.send_text(citizen, text)
        fake.wait_until(lambda t=lamp: row(bot, t)["state"] == "closed", timeout=20)
        assert row(bot, lamp)["rating"] == "unsatisfied", text
        needle = f"工单 {lamp['number']}（县综合行政执法局）重办后的回访结果"
        notice = _group_text(fake, needle)
        assert "市民回访时说：" in notice and words in notice, (text, notice)
        told = fake.wait_until(lambda n=lamp["number"]: [
            t for t in texts(fake, SUPERVISOR) if n in t and "重办后回访结果" in t],
                               timeout=20)[-1]
        assert "市民回访时说：" in told and words in told, (text, told)

    visit = max(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    for citizen, (text, words) in LATE.items():
        lamp = lamps[citizen]
        fake.wait_until(lambda t=lamp: row(bot, t)["rating"] == "default", timeout=20)
        fake.send_text(citizen, text)
        fake.wait_until(lambda t=lamp: row(bot, t)["rating"] == "unsatisfied"
                        or row(bot, t)["solved"] == 0, timeout=20)
        needle = f"工单 {lamp['number']}（县综合行政执法局）重办后的回访结果"
        notice = _group_text(fake, needle)
        assert notice.count("原按默认满意销号") == 1, notice
        assert "市民回访时说：" in notice and words in notice, (text, notice)
        told = fake.wait_until(lambda n=lamp["number"]: [
            t for t in texts(fake, SUPERVISOR) if n in t and "原按默认满意销号" in t],
                               timeout=20)[-1]
        assert words in told, (text, told)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
