"""A typed 回访 answer, through the real bot process and the fake Bot API (an outside tester's
findings; refs #10): an answer with a little opinion around it (不过态度一般，基本满意吧) is an
answer and the remark a comment on the ticket (no new ticket), a chase typed after the answers
is a 催办, and every question answered by typing shows 您的回答 and has no buttons, as a press
leaves it."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import tickets_of, type_answer, wait_text, water_visits

OPINION, BOTH, CHASED, SHOWN = range(501, 505)


def _questions(fake: FakeBotAPI, chat: int, needle: str) -> list[dict[str, object]]:
    return [m for m in fake.messages(chat) if needle in (m.get("text") or "")]


def test_typed_answers_with_opinion_chase_and_buttons(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, (OPINION, BOTH, CHASED, SHOWN))

    # An answer with an opinion around it, at the second question: all of it is the answer,
    # the remark about the staff is kept on the ticket, and no ticket is opened.
    type_answer(fake, bot, OPINION, "联系过了", "contacted")
    wait_text(fake, OPINION, "问题是否已经解决")
    fake.send_text(OPINION, "解决了，不过态度一般，基本满意吧")
    fake.wait_until(lambda: tickets_of(bot, OPINION)[0]["state"] == "closed", timeout=15)
    assert len(tickets_of(bot, OPINION)) == 1
    [kept] = tickets_of(bot, OPINION)
    assert (kept["solved"], kept["rating"]) == (1, "basic")
    wait_text(fake, OPINION, "已销号")
    words = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'visit_said'",
                      [kept["id"]])
    assert any("态度一般" in (w["detail"] or "") for w in words)

    # The whole visit in one sentence with the same remark.
    fake.send_text(BOTH, "联系过了，也解决了，不过态度一般，基本满意吧")
    fake.wait_until(lambda: tickets_of(bot, BOTH)[0]["state"] == "closed", timeout=15)
    assert len(tickets_of(bot, BOTH)) == 1
    assert (tickets_of(bot, BOTH)[0]["contacted"], tickets_of(bot, BOTH)[0]["rating"]) \
        == (1, "basic")
    # Each question it answered, asked on the way, shows the answer and has no buttons left.
    for needle, shown in (("联系过您", "您的回答：是"), ("是否已经解决", "您的回答：已解决"),
                          ("是否满意", "您的回答：基本满意")):
        fake.wait_until(lambda n=needle, a=shown: [
            m for m in _questions(fake, BOTH, n) if a in (m.get("text") or "")
            and not (m.get("reply_markup") or {}).get("inline_keyboard")], timeout=15)

    # A chase after the answers is a chase: 催办 on the ticket it names, and a reply.
    fake.send_text(CHASED, "村口路灯坏了好几天，晚上黑乎乎的")
    second = fake.wait_until(lambda: len(tickets_of(bot, CHASED)) == 2
                             and tickets_of(bot, CHASED)[1], timeout=15)
    seq = second["number"].split("-")[1]
    before = len(fake.sent(CHASED))
    fake.send_text(CHASED, f"联系过了。{seq}号怎么还没人管")
    fake.wait_until(lambda: tickets_of(bot, CHASED)[0]["contacted"] == 1, timeout=15)
    fake.wait_until(lambda: bot.query(
        "SELECT 1 FROM events WHERE ticket_id = ? AND action IN ('chased', 'asked')", [second["id"]]),
                    timeout=15)
    fake.wait_until(lambda: [m for m in fake.sent(CHASED)[before:]
                             if second["number"] in (m["text"] or "")
                             and "是否已经解决" not in (m["text"] or "")], timeout=15)

    # A typed answer edits the question it answers as a press does.
    type_answer(fake, bot, SHOWN, "联系过了", "contacted")
    wait_text(fake, SHOWN, "问题是否已经解决")
    [asked] = fake.wait_until(lambda: [m for m in _questions(fake, SHOWN, "联系过您")
                                        if "您的回答" in (m.get("text") or "")], timeout=15)
    assert not (asked.get("reply_markup") or {}).get("inline_keyboard")
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
