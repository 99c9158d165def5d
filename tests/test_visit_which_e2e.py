"""Which of two waiting 回访 a typed answer belongs to (an outside tester's findings; refs #10):
the ticket the citizen names (1号那个联系过了; a 12号 of no ticket of theirs is a door or lamp
number), else the matter the words tell (水管 is the burst pipe's), else the visit the bot asked
last (解决了，谢谢 right after 工单 0002's second question), else the only one at that question
(several alike: asked which)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import WATER_GROUP, tickets_of, wait_text
from tests.test_visit_several_e2e import CITIZEN, two_visits


def _rows(bot: BotProcess) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda ticket: next(t for t in tickets_of(bot, CITIZEN) if t["id"] == ticket["id"])


def test_a_named_ticket_then_the_matter_told_choose_the_visit(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = two_visits(fake, make_bot)
    first, second = tickets_of(bot, CITIZEN)  # 停水 (0001), then the burst 水管 (0002)
    row = _rows(bot)
    fake.send_text(CITIZEN, "2号那个联系过了")
    fake.wait_until(lambda: row(second)["contacted"] == 1, timeout=15)
    fake.send_text(CITIZEN, "1号联系过了")  # named, though the bot asked 0002's question last
    fake.wait_until(lambda: row(first)["contacted"] == 1, timeout=15)
    assert row(second)["solved"] is None

    # Both at 问题是否解决, the bot asked 0001's last: a 12号 no ticket of theirs has is no
    # ticket, and the 水管 told is the burst pipe's.
    fake.send_text(CITIZEN, "没解决，12号那个水管还是在漏")
    fake.wait_until(lambda: row(second)["solved"] == 0, timeout=15)
    assert row(first)["solved"] is None
    wait_text(fake, WATER_GROUP, "12号那个水管还是在漏")  # more of it: its unit told, no ticket
    assert len(tickets_of(bot, CITIZEN)) == 2

    # A number in a chase after the answer names the ticket chased, not the one answered:
    # the 不满意 is 0002's (at 满意度), and 0001 is chased.
    fake.send_text(CITIZEN, "很不满意！1号到底什么时候有人来管")
    fake.wait_until(lambda: row(second)["state"] == "reopened", timeout=15)
    wait_text(fake, CITIZEN, first["number"])
    assert (row(first)["state"], row(first)["rating"]) == ("resolved", None)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_an_answer_goes_to_the_question_asked_last_or_the_ticket_named(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = two_visits(fake, make_bot)
    first, second = tickets_of(bot, CITIZEN)
    row = _rows(bot)
    # A bare 联系过了 with both at 是否联系过您: asked which (an earlier tester: it went to the
    # oldest without asking), nothing recorded; then each named by its sequence.
    fake.send_text(CITIZEN, "联系过了")
    [which] = wait_text(fake, CITIZEN, "等待回访")
    assert first["number"] in which and second["number"] in which, which
    assert (row(first)["contacted"], row(second)["contacted"]) == (None, None)
    for ticket in (first, second):
        fake.send_text(CITIZEN, f"{int(ticket['number'][-4:])}号那个联系过了")
        fake.wait_until(lambda t=ticket: row(t)["contacted"] == 1, timeout=15)
    wait_text(fake, CITIZEN, "问题是否已经解决", 2)

    # Right after 0002's second question: its answer, not the oldest's.
    fake.send_text(CITIZEN, "解决了，谢谢")
    fake.wait_until(lambda: row(second)["solved"] == 1, timeout=15)
    assert row(first)["solved"] is None

    # The tester's own: the ticket named takes the answers, not the one asked last.
    fake.send_text(CITIZEN, "1号那个联系过了，也解决了，满意")
    fake.wait_until(lambda: row(first)["state"] == "closed", timeout=15)
    assert (row(first)["solved"], row(first)["rating"]) == (1, "satisfied")
    assert (row(second)["state"], row(second)["rating"]) == ("resolved", None)
    assert len(tickets_of(bot, CITIZEN)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
