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


def resolved_for_staff(number: str) -> str:
    """Their /done of their own complaint: what its 回访 really is (bot.actions.visit.ask)."""
    return (f"✅ 工单 <code>{esc(number)}</code> 已办结。这是您本人反映的诉求，也由您本人办理，"
            "因此回访不会询问您本人：到回访时间后，由督查人员向您核实并如实记录；"
            "记录之前不销号，也不按默认满意计。督查人员已收到提示。")


def resolved_for_reporter(number: str, unit: str, result: str) -> str:
    """The 办结 push to them as the one who reported it (in place of the citizen's, which says
    the 回访 will ask them)."""
    return (f"✅ 您反映的问题（工单 <code>{esc(number)}</code>）已由您本人以<b>{esc(unit)}</b>"
            f"工作人员身份办结。\n办理结果：{esc(result)}\n"
            "回访不会在这里向您提问，将由督查人员向您核实并记录。")


def for_supervisors(number: str, unit: str, step: str) -> str:
    """Oversight: a unit's only staff member took a step on their own complaint."""
    return (f"【监督提示】工单 <code>{esc(number)}</code>（{esc(unit)}）是该单位唯一工作人员"
            f"本人反映的诉求，已由其本人{STEP_NAMES.get(step, esc(step))}。该单位没有其他工作人员，"
            "已记录为“反映人本人办理”，请留意监督，需要时协调其他人员办理或回访核实。")


def visit_for_supervisors(number: str, unit: str, text: str, result: str) -> str:
    """Its 回访: the reporter finished it themselves, so the supervisors ask and record. `text`
    is masked."""
    lines = [f"📞 <b>回访</b> 工单 <code>{esc(number)}</code>（{esc(unit)}）已办结。该诉求由该单位"
             "唯一工作人员本人反映，也由其本人办理，不宜由其本人评价自己的办理结果，因此回访转由"
             "督查人员进行：请向反映人核实，并用下面的按钮如实记录；回访记录前不销号，"
             "也不按默认满意计。",
             f"诉求内容：{esc(text)}"]
    if result:
        lines.append(f"办理结果：{esc(result)}")
    lines.append("第一个问题：<b>是否联系过反映人？</b>")
    return "\n".join(lines)


def visit_late(number: str, unit: str) -> str:
    """Its 回访 unrecorded for three days: the supervisors are reminded, once."""
    return (f"⏰ 工单 <code>{esc(number)}</code>（{esc(unit)}，反映人本人办理）的回访已 3 天尚未记录。"
            "该工单保持“已办结待回访”，不按默认满意销号；请尽快向反映人核实并在回访消息下记录。")
