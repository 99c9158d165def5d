"""The 督办 (written urging) texts: the numbered 督办通知书 the unit and the supervisors read, and
the supervisor's confirmation of /urge with the 限期办结 actually set (HTML parse mode)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common import STATE_NAMES


def urge_notice_number(county: str, year: int, seq: int) -> str:
    return f"{county}督字〔{year}〕第{seq}号"


def overdue_span(steps: int, hours: int | None = None) -> str:
    """How long a ticket is overdue: working days, or hours for an urgent one."""
    return f"{hours} 小时" if hours is not None else f"{steps} 个工作日"


def urge_notice(notice: str, county: str, unit_name: str, number: str, text: str, deadline: str,
                limit: str, overdue: str, note: str) -> str:
    """督办通知书; `text` and `note` are already masked, `overdue` from `overdue_span` (empty
    when not yet overdue)."""
    lines = [
        f"📕 <b>督办通知书</b>　{esc(notice)}",
        f"{esc(unit_name)}：",
        f"群众诉求工单 <code>{esc(number)}</code> 办理时限为 {esc(deadline)}，"
        + (f"已逾期 {overdue}，" if overdue else "")
        + "现予书面督办。",
        f"诉求内容：{esc(text)}",
    ]
    if note:
        lines.append(f"督办意见：{esc(note)}")
    lines += [
        f"请于 <b>{esc(limit)} 前办结</b>（限期办结），并将办理结果通过 /done 反馈。",
        f"{esc(county)}「金来办」督查",
    ]
    return "\n".join(lines)


_URGE_LIMIT_SOURCE = {
    "written": "按督办意见中的时限",
    "later": "督办意见中的时限晚于规定的督办时限，已按规定时限",
    "none": "督办意见中没有可识别的办结时限，已按规定时限",
}


def urge_done(number: str, notice: str, reached: bool, limit: str = "",
              source: str = "none") -> str:
    """/urge's confirmation: the notice, the 限期办结 actually set and where it came from
    (`source`: "written" in the note, a "later" one written and not used, or "none" read)."""
    told = ("已发送给责任单位。" if reached else
            "但<b>责任单位没有可送达的工作群或工作人员，通知书未能送达</b>，请另行通知。")
    text = f"已对工单 <code>{esc(number)}</code> 下发督办通知书 {esc(notice)}，{told}"
    if limit:
        text += f"\n限期办结：{_URGE_LIMIT_SOURCE[source]}，<b>{esc(limit)} 前</b>办结。"
        if source == "none":
            text += "如需更短的时限，可在督办意见中写明，例如“2小时内办结”“今天下班前办结”。"
    return text


def urge_not_open(number: str, state: str) -> str:
    return (f"工单 <code>{esc(number)}</code> 当前状态为“{esc(STATE_NAMES.get(state, state))}”，"
            "无需督办。")
