"""/status as citizens type it: whole numbers, several, the daily sequence alone, and a word
that is none, answered on an in-memory desk (outside tester; SPEC §4)."""

from __future__ import annotations

import datetime as dt

from bot.actions import mine
from tests.staffkit import NOW, make_kit

CITIZEN, OTHER = 1, 2


def test_a_short_number_shared_by_two_of_my_tickets_lists_them_to_choose() -> None:
    kit = make_kit()
    first = kit.report(CITIZEN, "停水了")
    second = kit.report(CITIZEN, "又停水了，还是没人管", NOW + dt.timedelta(days=1))
    kit.report(OTHER, "物业不管事", NOW + dt.timedelta(days=2))
    mine.status(kit.desk, kit.msg(CITIZEN), "1", NOW + dt.timedelta(days=2))
    [answer] = kit.sent_to(CITIZEN)[-1:]
    assert first in answer and second in answer and "完整编号" in answer
    # Full-width digits, a number without its dash and a comma between two: each answered,
    # in one message, in order.
    before = len(kit.sent_to(CITIZEN))
    mine.status(kit.desk, kit.msg(CITIZEN), f"{first.replace('-', '')}，{second}",
                   NOW + dt.timedelta(days=2))
    [answer] = kit.sent_to(CITIZEN)[before:]
    assert first in answer and second in answer and answer.index(first) < answer.index(second)
    before = len(kit.sent_to(CITIZEN))
    mine.status(kit.desk, kit.msg(CITIZEN), "１ 2 3 4 5 6", NOW + dt.timedelta(days=2))
    [too_many] = kit.sent_to(CITIZEN)[before:]
    assert "一次最多查 5 件" in too_many


def test_nothing_typed_asks_for_a_number() -> None:
    kit = make_kit()
    mine.status(kit.desk, kit.msg(CITIZEN), "", NOW)
    assert "请带上工单编号" in kit.sent_to(CITIZEN)[-1]
