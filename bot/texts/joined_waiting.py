"""What someone who has just joined (/join) is told waits for them, with the command to see it
(HTML parse mode, as the rest of the join answer)."""

from __future__ import annotations

from bot.render import esc

SHOWN_NUMBERS = 10  # extension requests named one by one; more are counted


def for_staff(unsigned: int, open_count: int) -> str:
    """A new staff member: the unit's tickets awaiting 签收 and in hand."""
    if unsigned:
        return (f"📌 本单位目前有 <b>{unsigned} 件工单等待签收</b>，在办工单共 {open_count} 件"
                "（含待签收）。发送 /list new 查看待签收的工单，/list 查看全部在办工单。")
    if open_count:
        return f"📌 本单位目前没有等待签收的工单，在办工单 {open_count} 件，发送 /list 查看。"
    return "📌 本单位目前没有待签收或在办的工单，有新工单时会推送给您。"


def for_supervisor(extensions: tuple[str, ...], overdue: int) -> str:
    """A new supervisor: the extension requests awaiting /approve and the tickets overdue."""
    if extensions:
        named = "、".join(f"<code>{esc(n)}</code>" for n in extensions[:SHOWN_NUMBERS])
        more = "等" if len(extensions) > SHOWN_NUMBERS else ""
        text = (f"📌 目前有 <b>{len(extensions)} 件延期申请等待批准</b>：{named}{more}。"
                "发送 /show 工单编号 查看申请，/approve 工单编号 批准。")
    else:
        text = "📌 目前没有等待批准的延期申请。"
    if overdue:
        return text + f"另有 <b>{overdue} 件工单已逾期</b>，发送 /overdue 查看。"
    return text + "目前没有逾期工单。"
