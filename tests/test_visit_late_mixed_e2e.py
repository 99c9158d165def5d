"""A late 回访 answer that says the matter is still not put right AND the citizen is not
satisfied keeps both (an outside tester, refs #10): `The light is still not working, not
satisfied` after a 默认满意 closure recorded 未解决 only, and the 不满意 was lost in the DB, the
unit's 重办 notice and the citizen's reply."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from tests import test_visit_sentence_e2e as sentence
from tests.harness import BotProcess
from tests.test_visit_sentence_e2e import _tickets, _wait_text

SAID = {551: "Still no water at home, not satisfied",
        552: "还是没水，很不满意",
        553: "水到现在还是没来，不满意",
        554: "没修好，很不满意",
        555: "没解决，还是没水，很不满意"}


def test_a_late_unsolved_with_displeasure_keeps_both(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sentence, "CITIZENS", tuple(SAID))
    bot = make_bot({"units.water.chat_id": sentence.WATER_GROUP,
                    "telegram.per_group_per_minute": 0, "telegram.per_chat_per_second": 0})
    sentence._asked(fake, bot)
    visit_sent = min(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit_sent + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    for citizen, text in SAID.items():
        fake.wait_until(lambda c=citizen: _tickets(bot, c)[0]["rating"] == "default", timeout=20)
        fake.send_text(citizen, text)
        fake.wait_until(lambda c=citizen: _tickets(bot, c)[0]["state"] == "reopened",
                        timeout=20)
        [row] = _tickets(bot, citizen)
        if text.isascii():  # told in English, as it was said
            told = _wait_text(fake, citizen, "to be handled again")[-1]
            assert "Not solved" in told and "Not satisfied" in told, (text, told)
        else:
            told = _wait_text(fake, citizen, "重新办理")[-1]
            assert "未解决" in told and "不满意" in told, (text, told)
        notice = _wait_text(fake, sentence.WATER_GROUP, f"{row['number']}（县水务局）回访结果")[-1]
        assert "问题未解决、不满意" in notice, (text, notice)
        rated = [e["detail"] for e in bot.query(
            "SELECT detail FROM events WHERE ticket_id = ? AND action = 'rate'", [row["id"]])]
        assert "s:0" in rated and "r:1" in rated, (text, rated)
    assert [len(_tickets(bot, c)) for c in SAID] == [1] * len(SAID)
