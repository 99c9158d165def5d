"""What a citizen reads when they reply to a waiting 回访 question with something it cannot
record (1, 好, ?): the question again, with the answers it takes (HTML parse mode)."""

from __future__ import annotations

from bot.render import esc

# Each question asked plainly, and the words the visit reader takes for its answers.
_ASKED = {
    "c": ("请问经办人联系过您吗？", ("联系过", "没联系")),
    "s": ("请问您反映的问题解决了吗？", ("已解决", "未解决")),
    "r": ("请问您对办理结果满意吗？", ("满意", "基本满意", "不满意")),
}


def bare_reply(number: str, question: str) -> str:
    """A bare reply (1, 2, 好, 嗯, ?) while `question` of the ticket's 回访 waits: nothing was
    recorded; the question named, with its answers."""
    asked, answers = _ASKED[question]
    said = "/".join(f"“{a}”" for a in answers)
    return (f"工单 <code>{esc(number)}</code> 正在回访。{asked}"
            f"请点回访消息下的按钮，或直接回复{said}。")


def bare_several(waiting: list[tuple[str, str, str]]) -> str:
    """A bare reply while several 回访 wait (`waiting`: each one's number, question waiting and
    matter, newest first): each named, so the citizen knows which to answer (T25 finding 17)."""
    lines = "\n".join(f"• 工单 <code>{esc(number)}</code>" + (f"（{esc(matter)}）" if matter else "")
                      + f"：{_ASKED[question][0]}"
                      for number, question, matter in waiting)
    first = waiting[0][0]
    return (f"您有 {len(waiting)} 件反映的问题正在回访，这条回复还不能确定是回答哪一件的：\n{lines}\n"
            "请点相应回访消息下的按钮，或长按那条回访消息选“回复”后作答；"
            f"也可以在回答前写上工单编号，例如：<code>{esc(first)}</code> 联系过。")


from bot.texts import visit_prompt_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), visit_prompt_en)
