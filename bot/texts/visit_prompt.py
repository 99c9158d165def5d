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


from bot.texts import visit_prompt_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), visit_prompt_en)
