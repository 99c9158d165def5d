"""A 回访 answered in one sentence, through the real bot process and the fake Bot API: the
answers it gives count in the order asked, as if typed one by one (the same confirmations, a
重办 where the rules reopen), a new matter told after them is a ticket of its own, a negation
of 不满意 is no 不满意, and a message that answers nothing is a report as before (outside
testers; refs #10)."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import WATER_GROUP, tickets_of, type_answer, wait_text, water_visits

# Each citizen: a water cut reported, 办结, then what they type to the 回访 (after the answers
# pressed or typed first, to reach the question the sentence is typed at).
WHOLE, NOBODY, THANKS, BUT, AND_MORE, NOT_UN, NO_UN, OTHER = range(501, 509)
CITIZENS = (WHOLE, NOBODY, THANKS, BUT, AND_MORE, NOT_UN, NO_UN, OTHER)


def test_one_sentence_answers_every_question_it_answers_in_order(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, CITIZENS)

    # All three at once while 是否联系过您 waits: recorded in order, and the 不满意 reopens.
    fake.send_text(WHOLE, "联系过了，但是还没解决，很不满意")
    fake.wait_until(lambda: tickets_of(bot, WHOLE)[0]["state"] == "reopened", timeout=15)
    [whole] = tickets_of(bot, WHOLE)
    assert (whole["reopen_count"], whole["rating"]) == (1, "unsatisfied")
    wait_text(fake, WHOLE, "问题是否已经解决")  # each question as if typed one by one
    wait_text(fake, WHOLE, "是否满意")
    wait_text(fake, WHOLE, "重新办理")
    wait_text(fake, WATER_GROUP, "重办")
    rated = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'rate'"
                      " ORDER BY id", [whole["id"]])
    assert [r["detail"] for r in rated] == ["c:1", "s:0", "r:1"]

    # Two of them: the third question is asked next; nothing reopens yet.
    type_answer(fake, bot, NOBODY, "没人联系我，问题也没解决", "solved")
    [nobody] = tickets_of(bot, NOBODY)
    assert (nobody["contacted"], nobody["solved"], nobody["state"]) == (0, 0, "resolved")
    wait_text(fake, NOBODY, "是否满意")

    # At the second question: 解决了 and 满意 with thanks close it.
    type_answer(fake, bot, THANKS, "有", "contacted")
    wait_text(fake, THANKS, "问题是否已经解决")
    fake.send_text(THANKS, "解决了，挺满意的，谢谢")
    fake.wait_until(lambda: tickets_of(bot, THANKS)[0]["state"] == "closed", timeout=15)
    assert tickets_of(bot, THANKS)[0]["rating"] == "satisfied"
    wait_text(fake, THANKS, "已销号")

    # 解决了但不太满意: solved, but 不满意 reopens.
    type_answer(fake, bot, BUT, "联系过了", "contacted")
    wait_text(fake, BUT, "问题是否已经解决")
    fake.send_text(BUT, "解决了但不太满意")
    fake.wait_until(lambda: tickets_of(bot, BUT)[0]["state"] == "reopened", timeout=15)
    assert (tickets_of(bot, BUT)[0]["solved"], tickets_of(bot, BUT)[0]["rating"]) \
        == (None, "unsatisfied")  # a 重办 asks again next time; the rating stays
    wait_text(fake, BUT, "重新办理")

    # The answers, then a new matter: the visit is answered AND the matter is a new ticket.
    type_answer(fake, bot, AND_MORE, "联系过了", "contacted")
    wait_text(fake, AND_MORE, "问题是否已经解决")
    fake.send_text(AND_MORE, "解决了，满意。另外我家门口路灯坏了")
    fake.wait_until(lambda: len(tickets_of(bot, AND_MORE)) == 2, timeout=15)
    first, second = tickets_of(bot, AND_MORE)
    assert (first["state"], first["solved"], first["rating"]) == ("closed", 1, "satisfied")
    assert "路灯坏了" in second["text"] and "满意" not in second["text"]
    assert second["unit"] not in ("water", "hotline") and second["state"] == "new"
    wait_text(fake, AND_MORE, "已销号")
    wait_text(fake, AND_MORE, second["number"])

    # Negation traps at the third question: no 不满意, no 重办.
    for citizen, text, rating in ((NOT_UN, "不是不满意", "basic"), (NO_UN, "没有不满意", "satisfied")):
        type_answer(fake, bot, citizen, "联系过了", "contacted")
        wait_text(fake, citizen, "问题是否已经解决")
        type_answer(fake, bot, citizen, "解决了", "solved")
        wait_text(fake, citizen, "是否满意")
        fake.send_text(citizen, text)
        fake.wait_until(lambda c=citizen: tickets_of(bot, c)[0]["state"] == "closed", timeout=15)
        assert tickets_of(bot, citizen)[0]["rating"] == rating

    # No answer at all: a report as before, the visit untouched.
    fake.send_text(OTHER, "村口的路灯坏了好几天，晚上黑乎乎的")
    fake.wait_until(lambda: len(tickets_of(bot, OTHER)) == 2, timeout=15)
    visited, report = tickets_of(bot, OTHER)
    assert (visited["state"], visited["contacted"], visited["rating"]) == ("resolved", None, None)
    assert report["unit"] != "water"
    wait_text(fake, OTHER, report["number"])
    assert len(tickets_of(bot, WHOLE)) == len(tickets_of(bot, NOBODY)) == 1
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
