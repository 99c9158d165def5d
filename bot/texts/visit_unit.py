"""What a unit reads of what the citizen said in reply to their ticket's 回访 (HTML parse mode):
the citizen's 回访 answers and opinions, named as such — not a 补充 of the matter."""

from __future__ import annotations

from bot.render import esc


def said_for_unit(number: str, text: str) -> str:
    """What the citizen typed at the ticket's 回访 (很不满意, 没人来过，下水道还是堵着呢,
    满意，问题解决了), told to the unit while the visit goes on. `text` is already masked."""
    return f"📞 工单 <code>{esc(number)}</code> 回访中，市民的回答和意见：{esc(text)}"
