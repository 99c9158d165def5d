"""A late 回访 answer (after 默认满意) goes to the ticket it is about, and counts once (an outside
tester, refs #10): with two tickets closed as 默认满意, `还是没水，很不满意` reopened the later one
— a pothole the bot had filed under 水务局 — and left the water ticket 默认满意; `not solved, the
dogs are still there` reopened the dog ticket AND opened a new hotline ticket of its own words,
and the unit's 重办 notice never carried what the citizen said. Now the matter the answer names
chooses the ticket, an answer naming none with several closed is asked about (nothing recorded),
and the words after a late 未解决 / 不满意 are the citizen's 回访 words on that ticket — told to the
unit in its 重办 notice — not a new ticket. Through the real bot and the fake Bot API."""

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

WATER = "西街{n}号楼停水两天了，一直没有来水"
DRAIN = "西街{n}号楼门口下水道堵了，污水冒出来"
LAMP = "东关街{n}号门口路灯坏了，晚上一片漆黑"
DOGS = "Stray dogs keep chasing children on road {n}, please do something"
LIGHT = "The street light outside house {n} on East Road has been broken for a week"
# Each citizen: what they reported (oldest first), the late answer, the report it reopens
# (its index), and the words the unit must read in the 重办 notice.
NAMED: dict[int, tuple[tuple[str, ...], str, int]] = {
    711: ((WATER, DRAIN), "还是没水，很不满意", 0),
    712: ((LAMP, WATER), "路灯还是不亮，不满意", 0),
    713: ((WATER, LAMP), "水到现在还是没来，不满意", 0),
    714: ((LAMP, DRAIN), "Not solved, the street light is still off", 0),
}
WORDS: dict[int, tuple[str, str, str]] = {
    715: (DOGS, "not solved, the dogs are still there", "the dogs are still there"),
    716: (LIGHT, "Not satisfied. The light is still not working", "The light is still not"),
    717: (WATER, "没解决，水压还是小得很，洗不了澡", "水压还是小得很"),
    718: (LAMP, "不满意，晚上出门还是得打手电", "晚上出门还是得打手电"),
}
BARE = 719  # two closed, an answer naming no matter: asked which


def _closed_by_default(fake: FakeBotAPI, bot: BotProcess,
                       reports: dict[int, tuple[str, ...]]) -> dict[int, list[dict[str, Any]]]:
    """Every citizen reports, each report is finished, the visits asked and left unanswered
    until they close as 默认满意."""
    join_staff(fake, bot, tuple(reports))
    made: dict[int, list[dict[str, Any]]] = {}
    for n, (citizen, texts_) in enumerate(reports.items()):
        made[citizen] = [report(fake, bot, citizen, t.format(n=n + 1)) for t in texts_]
    for ticket in (t for ts in made.values() for t in ts):
        finish(fake, bot, ticket, "已处理完毕")
    ask_visits(bot, sum(len(ts) for ts in made.values()))
    visit = max(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    for citizen, ts in made.items():
        for ticket in ts:
            fake.wait_until(lambda t=ticket: row(bot, t)["rating"] == "default", timeout=20)
        count = len(ts)
        fake.wait_until(lambda c=citizen, n=count: len(
            [t for t in texts(fake, c) if "默认满意销号" in t or "by default" in t]) == n,
                        timeout=20)
    return made


def test_a_late_answer_goes_to_the_ticket_it_names_and_counts_once(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    reports = {**{c: r for c, (r, _, _) in NAMED.items()},
               **{c: (r,) for c, (r, _, _) in WORDS.items()}, BARE: (WATER, LAMP)}
    made = _closed_by_default(fake, bot, reports)

    for citizen, (_, text, meant) in NAMED.items():  # the matter named chooses the ticket
        before = len(fake.sent(citizen))
        fake.send_text(citizen, text)
        target = made[citizen][meant]
        fake.wait_until(lambda t=target: row(bot, t)["state"] == "reopened", timeout=20)
        others = [row(bot, t) for t in made[citizen] if t["id"] != target["id"]]
        assert [(o["state"], o["rating"]) for o in others] == [("closed", "default")], text
        assert len(tickets_of(bot, citizen)) == len(made[citizen]), text
        [told] = fake.wait_until(lambda c=citizen, b=before: texts(fake, c)[b:], timeout=20)
        assert target["number"] in told, (text, told)
        assert not [o for o in others if o["number"] in told], (text, told)
        notice = fake.wait_until(lambda g=GROUPS[target["unit"]], n=target["number"]: [
            m for m in texts(fake, g) if f"重办 工单 {n}" in m], timeout=90)[-1]
        assert "原按默认满意销号" in notice, notice

    for citizen, (_, text, kept) in WORDS.items():  # one reopen, the words kept, no ticket
        [ticket] = made[citizen]
        fake.send_text(citizen, text)
        fake.wait_until(lambda t=ticket: row(bot, t)["state"] == "reopened", timeout=20)
        notice = fake.wait_until(lambda t=ticket: [
            m for m in texts(fake, GROUPS[t["unit"]]) if f"重办 工单 {t['number']}" in m],
                                 timeout=90)[-1]
        assert f"市民回访时说：{kept}" in notice or (
            "市民回访时说：" in notice and kept in notice), (text, notice)
        assert notice.count("原按默认满意销号") == 1, notice
        assert len(tickets_of(bot, citizen)) == 1, (text, tickets_of(bot, citizen)[-1]["text"])
        assert row(bot, ticket)["reopen_count"] == 1, text

    # No matter named, two closed as 默认满意: asked which, nothing recorded on either.
    water, lamp = made[BARE]
    before = len(fake.sent(BARE))
    fake.send_text(BARE, "不满意")
    fake.wait_sent(BARE, before + 1)
    asked = texts(fake, BARE)[-1]
    assert water["number"] in asked and lamp["number"] in asked, asked
    assert [(row(bot, t)["state"], row(bot, t)["rating"]) for t in (water, lamp)] \
        == [("closed", "default")] * 2
    assert len(tickets_of(bot, BARE)) == 2
    assert not events(bot, water, "rate") and not events(bot, lamp, "rate")
    fake.send_text(BARE, "路灯那个，不满意")  # then named: that one
    fake.wait_until(lambda: row(bot, lamp)["state"] == "reopened", timeout=20)
    assert (row(bot, water)["state"], row(bot, water)["rating"]) == ("closed", "default")
    assert len(tickets_of(bot, BARE)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
