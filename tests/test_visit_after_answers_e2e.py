"""What a citizen says around their 回访 answers, through the real bot process and the fake Bot
API (an outside tester's findings; refs #10): a remark after the answers (不过下次能不能快一点)
is a remark kept on the visit (市民回访留言), not a ticket; more about the matter being reopened
(没解决 … 还是没水) is a 补充 to its ticket, in the same message, while the 满意度 waits, or
after the 重办; a new matter after the answers is still a ticket of its own; and with two visits
waiting at the first question, answers that skip it are asked about, never filed on the newest
nor taken for thanks, while an answer from the question they wait at goes to the oldest."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    WATER_GROUP,
    events,
    texts,
    tickets_of,
    type_answer,
    wait_text,
    water_visits,
)
from tests.test_visit_several_e2e import CITIZEN as TWICE
from tests.test_visit_several_e2e import two_visits

REMARK, AHEAD, SAME, AFTER, NEW = range(511, 516)
CITIZENS = (REMARK, AHEAD, SAME, AFTER, NEW)
RECEIPT = "已收到您的反映"  # the receipt a new ticket gets


def test_remarks_and_more_of_the_reopened_matter_open_no_ticket(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = water_visits(fake, make_bot, CITIZENS)
    for citizen in CITIZENS:
        type_answer(fake, bot, citizen, "有", "contacted")
        wait_text(fake, citizen, "问题是否已经解决")

    # A remark on the handling after the answers: the visit closes, the remark is kept on it.
    fake.send_text(REMARK, "解决了，挺满意的，不过下次能不能快一点")
    fake.wait_until(lambda: tickets_of(bot, REMARK)[0]["state"] == "closed", timeout=15)
    wait_text(fake, REMARK, "已销号")
    [closed] = tickets_of(bot, REMARK)
    assert closed["rating"] == "satisfied"
    assert any("下次能不能快一点" in d for d in events(bot, closed, "visit_said"))

    # 没解决, then 还是没水 while the 满意度 waits: kept on the ticket and told to the unit.
    type_answer(fake, bot, AHEAD, "没解决", "solved")
    wait_text(fake, AHEAD, "是否满意")
    fake.send_text(AHEAD, "还是没水")
    wait_text(fake, WATER_GROUP, "回访中，市民的回答和意见：还是没水")
    [ahead] = tickets_of(bot, AHEAD)
    assert (ahead["state"], ahead["solved"]) == ("resolved", 0)
    assert any("还是没水" in d for d in events(bot, ahead, "visit_said"))
    fake.send_text(AHEAD, "不满意")
    fake.wait_until(lambda: tickets_of(bot, AHEAD)[0]["state"] == "reopened", timeout=15)

    # … or in the same message as the 没解决.
    fake.send_text(SAME, "没解决，还是没有来水")
    wait_text(fake, SAME, "是否满意")
    wait_text(fake, WATER_GROUP, "回访中，市民的回答和意见：没解决，还是没有来水")
    assert tickets_of(bot, SAME)[0]["solved"] == 0

    # After the 重办: a 补充 to the reopened ticket, the citizen told so.
    fake.send_text(AFTER, "没解决，很不满意")
    fake.wait_until(lambda: tickets_of(bot, AFTER)[0]["state"] == "reopened", timeout=15)
    wait_text(fake, AFTER, "重新办理")
    fake.send_text(AFTER, "还是没水")
    wait_text(fake, AFTER, "已将您补充的内容加入工单")
    [reopened] = tickets_of(bot, AFTER)
    assert events(bot, reopened, "supplement") == ["还是没水"]
    wait_text(fake, WATER_GROUP, f"{reopened['number']} 市民补充：还是没水")

    # A new matter after the answers is still a ticket of its own, of the same unit too.
    fake.send_text(NEW, "没解决，不满意。另外小区门口的下水道堵了")
    fake.wait_until(lambda: len(tickets_of(bot, NEW)) == 2, timeout=15)
    first, second = tickets_of(bot, NEW)
    assert first["state"] == "reopened" and "下水道堵了" in second["text"]
    wait_text(fake, NEW, second["number"])

    for citizen in (REMARK, AHEAD, SAME, AFTER):
        assert len(tickets_of(bot, citizen)) == 1
        assert len([t for t in texts(fake, citizen) if RECEIPT in t]) == 1  # its report's
    assert not [r for r in fake.unexpected_errors() if r.status != 429]


def test_answers_skipping_the_question_two_visits_wait_at_are_asked_about(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot = two_visits(fake, make_bot)
    citizen = TWICE
    first, second = tickets_of(bot, citizen)

    def row(ticket: dict[str, Any]) -> dict[str, Any]:
        return next(t for t in tickets_of(bot, citizen) if t["id"] == ticket["id"])

    # Both wait at 是否联系过您: a 未解决 / 不满意, or a 已解决 / 满意 with thanks, fits neither
    # for sure: asked which, nothing recorded on either, no thanks and no ticket.
    for text in ("没解决，很不满意", "解决了，挺满意的，谢谢"):
        before = len(fake.sent(citizen))
        fake.send_text(citizen, text)
        [which] = fake.wait_until(lambda b=before: [
            t for t in texts(fake, citizen)[b:] if "等待回访" in t], timeout=15)
        assert first["number"] in which and second["number"] in which
        assert not [t for t in texts(fake, citizen)[before:] if "不客气" in t]
        for ticket in (first, second):
            assert (row(ticket)["solved"], row(ticket)["rating"]) == (None, None)
    assert len(tickets_of(bot, citizen)) == 2

    # An answer to the question both wait at is asked about too (outside tester: a bare 联系过了
    # went to the oldest); said in reply to the first's 回访 it is the first's. Then the 未解决
    # and 不满意 answer the one now at 问题是否解决, and reopen it.
    before = len(fake.sent(citizen))
    fake.send_text(citizen, "联系过了")
    fake.wait_until(lambda: [t for t in texts(fake, citizen)[before:] if "等待回访" in t],
                    timeout=15)
    assert (row(first)["contacted"], row(second)["contacted"]) == (None, None)
    [asked] = [m for m in fake.sent(citizen) if first["number"] in (m.get("text") or "")
               and "联系过您" in (m.get("text") or "")]
    fake.send_text(citizen, "联系过了", reply_to=asked)
    fake.wait_until(lambda: row(first)["contacted"] == 1, timeout=15)
    assert row(second)["contacted"] is None
    fake.send_text(citizen, "没解决，很不满意")
    fake.wait_until(lambda: row(first)["state"] == "reopened", timeout=15)
    assert (row(second)["state"], row(second)["solved"], row(second)["rating"]) \
        == ("resolved", None, None)
    wait_text(fake, citizen, "重新办理")
    assert len(tickets_of(bot, citizen)) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
