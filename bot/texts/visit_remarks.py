"""What a citizen reads of what they said around their 回访 answers (HTML parse mode): a remark
on the handling, kept on the visit (市民回访留言) rather than made a ticket, and a matter said to
be still not put right before the 回访 is asked, kept as 未解决."""

from __future__ import annotations

from bot.render import esc


def remark_kept(number: str) -> str:
    """Words after the answers that tell no new matter (不过下次能不能快一点): kept, and how to
    report a new problem if that is what the citizen meant."""
    return (f"您的意见已记入工单 <code>{esc(number)}</code> 的回访记录，我们会认真改进。"
            "如果是要反映新的问题，请单独发一条消息说明。")


def unsolved_kept(number: str) -> str:
    """A just-finished ticket's matter said to be still not put right before its 回访 (还是没水
    right after the 办结 notice): kept on it as 未解决 and told to the unit, not a new ticket."""
    return (f"收到。您说的情况已记入工单 <code>{esc(number)}</code>（问题未解决），并转告了责任单位。"
            "稍后回访时，工单会按未解决退回重新办理。")
