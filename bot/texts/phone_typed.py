"""What a supervisor reads when they type a phone 回访's result instead of pressing its buttons
(HTML parse mode; refs #10): the question waiting, to record with the buttons below it."""

from __future__ import annotations

from bot.render import esc

_ASKED = {"c": "经办人是否联系过群众？", "s": "群众的问题是否已经解决？", "r": "群众对办理结果是否满意？"}


def use_buttons(number: str, question: str) -> str:
    """The phone 回访 of `number` waits at `question`: record it with the buttons."""
    return (f"📞 工单 <code>{esc(number)}</code> 的电话回访结果请用按钮逐题记录，"
            "打字的结果不作记录（以免读错群众的回答）。\n"
            f"现在待记录：<b>{esc(_ASKED[question])}</b>\n请按群众在电话里的回答点选下面的按钮。")


def which(numbers: list[str]) -> str:
    """Several phone 回访 wait and the message names none of them."""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    return (f"有 {len(numbers)} 件工单的电话回访等待记录（{listed}），这条消息没有记录。"
            "请在对应工单的电话回访消息下用按钮记录，或发送工单编号，我把待记录的问题和按钮发给您。")
