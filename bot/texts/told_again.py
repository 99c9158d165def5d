"""What the citizen is told when they report again, days on, a matter of theirs at the same place
(bot/actions/repeats.again): still open, their words join it."""

from __future__ import annotations

from bot.render import esc


def joined_open(number: str, state: str, late: str, accept_hours: float) -> str:
    """The same matter told again while its ticket is still being handled: a 补充, no new ticket;
    `late`: how its unit is late and so was urged ("overdue", "unsigned", or "" for not late)."""
    urged = {
        "overdue": "该工单已超过办理时限，已同时催促责任单位尽快办理。",
        "unsigned": f"责任单位超过 {accept_hours:g} 小时仍未签收，已同时催促其尽快签收办理。",
    }.get(late, "")
    return (f"您反映的这件事此前已经登记，工单编号 <code>{esc(number)}</code>（{esc(state)}）。"
            f"这次说的内容已作为补充加入该工单，转给经办人，无需重新登记。{urged}"
            f"发 /status {esc(number)} 可查看办理记录。")
