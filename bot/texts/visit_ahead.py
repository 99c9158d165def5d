"""What a citizen reads when their 回访 answer was typed before the 回访 was asked (解决了，谢谢
right after the 办结 notice; bot/actions/visit_ahead.py) (HTML)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common import VISIT_ASKS


def _said(labels: list[str]) -> str:
    return "、".join(labels)


def kept(number: str, labels: list[str]) -> str:
    """The answers typed ahead were kept for the ticket's 回访."""
    return (f"收到，谢谢您！您对工单 <code>{esc(number)}</code> 的回答（{esc(_said(labels))}）已记录，"
            "回访时不再重复询问。")


def closed(number: str, labels: list[str]) -> str:
    """The 回访 fell due and was closed with the answers typed ahead."""
    return (f"📞 <b>回访</b> 工单 <code>{esc(number)}</code>：您此前已经回答过"
            f"（{esc(_said(labels))}），已按您的回答记录，工单已销号。"
            "如有不同意见，直接回复告诉我们；还有其他问题，随时发消息给我们。")


def rating_asked(number: str, result: str, labels: list[str]) -> str:
    """The 回访 fell due with 已解决 typed ahead: only the 满意度 is asked."""
    done = f"\n办理结果：{esc(result)}" if result else ""
    return (f"📞 <b>回访</b> 您反映的工单 <code>{esc(number)}</code> 已办结。{done}\n"
            f"您此前已经回答过（{esc(_said(labels))}），已记录。"
            f"只剩最后一个问题：<b>{VISIT_ASKS['r']}</b>")


from bot.texts import visit_ahead_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), visit_ahead_en)
