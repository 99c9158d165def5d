"""What supervisors and the hotline read about a citizen's flood of reports (bot/actions/floods.py)."""

from __future__ import annotations

from bot.render import esc


def flood_held(number: str, limit: int, minutes: int, hotline: str, unit_name: str) -> str:
    """The supervisors' one notice when a citizen's reports start to wait for a person."""
    return (f"⚠️ <b>市民短时间内连续提交诉求</b>\n同一位市民 {minutes} 分钟内已提交 {limit} 件以上诉求"
            f"（疑似刷屏或重复提交）。自工单 <code>{esc(number)}</code>（系统判断为{esc(unit_name)}）起，"
            f"这位市民的新诉求暂交{esc(hotline)}人工核实，确属需要办理的再派给责任单位；"
            "核实前不推送给单位，也不计入各单位的响应率等考核。所有消息均已保存，紧急求助照常直接派单。")
