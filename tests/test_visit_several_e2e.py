"""Several 回访 waiting for one citizen, answered by typing (outside testers; refs #10): a
sentence answering from a question goes to the one visit waiting at that question, and one
that fits none of them, or several alike, is not recorded on the wrong ticket or dropped, but
asked about, naming the numbers."""

from __future__ import annotations

from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import OVERRIDES, join_staff, tickets_of, visits_asked

CITIZEN = 521


def two_visits(fake: FakeBotAPI, make_bot: Callable[..., BotProcess]) -> BotProcess:
    """The bot; the citizen's two water reports finished, both 回访 asked."""
    bot = make_bot(OVERRIDES)
    join_staff(fake, bot, (CITIZEN,))
    visits_asked(fake, bot, {CITIZEN: ("西街1号楼停水两天了，一直没有来水",
                                       "东关小学门口自来水管爆了，水流了一地")},
                 "已抢修管道，恢复供水", days=2)
    return bot


def test_answers_go_to_the_visit_they_fit_or_are_asked_about(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = two_visits(fake, make_bot)
    first, second = tickets_of(bot, CITIZEN)

    def row(ticket: dict[str, object]) -> dict[str, object]:
        return next(t for t in tickets_of(bot, CITIZEN) if t["id"] == ticket["id"])

    # From the first question, both visits at it: asked which, nothing recorded (an earlier
    # tester: it went to the oldest without asking); then said of one by its number.
    before = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, "联系过了")
    [which] = fake.wait_until(lambda: [m["text"] for m in fake.sent(CITIZEN)[before:]
                                       if "等待回访" in (m["text"] or "")], timeout=15)
    assert first["number"] in which and second["number"] in which
    assert (row(first)["contacted"], row(second)["contacted"]) == (None, None)
    fake.send_text(CITIZEN, f"{first['number']} 没人联系我，问题也没解决")
    fake.wait_until(lambda: row(first)["solved"] == 0, timeout=15)
    assert (row(first)["contacted"], row(second)["contacted"]) == (0, None)
    fake.send_text(CITIZEN, "联系过了")
    fake.wait_until(lambda: row(second)["contacted"] == 1, timeout=15)
    assert row(first)["rating"] is None and row(first)["state"] == "resolved"

    # From the first question again, with none at it: asked which, nothing recorded or lost.
    before = len(fake.sent(CITIZEN))
    fake.send_text(CITIZEN, "联系了，没解决，不过人家态度挺好的，满意")
    [which] = fake.wait_until(lambda: [m["text"] for m in fake.sent(CITIZEN)[before:]
                                       if "等待回访" in (m["text"] or "")], timeout=15)
    assert first["number"] in which and second["number"] in which
    assert (row(first)["rating"], row(second)["solved"]) == (None, None)
    assert len(tickets_of(bot, CITIZEN)) == 2

    # From the second question: the visit at it.
    fake.send_text(CITIZEN, "解决了，没有不满意")
    fake.wait_until(lambda: row(second)["state"] == "closed", timeout=15)
    assert (row(second)["solved"], row(second)["rating"]) == (1, "satisfied")
    assert (row(first)["state"], row(first)["rating"]) == ("resolved", None)
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
