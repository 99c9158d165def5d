"""回访 answers in the citizen's own words, through the real bot and the fake Bot API (T25 findings
16 and 17): work done to a thing (换了, 管子是换了) answers 问题是否解决 as 已解决; one sentence
answering all three questions is read as all three, 不太满意 as 不满意 (the ticket goes back, and
how the work was done is kept as a remark); answers that only look like work done (换了人也没用,
换了个地方还是漏) are never 已解决; a scale written in another clause (6分，满分10分) is the
mark's; and a bare reply while several 回访 wait names each of them."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    OVERRIDES,
    events,
    join_staff,
    tickets_of,
    type_answer,
    visits_asked,
    wait_text,
)

WORD, SENTENCE, PERSON, PLACE, SCALE, TWO = range(591, 597)


def _pipe(n: int) -> str:
    return f"西街{n}号楼的自来水管子冻裂了，一直往外冒水"


def test_answers_in_the_citizens_words(fake: FakeBotAPI,
                                       make_bot: Callable[..., BotProcess]) -> None:
    bot = make_bot(OVERRIDES)
    citizens = (WORD, SENTENCE, PERSON, PLACE, SCALE)
    join_staff(fake, bot, (*citizens, TWO))
    reports: dict[int, str | list[str]] = {c: _pipe(n + 1) for n, c in enumerate(citizens)}
    reports[TWO] = [_pipe(8), "北关小区门口的下水道堵了，污水漫到路上"]
    visits_asked(fake, bot, reports, "已更换破裂管道，恢复正常")

    # 换了 at 问题是否解决: the work done, 已解决.
    type_answer(fake, bot, WORD, "联系过了", "contacted")
    wait_text(fake, WORD, "第二个问题")
    type_answer(fake, bot, WORD, "换了", "solved")
    assert tickets_of(bot, WORD)[0]["solved"] == 1

    # One sentence, three answers: 联系过, 已解决 (管子是换了), 不满意 (不太满意), and how the work
    # was done kept on the visit; the ticket goes back to the unit.
    fake.send_text(SENTENCE, "联系过，管子是换了，但是焊得太糙了，不太满意")
    fake.wait_until(lambda: tickets_of(bot, SENTENCE)[0]["state"] == "reopened", timeout=15)
    visited = tickets_of(bot, SENTENCE)[0]
    assert visited["rating"] == "unsatisfied", visited  # the 重办 clears the other two columns
    rated = bot.query("SELECT detail FROM events WHERE ticket_id = ? AND action = 'rate'",
                      [visited["id"]])
    assert [r["detail"] for r in rated] == ["c:1", "s:1", "r:1"], rated
    assert any("焊得太糙" in said for said in events(bot, visited, "visit_said")), \
        events(bot, visited, "visit_said")
    assert len(tickets_of(bot, SENTENCE)) == 1

    # Words that only look like work done are no 已解决.
    for citizen, words in ((PERSON, "换了人也没用"), (PLACE, "换了个地方还是漏")):
        type_answer(fake, bot, citizen, "联系过了", "contacted")
        wait_text(fake, citizen, "第二个问题")
        fake.send_text(citizen, words)
        fake.wait_until(bot.settled, timeout=15)
        assert tickets_of(bot, citizen)[0]["solved"] != 1, words
        assert not bot.query("SELECT 1 FROM events WHERE ticket_id = ? AND action = 'rate'"
                             " AND detail = 's:1'", [tickets_of(bot, citizen)[0]["id"]]), words

    # A scale in its own clause is the mark's: 6 of 10 is 基本满意, not 6 of … anything else.
    type_answer(fake, bot, SCALE, "联系过了，解决了", "solved")
    wait_text(fake, SCALE, "最后一个问题")
    type_answer(fake, bot, SCALE, "4分，满分10分", "rating")
    fake.wait_until(lambda: tickets_of(bot, SCALE)[0]["state"] == "reopened", timeout=15)
    assert tickets_of(bot, SCALE)[0]["rating"] == "unsatisfied"

    # Two 回访 waiting and a bare reply: each named, with its matter and question.
    first, second = tickets_of(bot, TWO)
    fake.wait_until(bot.settled, timeout=15)
    before = len(fake.sent(TWO, "sendMessage"))
    fake.send_text(TWO, "1")
    told = fake.wait_until(lambda: (new := fake.sent(TWO, "sendMessage")[before:])
                           and new[0]["text"], timeout=15)
    assert "2 件反映的问题正在回访" in told, told
    assert first["number"] in told and second["number"] in told and "下水道" in told, told
    assert told.count("经办人联系过您吗") == 2, told
    assert [t["contacted"] for t in tickets_of(bot, TWO)] == [None, None]
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
