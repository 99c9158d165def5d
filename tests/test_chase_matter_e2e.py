"""An outside tester's finding (refs #10), through real Bot API updates (tests.fuzzkit): one minute
after filing a 自来水 ticket, 刚才那个水的事有人管吗？进度怎么样了 sent a 群众催办 to the unit of the
citizen's other ticket, a 下水道 one seconds old. The ticket the words name best is the one asked
after, and a unit still within its time to sign for it is not urged, however it is asked."""

from __future__ import annotations

from typing import Any

import pytest

from tests.fuzzkit import Rig

WATER, SEWER = "我家自来水停了一天了，没水做饭", "小区门口下水道堵了，污水漫到路上"


def two_tickets(rig: Rig, first: str, second: str) -> tuple[int, list[dict[str, Any]]]:
    citizen = rig.citizen()
    rig.say(citizen, first)
    rig.say(citizen, second)
    return citizen, rig.tickets_of(citizen)


def chased(rig: Rig) -> list[int]:
    return [r["ticket_id"] for r in rig.db.query("SELECT ticket_id FROM events"
                                                  " WHERE action = 'chased'")]


@pytest.mark.parametrize(("first", "second", "asked"), [
    (WATER, SEWER, "刚才那个水的事有人管吗？进度怎么样了"),
    (WATER, SEWER, "刚才那个水的事有进展吗"),
])
def test_the_matter_named_best_is_answered_and_nobody_urged_within_time(
        rig: Rig, first: str, second: str, asked: str) -> None:
    citizen, (meant, newer) = two_tickets(rig, first, second)
    [answer] = rig.answers(rig.say(citizen, asked))
    assert meant["number"] in answer and newer["number"] not in answer, answer
    assert "暂不催办" in answer and "签收" in answer, answer
    assert chased(rig) == []
    assert len(rig.tickets_of(citizen)) == 2


def test_asking_how_far_a_fresh_ticket_got_or_pressing_on_it_urges_nobody(rig: Rig) -> None:
    citizen = rig.citizen()
    rig.say(citizen, "小区停水两天了")
    [ticket] = rig.tickets_of(citizen)
    for text in ("有人管吗？进度怎么样了", "到底有没有人管，到哪一步了",
                 f"{ticket['number']} 怎么还没人管，有进展吗"):
        [answer] = rig.answers(rig.say(citizen, text))
        assert ticket["number"] in answer and "暂不催办" in answer, (text, answer)
    assert chased(rig) == []
    [answer] = rig.answers(rig.say(citizen, "怎么还没人管"))  # pressing alone: kept, no 催办
    assert "暂不催办" in answer and "已记录在工单上" in answer and chased(rig) == []
    assert [e["action"] for e in rig.events(ticket["id"])].count("asked") == 1
