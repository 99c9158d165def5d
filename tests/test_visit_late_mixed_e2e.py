"""A late 回访 answer that says the matter is still not put right AND the citizen is not
satisfied keeps both (an outside tester, refs #10): `The light is still not working, not
satisfied` after a 默认满意 closure recorded 未解决 only, and the 不满意 was lost in the DB, the
unit's 重办 notice and the citizen's reply."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import WATER_GROUP, tickets_of, wait_text, water_visits

SAID = {551: "Still no water at home, not satisfied",
        552: "还是没水，很不满意",
        553: "水到现在还是没来，不满意",
        554: "没修好，很不满意",
        555: "没解决，还是没水，很不满意"}


def test_a_late_unsolved_with_displeasure_keeps_both(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, tuple(SAID))
    visit_sent = min(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit_sent + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    for citizen, text in SAID.items():
        fake.wait_until(lambda c=citizen: tickets_of(bot, c)[0]["rating"] == "default", timeout=20)
        fake.send_text(citizen, text)
        fake.wait_until(lambda c=citizen: tickets_of(bot, c)[0]["state"] == "reopened",
                        timeout=20)
        [row] = tickets_of(bot, citizen)
        if text.isascii():  # told in English, as it was said
            told = wait_text(fake, citizen, "to be handled again")[-1]
            assert "Not solved" in told and "Not satisfied" in told, (text, told)
        else:
            told = wait_text(fake, citizen, "重新办理")[-1]
            assert "未解决" in told and "不满意" in told, (text, told)
        notice = wait_text(fake, WATER_GROUP, f"{row['number']}（县水务局）回访结果")[-1]
        assert "问题未解决、不满意" in notice, (text, notice)
        rated = [e["detail"] for e in bot.query(
            "SELECT detail FROM events WHERE ticket_id = ? AND action = 'rate'", [row["id"]])]
        assert "s:0" in rated and "r:1" in rated, (text, rated)
    assert [len(tickets_of(bot, c)) for c in SAID] == [1] * len(SAID)
