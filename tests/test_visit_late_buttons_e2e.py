"""A late answer given with the buttons goes on to the questions after it (an outside tester,
refs #10): after 默认满意, pressing the old 否 on 是否联系过您 recorded it and ended there —
问题是否解决 and 满意度 were never asked, so a citizen who uses the buttons could not say 未解决.
Now each late press asks the next question not yet answered, with its buttons, until the last;
a 未解决 or 不满意 pressed sends the ticket back as a typed one does. Through the real bot and
the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

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

LAMP = "东关街{n}号门口路灯坏了，晚上一片漆黑"
# Each citizen's presses, in order, from the old 是否联系过您: the state and rating at the end.
PRESSES: dict[int, tuple[tuple[tuple[str, str], ...], str, str | None]] = {
    741: ((("c", "0"), ("s", "0")), "reopened", None),
    742: ((("c", "1"), ("s", "1"), ("r", "1")), "reopened", "unsatisfied"),
    743: ((("c", "1"), ("s", "1"), ("r", "3")), "closed", "satisfied"),
}
QUESTION = {"c": "联系过您", "s": "是否已经解决", "r": "是否满意"}


def _live(fake: FakeBotAPI, chat: int, needle: str) -> list[dict[str, Any]]:
    return [m for m in fake.messages(chat) if needle in (m.get("text") or "")
            and m.get("reply_markup", {}).get("inline_keyboard")]


def test_late_presses_go_on_to_the_following_questions(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, tuple(PRESSES))
    lamps = {c: report(fake, bot, c, LAMP.format(n=n + 1)) for n, c in enumerate(PRESSES)}
    for lamp in lamps.values():
        finish(fake, bot, lamp, "已更换灯泡")
    ask_visits(bot, len(lamps))
    visit = max(dt.datetime.fromisoformat(e["at"]) for e in bot.query(
        "SELECT at FROM events WHERE action = 'visit'"))
    done = bot.cli("tick", "--now", (visit + dt.timedelta(days=3, hours=1)).isoformat())
    assert done.returncode == 0, done.stderr

    for citizen, (presses, state, rating) in PRESSES.items():
        lamp = lamps[citizen]
        fake.wait_until(lambda t=lamp: row(bot, t)["rating"] == "default", timeout=20)
        wait_text(fake, citizen, "默认满意")
        for question, code in presses:
            [asked] = fake.wait_until(lambda c=citizen, q=question: _live(fake, c, QUESTION[q]),
                                      timeout=20)
            fake.press(citizen, asked, f"v:{lamp['id']}:0:{question}:{code}")
            fake.wait_until(lambda c=citizen, q=question: not _live(fake, c, QUESTION[q]),
                            timeout=20)  # an answered question loses its buttons
        fake.wait_until(lambda t=lamp, s=state: row(bot, t)["state"] == s, timeout=20)
        final = row(bot, lamp)
        answered = dict(presses)
        assert (final["contacted"], final["rating"]) == (int(answered["c"]), rating) \
            or state == "reopened", final
        if state == "reopened":
            fake.wait_until(lambda n=lamp["number"]: [
                t for t in texts(fake, URBAN_GROUP) if f"重办 工单 {n}" in t], timeout=90)
        assert not _live(fake, citizen, "是否满意") or "r" not in answered
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
