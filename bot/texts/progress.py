"""What a citizen reads when asking how a report is going while its unit is still within its
time (bot/actions/chase.py): where it stands and when the unit is due, no 催办 (HTML)."""

from __future__ import annotations

from bot.render import esc

_KEPT = "您的催问已记录在工单上，责任单位办理时能看到。"


def within_time(number: str, unit_name: str, state_name: str, sign_by: str, deadline: str,
                still_open: int) -> str:
    """A progress question (我反映的那个事办得咋样了) or a press (催一下), kept on the ticket for
    its unit to see, about a ticket whose unit is not late: `sign_by` is when
    the unit must sign for it ("" once signed), `deadline` when it is due; `still_open`: how
    many of the writer's tickets are being handled."""
    due = (f"责任单位应在 {esc(sign_by)} 前签收，{esc(deadline)} 前办结" if sign_by
           else f"责任单位应在 {esc(deadline)} 前办结")
    return (f"您反映的问题（工单 <code>{esc(number)}</code>，{esc(unit_name)}）目前：{esc(state_name)}。"
            f"{due}。{_KEPT}现在还在办理时限内，暂不催办；"
            "到时还没办理，系统会自动提醒并督促责任单位。\n"
            f"有进展会第一时间通知您。您共有 {still_open} 件反映的问题正在办理，发 /my 查看办理进展，"
            "发 /status 编号 查看某一件的办理记录。")


from bot.texts import progress_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), progress_en)
