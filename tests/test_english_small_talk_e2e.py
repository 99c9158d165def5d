"""English thanks and a question whether the bot reads English get their answers, through the
real bot process and the fake Bot API (outside tester, refs #10: `thx` was answered with the
cases being handled, where 谢谢 gets 不客气, and `Hi, do you speak English?` with "I'm afraid
Jinlaiban cannot answer that")."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from bot.texts import for_citizen_en, small_talk, small_talk_en
from tests.harness import BotProcess
from tests.readingkit import texts, tickets_of

CITIZEN, NEWCOMER, CHINESE = 571, 572, 573


def _answer(fake: FakeBotAPI, citizen: int, text: str) -> str:
    before = len(fake.sent(citizen))
    fake.send_text(citizen, text)
    [said] = fake.wait_until(lambda: texts(fake, citizen)[before:], timeout=15)
    return said


def test_english_thanks_and_a_language_question(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = make_bot({"telegram.per_chat_per_second": 0})
    for user in (CITIZEN, NEWCOMER, CHINESE):
        fake.add_user(user)
    fake.send_text(CITIZEN, "There has been no water in my flat on North Street for two days")
    fake.wait_until(lambda: tickets_of(bot, CITIZEN), timeout=15)
    fake.wait_until(lambda: texts(fake, CITIZEN), timeout=15)

    for text in ("thx", "thanks a lot!", "ty"):
        assert _answer(fake, CITIZEN, text) == for_citizen_en.noise_reply("thanks")
    assert _answer(fake, NEWCOMER, "Hi, do you speak English?") \
        == small_talk_en.READS_ENGLISH
    assert _answer(fake, CITIZEN, "can I write in English?") \
        == small_talk_en.READS_ENGLISH
    assert _answer(fake, CHINESE, "你们会说英语吗") == small_talk.READS_ENGLISH
    assert "English" in small_talk_en.READS_ENGLISH
    assert len(tickets_of(bot, CITIZEN)) == 1
    assert not tickets_of(bot, NEWCOMER) and not tickets_of(bot, CHINESE)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
