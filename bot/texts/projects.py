"""What staff read about a 实事项目 they set with /project: its completion date, and why a date
is refused, moved to a working day or kept apart from the deadline."""

from __future__ import annotations

import datetime as dt

from bot.render import esc


def project_set(number: str, completion: str, pending: bool, replaced: str | None = None,
                deadline: str = "", rolled_from: str = "", withdrawn: str | None = None) -> str:
    """`pending`: a completion date later than the deadline, asked as an extension; `replaced`:
    the request still pending that it replaces; `deadline`: the deadline kept when the date is
    not later; `rolled_from`: the day off typed, when the date moved to the next working day;
    `withdrawn`: the later date still pending that this earlier one withdraws."""
    rolled = (f"{esc(rolled_from)} 不是工作日，完成时限顺延至下一个工作日下班前"
              f"（{esc(completion)}）。" if rolled_from else "")
    if pending:
        instead = (f"此前待批的申请（{esc(replaced)}）已作废，以本次为准。" if replaced else "")
        return (f"📋 工单 <code>{esc(number)}</code> 已列为实事项目。{rolled}完成时限 {esc(completion)} "
                "晚于现办理时限，已作为延期申请报督查人员，批准后生效；在此之前仍按原时限督办。"
                f"{instead}")
    return (f"📋 工单 <code>{esc(number)}</code> 已列为实事项目，计划 {esc(completion)} 前完成。"
            f"{rolled}这一日期不晚于现办理时限（{esc(deadline)}），办理时限不变，"
            "可以提前办结；需要更多时间请另写更晚的日期申请延期。"
            + (f"此前待批的延期申请（{esc(withdrawn)}）已撤回，已告知督查人员。" if withdrawn else ""))


# A later completion date asked while no supervisor is bound (the last one left).
NOBODY_TO_APPROVE = ("\n⚠️ 但<b>目前没有督查人员</b>，这份延期申请暂时无人审批，"
                     "请联系系统管理员尽快指定督查人员。")


def already_set(number: str) -> str:
    """The same /project again: nothing new to record."""
    return (f"工单 <code>{esc(number)}</code> 已按相同的举措、计划和完成时限列为实事项目，"
            "无需重复提交。")


def bad_project_date(value: str) -> str:
    """A completion date that cannot be read as a day."""
    return (f"完成时限“{esc(value)}”无法识别。请写日期，例如 2027-03-01、2027年3月1日、3月1日"
            "或 下周五。")


def project_date_passed(value: str) -> str:
    """A completion date whose close of business is already over (an earlier day, or today
    after hours)."""
    return (f"完成时限“{esc(value)}”已经过去（当天下班时间已过），不能作为完成时限。"
            "请写今后的日期。")


def too_late(value: str, latest: dt.date) -> str:
    """A completion date more than a year ahead (bot.actions.extensions.PROJECT_MAX_DAYS)."""
    return (f"完成时限“{esc(value)}”太远：实事项目的完成时限最长一年，即不晚于 "
            f"{latest.year}年{latest.month}月{latest.day}日。"
            "工期更长的工程，请按年度分期列为实事项目，每期写明当期的完成时限。")
