"""What staff and supervisors read when a 延期 request cannot be granted because a 督办 was
ordered after it (the supervisor who tried to approve it, and the unit that asked), or is the same
request sent again; and the 批准 / 不批准 buttons under a request, a supervisor's refusal (不批准)
and what the unit reads of it."""

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


APPROVE_BUTTON = "✅ 批准"
REFUSE_BUTTON = "❌ 不批准"
APPROVED_TOAST = "已批准，详见消息。"
REFUSED_TOAST = "已不批准，详见消息。"


def decided_already(number: str) -> str:
    """A 批准 / 不批准 pressed on a request that is no longer the one pending (decided, replaced
    by a newer one, or the ticket finished): nothing changes."""
    return (f"工单 {number} 的这份延期申请已经处理过或已被新的申请取代，本次操作未生效。"
            "如需查看，请发 /show 加工单编号。")


# In place of the buttons under a request no longer pending that nobody decided (T27 finding 19:
# the copy still ended 请发 /approve): replaced by a newer request, or withdrawn by the unit's
# /project with a date no later than the deadline.
REPLACED_NOTE = "⚪ 此申请已被新的申请取代，原申请作废，无需审批。"
WITHDRAWN_NOTE = "↩️ 此申请已撤回（单位改为在现办理时限内完成），无需审批。"
_APPROVE_CALL = "请发 /approve "  # the request's last line: 同意延期 N 个工作日请发 /approve NUMBER


def without_approve_call(text: str) -> str:
    """A supervisor's copy of a request as sent, without its call to /approve (once it is no
    longer pending, whatever became of it)."""
    return "\n".join(line for line in text.split("\n") if _APPROVE_CALL not in line)


def decided_note(who: str, approved: bool) -> str:
    """In place of the buttons under every supervisor's copy of a request, once decided."""
    return f"{'✅' if approved else '❌'} 已由 {esc(who)} {'批准' if approved else '决定不批准'}。"


def refused_for_supervisor(number: str, asked: str, limit: str) -> str:
    """A supervisor's 不批准: what stands, and that the unit was told."""
    return (f"工单 <code>{esc(number)}</code> 的延期申请（{esc(asked)}）未批准，办理时限不变，"
            f"仍须于 {esc(limit)} 前办结。已告知责任单位。")


def refused_for_unit(number: str, asked: str, who: str, limit: str) -> str:
    """The unit's request was not approved by the supervisor `who`: what stands, what to do."""
    return (f"⚠️ 工单 <code>{esc(number)}</code> 的延期申请（{esc(asked)}）未获批准"
            f"（督查人员 {esc(who)}），办理时限不变，仍须于 {esc(limit)} 前办结。"
            "如确有新的情况需要更多时间，请说明理由，用 "
            f"<code>/extend {esc(number)} 天数 理由</code> 重新申请。")
