"""What citizens read when their ticket's deadline moves (HTML parse mode): a 延期 approved, a
实事项目's completion date (and its approval), and a 督办 that brings the deadline forward."""

from __future__ import annotations

from bot.render import esc


def extension_for_citizen(number: str, unit_name: str, deadline: str) -> str:
    return (f"🕒 您反映的问题（工单 <code>{esc(number)}</code>）需要更多时间办理，"
            f"经批准，<b>{esc(unit_name)}</b>的办理时限延至 {esc(deadline)}。")


def project_for_citizen(number: str, unit_name: str, measures: str, plan: str,
                        completion: str, pending: bool) -> str:
    """`pending`: the completion date is later than the deadline and awaits approval."""
    when = (f"计划于 {esc(completion)} 前完成（需延长办理时限，待督查部门批准后生效，届时另行通知）"
            if pending else f"{esc(completion)} 前")
    return (f"📋 您反映的问题（工单 <code>{esc(number)}</code>）已列为“我为群众办实事”<b>实事项目</b>。\n"
            f"责任单位：{esc(unit_name)}\n具体举措：{esc(measures)}\n实施计划：{esc(plan)}\n"
            f"完成时限：{when}")


def project_date_for_citizen(number: str, completion: str, pending: bool) -> str:
    """A 实事项目 the citizen was told of has a new completion date (`pending`: later than the
    deadline, it awaits approval)."""
    when = "（需延长办理时限，待督查部门批准后生效）" if pending else ""
    return (f"📋 工单 <code>{esc(number)}</code> 的实事项目完成时限调整为 {esc(completion)} 前"
            f"{when}。")


def project_approved_for_citizen(number: str, unit_name: str, completion: str) -> str:
    """The 实事项目's later completion date, which the citizen was told awaits approval, is
    approved: it is the ticket's deadline now."""
    return (f"📋 您反映的问题（工单 <code>{esc(number)}</code>）的实事项目完成时限已经督查部门批准，"
            f"<b>{esc(unit_name)}</b>的办理时限延至 {esc(completion)}。")


def project_refused_for_citizen(number: str, unit_name: str, limit: str) -> str:
    """The 实事项目's later completion date, which the citizen was told awaits approval, was not
    approved (a supervisor's 督办 ordered a limit after it was asked): `limit` stands."""
    return (f"📋 您反映的问题（工单 <code>{esc(number)}</code>）的实事项目延长办理时限的申请"
            f"未获督查部门批准，<b>{esc(unit_name)}</b>仍须于 {esc(limit)} 前办结。")


def urged_sooner_for_citizen(number: str, unit_name: str, deadline: str) -> str:
    """A supervisor's 督办 ordered the unit to finish sooner than the citizen was told."""
    return (f"📌 您反映的问题（工单 <code>{esc(number)}</code>）已由督查部门书面督办，"
            f"<b>{esc(unit_name)}</b>的办理时限提前至 {esc(deadline)}。")


from bot.texts import citizen_deadlines_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), citizen_deadlines_en)
