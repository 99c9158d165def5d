"""What the citizen, the hotline and supervisors read about a citizen's flood of reports
(bot/actions/floods.py). bot/texts/for_citizen.py is full: the citizen's one line lives here."""

from __future__ import annotations

from bot.render import esc


def flood_held(number: str, limit: int, minutes: int, hotline: str, unit_name: str) -> str:
    """The supervisors' one notice when a citizen's reports start to wait for a person."""
    return (f"⚠️ <b>市民短时间内连续提交诉求</b>\n同一位市民 {minutes} 分钟内已提交 {limit} 件以上诉求"
            f"（疑似刷屏或重复提交）。自工单 <code>{esc(number)}</code>（系统判断为{esc(unit_name)}）起，"
            f"这位市民的新诉求暂交{esc(hotline)}人工核实，确属需要办理的再派给责任单位；"
            "核实前不推送给单位，也不计入各单位的响应率等考核。所有消息均已保存，紧急求助照常直接派单。")


def held_for_hotline(number: str, unit_name: str, code: str) -> str:
    """The line under a held report's push to the hotline: why it is there, where it would go."""
    return (f"⏸ 该市民短时间内连续提交多件诉求，本件暂由热线人工核实，尚未推送给责任单位。"
            f"系统判断为{esc(unit_name)}；确需办理的，请发 /transfer {esc(number)} {esc(code)} 原因 派单。")


def held_for_citizen(number: str, hotline: str, deadline: str) -> str:
    """The answer to a report of a flood that waits for a person (outside a burst's receipt)."""
    return (f"✅ 已收到您的反映，工单编号 <code>{esc(number)}</code>。\n"
            f"您短时间内提交了多件诉求，本件先由<b>{esc(hotline)}</b>工作人员核实，"
            "需要办理的会尽快转给责任单位。\n"
            f"办理时限：{esc(deadline)} 前\n办理进展会在这里通知您。")
