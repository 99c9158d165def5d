"""The 督查台账 file, opened as Excel/WPS would open it, row by row; and the public post."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from bot.actions import publish, supervise
from bot.actions.desk import Incoming
from bot.domain.tickets import iso
from bot.reports import ledger
from bot.store import inbox
from bot.texts import ledger as ledger_texts
from tests.followkit import Follow, cst, make_follow

NOW = cst(2026, 12, 10, 9, 0)


@pytest.fixture
def f(tmp_path: Path) -> Follow:
    f = make_follow(tmp_path)
    a = f.create(cst(2026, 11, 23, 10, 0), "中山路停水，联系人李四 13912345678")
    f.accept(a, cst(2026, 11, 23, 11, 0))
    f.resolve(a, cst(2026, 11, 24, 16, 0), "已抢修恢复供水")
    f.act(a, "close", cst(2026, 11, 26, 9, 0), closed_at=iso(cst(2026, 11, 26, 9, 0)),
          rating="satisfied", rated_at=iso(cst(2026, 11, 26, 9, 0)))
    b = f.create(cst(2026, 11, 24, 10, 0), "老旧小区改造", unit="housing")
    with f.desk.store.atomic() as db:
        db.table("tickets").update(b.id, {
            "project": 1, "measures": "更换管网、加装电梯", "plan": "12月完成设计，次年3月完工",
            "deadline": iso(cst(2026, 12, 1, 10, 0)), "urge_count": 2})
    f.create(cst(2026, 12, 9, 10, 0), "路灯不亮", unit="power")
    return f


def test_xlsx_has_a_summary_and_a_sheet_per_unit_checked_row_by_row(f: Follow,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "台账.xlsx"
    assert ledger.write(f.db, f.desk.config, out, NOW.astimezone(dt.UTC)) == 3
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["汇总", "县水务局", "县住建局", "县供电公司", "县政务服务热线"]
    water = book["县水务局"]
    assert water.freeze_panes == "A2"
    assert tuple(c.value for c in water[1]) == ledger_texts.LEDGER_HEADERS
    assert water.column_dimensions["D"].width > 40
    row = {h: c.value for h, c in zip(ledger_texts.LEDGER_HEADERS, water[2], strict=True)}
    # Dates are dates (sortable, filterable), in county time.
    assert row["工单编号"] == "20261123-0001" and row["受理时间"] == dt.datetime(2026, 11, 23, 10, 0)
    assert row["责任单位"] == "县水务局" and "13912345678" not in row["诉求内容"]
    assert row["诉求内容"] == "中山路停水，联系人【姓名】 【电话】" and row["实事项目"] is None
    assert row["办理状态"] == "已销号" and row["办理结果"] == "已抢修恢复供水"
    assert row["满意度"] == "满意" and row["逾期天数（工作日）"] == 0 and row["督办次数"] == 0
    assert row["销号日期"] == dt.datetime(2026, 11, 26)
    assert row["完成时限"] == dt.datetime(2026, 11, 30, 18, 0)
    assert water["B2"].number_format == "yyyy-mm-dd hh:mm" and water["O2"].number_format == "yyyy-mm-dd"
    assert water.max_row == 2
    housing = {h: c.value for h, c in zip(ledger_texts.LEDGER_HEADERS, book["县住建局"][2], strict=True)}
    assert housing["实事项目"] == "是" and housing["具体举措"] == "更换管网、加装电梯"
    assert housing["实施计划"] == "12月完成设计，次年3月完工"
    assert housing["完成时限"] == dt.datetime(2026, 12, 1, 10, 0) and housing["督办次数"] == 2
    assert housing["逾期天数（工作日）"] == 6  # 12-2 … 12-9; 12-10 only from 10:00
    assert housing["办理状态"] == "待签收"
    assert housing["销号日期"] is None
    summary = book["汇总"]
    assert tuple(c.value for c in summary[1]) == ledger_texts.SUMMARY_HEADERS
    lines = {r[0]: r for r in summary.iter_rows(min_row=2, values_only=True)}
    # 工单总数, 在办, 其中重办, 逾期在办, 已办结待回访, 已销号, 已撤回, 实事项目, 督办次数:
    # each ticket once, in its current state.
    assert lines["县水务局"][1:10] == (1, 0, 0, 0, 0, 1, 0, 0, 0)
    assert lines["县住建局"][1:10] == (1, 1, 0, 1, 0, 0, 0, 1, 2)
    assert lines["县水务局"][12] == 1  # 满意率 100 %
    assert lines["全县合计"][1:10] == (3, 2, 0, 1, 0, 1, 0, 1, 2)  # the county's column sums


def test_csv_is_excel_friendly_and_filters_by_date(f: Follow, tmp_path: Path) -> None:
    out = tmp_path / "ledger.csv"
    count = ledger.write(f.db, f.desk.config, out, NOW.astimezone(dt.UTC),
                         since=cst(2026, 11, 24, 0, 0), until=cst(2026, 12, 1, 0, 0))
    assert count == 1
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    # A period that ended before the export counts each ticket for the unit holding it then.
    assert rows[0][2] == "责任单位（截至2026年11月30日）" and rows[1][0] == "20261124-0001"
    assert rows[0][:2] + rows[0][3:] == [*ledger_texts.LEDGER_HEADERS[:2],
                                         *ledger_texts.LEDGER_HEADERS[3:]]


def test_formulas_in_citizen_text_stay_text(f: Follow, tmp_path: Path) -> None:
    f.create(cst(2026, 12, 1, 10, 0), "=HYPERLINK(\"http://x\")")
    out = tmp_path / "ledger.csv"
    ledger.write(f.db, f.desk.config, out, NOW.astimezone(dt.UTC))
    assert "'=HYPERLINK" in out.read_text(encoding="utf-8-sig")


def test_unknown_extension_is_refused(f: Follow, tmp_path: Path) -> None:
    with pytest.raises(ledger.LedgerError):
        ledger.write(f.db, f.desk.config, tmp_path / "x.pdf", NOW)


def test_public_post_has_no_name_phone_id_or_door(f: Follow) -> None:
    ticket = f.create(cst(2026, 11, 23, 10, 0),
                      "我叫王小明，身份证370828199001011234，住幸福小区3号楼2单元501室，"
                      "电话13812345678，家里停水三天", name="王小明")
    ticket = f.resolve(ticket, cst(2026, 11, 25, 10, 0), "已联系王小明，维修了3号楼的水管")
    now = cst(2026, 11, 26, 9, 0)
    ticket = f.act(ticket, "close", now, closed_at=iso(now), rating="satisfied", solved=1)
    ask = Incoming(update_id=900_001, user_id=900, chat_id=900, chat_type="private", message_id=1)
    supervise.publish_ticket(f.desk, ask, ticket.number, "", now)  # a draft, with buttons
    [draft] = f.sent(900)
    assert f.sent(-100555) == [] and ticket.number in draft["text"]
    data = draft["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
    with f.desk.store.atomic() as db:
        inbox.store(db, [{"update_id": 900_002}], now)
    press = Incoming(update_id=900_002, user_id=900, chat_id=900, chat_type="private",
                     message_id=0, kind="callback")
    assert publish.decide(f.desk, press, data, now) == "已提交发布到《金来办、今天办》。"
    [post] = f.sent(-100555)
    for secret in ("王小明", "小明", "13812345678", "370828199001011234", "3号楼", "501室"):
        assert secret not in post["text"]
    assert "金来办、今天办" in post["text"] and "县水务局" in post["text"]
    assert "2 天" in post["text"] and "维修了" in post["text"]
