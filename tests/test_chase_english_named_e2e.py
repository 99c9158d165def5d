"""An English question after an open case named by its matter, with a reason said after it,
is a chase of that case as the Chinese one is, through the real bot process and the fake Bot
API (outside tester, refs #10: `Any update on the passport case? I need to travel next week.`
opened a second police case)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import texts, tickets_of

ZH, EN, EN_BARE = 561, 562, 563
REPORTS = {
    ZH: ("我的护照和身份证今天下午在菜市场被人偷了", "护照的事有进展吗？我下礼拜要出门"),
    EN: ("Someone stole my passport and my phone at the market this afternoon",
         "Any update on the passport case? I need to travel next week."),
    EN_BARE: ("Somebody took my passport from my bag on the bus today",
              "any news on my passport report?"),
}


def test_an_english_question_after_the_case_is_a_chase(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"telegram.per_chat_per_second": 0})
    for citizen, (report, asked) in REPORTS.items():
        fake.add_user(citizen)
        fake.send_text(citizen, report)
        fake.wait_until(lambda c=citizen: tickets_of(bot, c), timeout=15)
        [ticket] = tickets_of(bot, citizen)
        assert ticket["unit"] == "police"
        fake.wait_until(lambda c=citizen, n=ticket["number"]: [
            t for t in texts(fake, c) if n in t], timeout=15)
        before = len(fake.sent(citizen))
        fake.send_text(citizen, asked)
        fake.wait_until(lambda c=citizen, i=ticket["id"]: bot.query(
            "SELECT id FROM events WHERE ticket_id = ? AND action = 'asked'", [i]), timeout=15)
        seen = fake.wait_until(lambda c=citizen, b=before: texts(fake, c)[b:], timeout=15)
        assert [ticket["number"] in t for t in seen] == [True]
        english = citizen != ZH
        assert ("is now" in seen[0]) is english and ("received your report" in seen[0]) is False
        assert len(tickets_of(bot, citizen)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
