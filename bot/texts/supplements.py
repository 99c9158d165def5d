"""What a unit is told of a citizen's 补充 sent in quick succession (bot/actions/supplement.py):
the first at once (bot.texts.for_staff.citizen_supplement_for_unit), the rest gathered."""

from __future__ import annotations

from bot.render import esc


def gathered_for_unit(number: str, minutes: int, text: str) -> str:
    """The head of the push that gathers a ticket's 补充 of the last `minutes` minutes, with
    the first of them; the others are added as `gathered_line`s while it waits."""
    return (f"📎 工单 <code>{esc(number)}</code> 市民补充（{minutes} 分钟内陆续发来的几条，"
            f"合并推送）：\n{gathered_line(text)}")


def gathered_line(text: str) -> str:
    """One more 补充 in a gathered push."""
    return f"· {esc(text)}"
