"""T24 finding 11: `/done N 已转综合执法局处理` is no 办结 — the staff member is pointed to /transfer,
the ticket stays open and its citizen reads nothing of a 办结; a real result still closes it."""

from __future__ import annotations

import pytest

from bot.actions import staff
from bot.domain.passed_on import only_passed_on
from bot.domain.permissions import Role
from tests.staffkit import NOW, make_kit

CITIZEN = 5002
WATER = 7002


@pytest.mark.parametrize("result", ["已转综合执法局处理", "已转交给城管局。", "转给住建局了",
                                    "已移交镇政府办理", "已交由县供电公司处理"])
def test_a_result_that_only_passes_it_on_is_read_so(result: str) -> None:
    assert only_passed_on(result)


@pytest.mark.parametrize("result", ["已转告市民，阀门已更换", "已转账退还押金", "已更换灯泡，恢复照明",
                                    "已转交综合执法局，对方已于今日修好路灯", "已交给市民新的水表"])
def test_a_result_that_says_what_was_done_is_not(result: str) -> None:
    assert not only_passed_on(result)


def test_done_passed_on_is_refused_with_transfer_and_the_citizen_reads_nothing() -> None:
    kit = make_kit()
    kit.bind(WATER, Role.STAFF, "water")
    number = kit.report(CITIZEN, "我家小区停水两天了，一直没人管")
    told_before = len(kit.sent_to(CITIZEN))
    outcome = staff.done(kit.desk, kit.msg(WATER), number, "已转综合执法局处理", NOW)
    assert not outcome.ok
    answer = kit.sent_to(WATER)[-1]
    assert "未办结" in answer and f"/transfer {number}" in answer and "/done" in answer
    assert kit.ticket(number)["state"] != "resolved" and not kit.ticket(number)["result"]
    assert not any("办结" in t for t in kit.sent_to(CITIZEN)[told_before:])
    assert staff.done(kit.desk, kit.msg(WATER), number, "已更换阀门，恢复供水", NOW).ok
    assert kit.ticket(number)["state"] == "resolved"
    assert any("已更换阀门" in t for t in kit.sent_to(CITIZEN)[told_before:])
