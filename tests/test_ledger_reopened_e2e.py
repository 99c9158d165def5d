"""The 督查台账 shows a 重办 as one until the unit finishes it again (refs #10).

An outside tester's month as supervisor: a ticket reopened at its 回访 and signed again by its unit
was counted 其中重办 = 0 and its row said 办理中, and the result the citizen had turned down stood
in 办理结果 with no word that it was turned down."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl

from bot.reports import ledger
from bot.texts import ledger as ledger_texts
from tests.fuzzkit import WATER_STAFF, Rig
from tests.test_publish_unsatisfied_e2e import _ticket, _visited


def _book(rig: Rig, folder: Path) -> tuple[dict[str, Any], tuple[Any, ...]]:
    """The water sheet's one row by header, and the water line of the summary."""
    out = folder / "ledger.xlsx"
    out.unlink(missing_ok=True)
    ledger.write(rig.db, rig.desk.config, out, rig.desk.store.now())
    book = openpyxl.load_workbook(out)
    [row] = book["县水务局"].iter_rows(min_row=2, values_only=True)
    lines = {r[0]: r for r in book["汇总"].iter_rows(min_row=2, values_only=True)}
    return dict(zip(ledger_texts.LEDGER_HEADERS, row, strict=True)), lines["县水务局"]


def test_a_reopened_ticket_signed_again_is_a_重办_until_finished_again(rig: Rig,
                                                                     tmp_path: Path) -> None:
    user, ticket = _ticket(rig)
    _visited(rig, user, ticket, 2, "联系过了，没解决，很不满意")
    for signed in (False, True):
        if signed:
            rig.say(WATER_STAFF, f"/accept {ticket['number']}")
            assert rig.tickets_of(user)[0]["state"] == "accepted"
        row, line = _book(rig, tmp_path)
        # 工单总数, 在办, 其中重办
        assert line[1:4] == (1, 1, 1), (signed, line)
        assert row["办理状态"] == "重办中", (signed, row)
        assert row["办理结果"] == "上次办理结果（群众未认可）：已更换水管，恢复供水", row
    rig.say(WATER_STAFF, f"/done {ticket['number']} 已重新铺设管道，水压正常")
    row, line = _book(rig, tmp_path)
    assert line[1:4] == (1, 0, 0) and line[5] == 1, line  # 已办结待回访
    assert row["办理状态"] == "已办结待回访" and row["办理结果"] == "已重新铺设管道，水压正常", row



def test_a_result_turned_down_again_at_the_last_回访_is_labelled(rig: Rig, tmp_path: Path) -> None:
    user, ticket = _ticket(rig)
    _visited(rig, user, ticket, 2, "联系过了，没解决，很不满意")
    rig.say(WATER_STAFF, f"/accept {ticket['number']}")
    _visited(rig, user, ticket, 2, "联系过了，还是没解决，不满意")
    row, line = _book(rig, tmp_path)
    assert row["办理状态"] == "已销号" and line[6] == 1, (row, line)
    assert row["办理结果"] == "已更换水管，恢复供水（群众未认可）", row


def test_a_result_the_citizen_accepted_is_not_labelled(rig: Rig, tmp_path: Path) -> None:
    user, ticket = _ticket(rig)
    _visited(rig, user, ticket, 2, "联系过了，解决了，满意")
    row, _ = _book(rig, tmp_path)
    assert row["办理状态"] == "已销号" and row["办理结果"] == "已更换水管，恢复供水", row
