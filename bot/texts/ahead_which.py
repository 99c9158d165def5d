"""What a citizen reads when a positive 回访 answer typed before the 回访 was asked names none of
the several tickets just finished (修好了，谢谢，挺满意的 after two 办结 notices; refs #10):
nothing is recorded, and they are asked which (HTML)."""

from __future__ import annotations

from bot.render import esc


def which(numbers: list[str]) -> str:
    """A positive answer typed ahead with several tickets just finished, naming none."""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    return (f"谢谢您！您有 {len(numbers)} 件工单刚刚办结（{listed}），这条回答暂未记录，"
            "因为不确定说的是哪一件。请说明是哪件事，例如“路灯那个修好了，满意”，"
            "或直接回复该工单的办结消息。")


from bot.texts import ahead_which_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), ahead_which_en)
