"""Pressing on a ticket still within its unit's time (催一下, 有人管吗, 怎么还没人理, 快点处理,
any news?) urges nobody: a 催办 is a supervision act for a late unit and counts against it. The
citizen is told where the ticket stands and its deadline, the press is kept on the ticket
(群众催问, once a county day, seen by the unit on /show), and the 催办 waits for the ticket to
be past its time (an outside tester, refs #10). Through the real bot and the fake Bot API."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.sandbox import FakeBotAPI
from tests.harness import BotProcess
from tests.readingkit import (
    STAFF,
    WATER_GROUP,
    answer_to,
    events,
    report,
    reported_and_pushed,
    texts,
    wait_text,
)

CITIZEN, SIGNED = 831, 832
PRESSES = ["催一下", "有人管吗", "怎么还没人理", "快点处理", "any news?", "怎么还没人来？？"]


def test_a_press_within_time_is_kept_on_the_ticket_and_urges_nobody_until_it_is_late(
    fake: FakeBotAPI, make_bot: Callable[..., BotProcess]
) -> None:
    bot, ticket, pushed = reported_and_pushed(fake, make_bot, (CITIZEN, SIGNED),
                                              "我们小区从昨天开始停水了，做饭都没水")
    for press in PRESSES:
        answer = answer_to(fake, CITIZEN, press)
        if press.isascii():  # answered in the language it was written in
            assert ticket["number"] in answer and "waiting for the unit" in answer, answer
            assert "noted on the case" in answer and "not chasing it yet" in answer, answer
            continue
        assert ticket["number"] in answer and "目前：已受理，待单位签收" in answer, (press, answer)
        assert "前签收" in answer and "前办结" in answer, (press, answer)
        assert "暂不催办" in answer and "已记录在工单上" in answer, (press, answer)
        assert "已为您催办" not in answer, (press, answer)
    assert not events(bot, ticket, "chased")
    assert len(events(bot, ticket, "asked")) == 1  # kept once a county day
    assert not [t for t in texts(fake, WATER_GROUP)[pushed:] if "催办" in t]
    assert len(bot.tickets()) == 1

    # The unit sees the press with the ticket, and no 催办.
    fake.send_text(STAFF["water"], f"/show {ticket['number']}")
    shown = wait_text(fake, STAFF["water"], "群众催问")[-1]
    assert ticket["number"] in shown and "未计催办" in shown

    # Signed for and before its deadline: still no 催办.
    signed = report(fake, bot, SIGNED, "西关村自来水水压太小，楼上用不了水")
    fake.send_text(STAFF["water"], f"/accept {signed['number']}")
    wait_text(fake, SIGNED, "已由县水务局签收")
    for press in ("催一下", "快点处理啊"):
        answer = answer_to(fake, SIGNED, press)
        assert "目前：办理中" in answer and "暂不催办" in answer, (press, answer)
    assert not events(bot, signed, "chased") and len(events(bot, signed, "asked")) == 1

    # Past its time, the same press is a 催办 to the unit.
    deadline = dt.datetime.fromisoformat(bot.query(
        "SELECT deadline FROM tickets WHERE id = ?", [ticket["id"]])[0]["deadline"])
    done = bot.cli("tick", "--now", (deadline + dt.timedelta(hours=1)).isoformat())
    assert done.returncode == 0, done.stderr
    wait_text(fake, CITIZEN, "已超过办理时限")  # the citizen is told it went overdue first
    answer = answer_to(fake, CITIZEN, "催一下")
    assert "已为您催办" in answer and ticket["number"] in answer, answer
    assert events(bot, ticket, "chased")
    wait_text(fake, WATER_GROUP, "群众催办")
    assert len(bot.tickets()) == 2
    assert not [r for r in fake.unexpected_errors() if r.status != 429]
