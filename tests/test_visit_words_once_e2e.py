"""Outside testers' finding (refs #10), through the real bot and the fake Bot API: the words a
citizen types with a negative 回访 answer (没解决，还是没水，不满意) are listed once — in the
unit's 重办 push and in /show — not once as 回访 words and again as a 补充."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import texts
from tests.test_visit_typed_e2e import CITIZEN, STAFF, WATER_GROUP, _resolved_and_asked, _ticket

SAID = "还是没水"


@pytest.mark.parametrize("contacted_first", [True, False])
def test_words_said_with_a_typed_unsolved_answer_are_listed_once(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess], contacted_first: bool
) -> None:
    """Typed once 是否联系过您 is answered, or before it (then it is asked again)."""
    bot = make_bot({"units.water.chat_id": WATER_GROUP, "telegram.per_group_per_minute": 0,
                    "telegram.per_chat_per_second": 0})
    _resolved_and_asked(fake, bot)
    number = _ticket(bot, CITIZEN)["number"]
    answers = ["联系过了", f"没解决，{SAID}，不满意"]
    for answer in answers if contacted_first else answers[::-1]:
        seen = len(fake.sent(CITIZEN))
        fake.send_text(CITIZEN, answer)
        fake.wait_until(lambda n=seen: len(fake.sent(CITIZEN)) > n, timeout=15)
    fake.wait_until(lambda: _ticket(bot, CITIZEN)["state"] == "reopened", timeout=15)

    pushes = fake.wait_until(lambda: [t for t in texts(fake, WATER_GROUP)
                                      if "重办" in t and number in t], timeout=15)
    before = len(texts(fake, STAFF))
    fake.send_text(STAFF, f"/show {number}")
    shown = fake.wait_until(lambda: [t for t in texts(fake, STAFF)[before:]
                                     if "办理记录" in t and number in t], timeout=15)[-1]
    assert pushes[-1].count(SAID) == 1, pushes[-1]
    assert shown.count(SAID) == 1, shown
    assert "市民回访留言" in shown
