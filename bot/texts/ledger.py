"""The words of the 督查台账 file (bot/reports/ledger.py), which supervisors pass around offices:
column headers, the summary sheet, state names."""

from __future__ import annotations

import datetime as dt

from bot.texts.for_supervisors import RATE_NAMES
from bot.texts.listing import MARK

LEDGER_HEADERS = ("工单编号", "受理时间", "责任单位", "诉求内容", "实事项目", "具体举措", "实施计划",
                  "完成时限", "办理状态", "办理结果", "满意度", "逾期天数（工作日）", "督办次数",
                  MARK, "销号日期")
# Each ticket counted once, in its current state: 工单总数 = 在办 + 已办结待回访 + 已销号 + 已撤回;
# 其中重办 and 逾期在办 are parts of 在办 (a reopened ticket is being handled again).
SUMMARY_HEADERS = ("责任单位", "工单总数", "在办", "其中重办", "逾期在办", "已办结待回访", "已销号",
                   "已撤回", "实事项目", "督办次数", *RATE_NAMES)
SUMMARY_SHEET = "汇总"
COUNTY_TOTAL = "全县合计"
NO_RATE = "—"  # a rate with nothing to divide by (no ticket dispatched, rated or due), as in the digest


def headers(day: dt.date | None) -> tuple[str, ...]:
    """The rows' headers; when the period ended before the export (`day`, its last), 责任单位
    says the day each ticket's unit is counted at."""
    if day is None:
        return LEDGER_HEADERS
    return (*LEDGER_HEADERS[:2], f"责任单位（截至{day.year}年{day.month}月{day.day}日）",
            *LEDGER_HEADERS[3:])


def note(day: dt.date | None, now: dt.datetime) -> str:
    """Under the ledger's summary: by which moment each ticket's unit is counted (`day`, the
    period's last, when it ended before the export `now`, county time), that the summary's
    counts and rates are as of then too, and that the sheets' rows are as of now."""
    held = f"{day.year}年{day.month}月{day.day}日24时" if day else "导出时"
    counted = (f"汇总的件数和比率均为{held}的情况（此后的办结、督办等不计入），" if day else "")
    return (f"说明：件数、比率和各单位分页均按工单在{held}的承办单位统计（与日报、/stats 同一口径）；"
            f"{counted}各单位分页的办理状态、满意度、逾期天数和督办次数为导出时"
            f"（{now:%Y-%m-%d %H:%M}）的情况；满意度为本轮办理的回访评价，"
            "重办的工单另注重办前的评价（如“重办前：不满意”）。")


def overdue_cell(days: int, late: bool) -> int | str:
    """逾期天数（工作日）: whole working days, as /overdue counts them; a row past its 完成时限 by
    less than one reads 不足1 (as /overdue's 逾期不足 1 个工作日), never 0, which is on time."""
    return "不足1" if late and not days else days


def content_cell(text: str, added: list[str]) -> str:
    """诉求内容: the report, then each 补充 the citizen gave later on a line of its own (masked)."""
    return "\n".join([text, *(f"补充：{more}" for more in added)])


def rating_cell(current: str, earlier: str) -> str:
    """满意度: the current round's rating (empty until its 回访), and the one before a 重办."""
    if not earlier:
        return current
    return f"{current}（重办前：{earlier}）" if current else f"重办前：{earlier}"


def result_cell(result: str, redo: bool, final: bool) -> str:
    """办理结果, with a word when the citizen did not accept it at the 回访: `redo`, the ticket is
    back with its unit (重办) and this is the last result; `final`, it was closed so."""
    if not result:
        return result
    if redo:
        return f"上次办理结果（群众未认可）：{result}"
    return f"{result}（群众未认可）" if final else result


LEDGER_STATES = {"new": "待签收", "accepted": "办理中", "resolved": "已办结待回访",
                 "closed": "已销号", "reopened": "重办中", "withdrawn": "已撤回"}
YES = "是"


