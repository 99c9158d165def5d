"""What a unit's only staff member and the supervisors read when that member handles a problem
they reported themselves (bot.domain.permissions.sole_handler)."""

from __future__ import annotations

from bot.render import esc

STEP_NAMES = {"accept": "签收", "resolve": "办结"}


def for_staff(number: str) -> str:
    """Added to the answer of the step: why they may, and that it is on the record."""
    return (f"工单 <code>{esc(number)}</code> 是您本人反映的诉求。您是本单位唯一的工作人员，"
            "没有同事可以接手，因此由您本人办理；这一步已记入工单记录（反映人本人办理），"
            "并已告知督查人员。")


def for_supervisors(number: str, unit: str, step: str) -> str:
    """Oversight: a unit's only staff member took a step on their own complaint."""
    return (f"【监督提示】工单 <code>{esc(number)}</code>（{esc(unit)}）是该单位唯一工作人员"
            f"本人反映的诉求，已由其本人{STEP_NAMES.get(step, esc(step))}。该单位没有其他工作人员，"
            "已记录为“反映人本人办理”，请留意监督，需要时协调其他人员办理或回访核实。")
