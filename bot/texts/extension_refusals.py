"""What staff and supervisors read when a 延期 request cannot be granted because a 督办 was
ordered after it (the supervisor who tried to approve it, and the unit that asked), or is the same
request sent again."""

from __future__ import annotations

from bot.render import esc


def predates_urge_for_supervisor(number: str, asked: str, urged_at: str, limit: str) -> str:
    """/approve refused: the pending request was made before a 督办 whose limit stands; the
    request is closed and the unit told."""
    return (f"工单 <code>{esc(number)}</code> 的延期申请（{esc(asked)}）是在 {esc(urged_at)} 督办之前"
            f"提出的，督办限期（{esc(limit)} 前办结）仍然有效，本次未批准，办理时限不变。"
            "该申请已关闭，已告知责任单位：如确需更多时间，请其说明理由重新申请后再审批。")


def predates_urge_for_unit(number: str, asked: str, urged_at: str, limit: str) -> str:
    """The unit's request was refused for the same reason: what stands and what to do."""
    return (f"⚠️ 工单 <code>{esc(number)}</code> 的延期申请（{esc(asked)}）未获批准：该申请在 "
            f"{esc(urged_at)} 督办之前提出，督办限期（{esc(limit)} 前办结）仍然有效，"
            "办理时限不变，此申请已关闭。请按督办限期办结；如确需更多时间，请说明督办后的新情况，"
            f"用 <code>/extend {esc(number)} 天数 理由</code> 重新申请。")


def replaces_auto_urge(urged_at: str, limit: str) -> str:
    """The approval's added line when the rules' 督办 was issued while the request waited."""
    return (f"\n该申请在 {esc(urged_at)} 按规定自动发出督办之前提出，批准后以新的办理时限为准，"
            f"督办限期（{esc(limit)} 前办结）不再适用。")


def extension_already_asked(number: str, days: int, extended: str) -> str:
    """The same /extend again while it is pending: nothing sent, nothing replaced."""
    return (f"工单 <code>{esc(number)}</code> 已有一份相同的延期申请（{days} 个工作日，理由相同）"
            f"在等待督查人员批准，获批后新的办理时限为 {esc(extended)}。本次没有重复提交，"
            "也没有再次通知督查人员。")
