"""What a citizen reads of what they said around their 回访 answers (HTML parse mode): a remark
on the handling, kept on the visit (市民回访留言) rather than made a ticket, a matter said to
be still not put right before the 回访 is asked, kept as 未解决, and an answer said before its
question (shown when the question comes) or said otherwise afterwards (a change, told)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common import VISIT_QUESTION_NAMES, visit_answer


def remark_kept(number: str) -> str:
    """Words after the answers that tell no new matter (不过下次能不能快一点): kept, and how to
    report a new problem if that is what the citizen meant."""
    return (f"您的意见已记入工单 <code>{esc(number)}</code> 的回访记录，我们会认真改进。"
            "如果是要反映新的问题，请单独发一条消息说明。")


def more_sent_back(number: str, unit_name: str) -> str:
    """More of the matter said with the 回访 answers that sent the ticket back (还是有油烟味，
    没解决): it went to the unit in the 重办 notice itself, and is kept on the ticket; no 补充 of
    its own was pushed (outside tester T27, finding 11)."""
    return (f"您说的情况已写进工单 <code>{esc(number)}</code> 的重办通知，{esc(unit_name)}"
            "重新办理时会一并看到。")


def unsolved_kept(number: str, unsolved: bool = True) -> str:
    """A just-finished ticket's matter said to be still not put right before its 回访 (还是没水
    right after the 办结 notice), or the citizen's displeasure with it (很不满意): kept on it as
    未解决 or 不满意 and told to the unit, not a new ticket."""
    said, back = ("问题未解决", "按未解决") if unsolved else ("不满意", "按不满意")
    return (f"收到。您说的情况已记入工单 <code>{esc(number)}</code>（{said}），并转告了责任单位。"
            f"稍后回访时，工单会{back}退回重新办理。")


def answered_before(question: str, code: str) -> str:
    """A 回访 question the citizen answered before it was asked (很不满意 typed at 是否联系过您):
    shown with that answer, not asked again."""
    return (f"您之前已经回答过：<b>{esc(visit_answer(question, code))}</b>（已记录，"
            "不用再回答）。")


def answer_changed(number: str, question: str, before: str, now: str) -> str:
    """The citizen answered a question otherwise than they had said before it was asked: the
    change is told, what was recorded before and what now."""
    return (f"工单 <code>{esc(number)}</code> 的回访，关于「{esc(VISIT_QUESTION_NAMES[question])}」，"
            f"您之前说的是「{esc(visit_answer(question, before))}」，现已按您刚才的回答改为"
            f"「{esc(visit_answer(question, now))}」。")


from bot.texts import visit_remarks_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), visit_remarks_en)
