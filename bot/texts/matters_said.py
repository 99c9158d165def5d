"""What a citizen says about a matter, as a unit reads it (refs #10): a matter told after an
answer to the unit's question, carrying the place the answer gave; words that an open ticket's
matter needs no more handling."""

from __future__ import annotations

from bot.render import esc


def placed(text: str, where: str) -> str:
    """A matter told after an answer to a unit's question, saying where only as 俺家门口: with
    the place the same message gave (a ticket's words, read by its unit)."""
    return f"{text}（市民所在：{where}）"


def citizen_settled_for_unit(number: str, text: str) -> str:
    """The citizen said the ticket's matter needs no more handling (自己修好了, 不用来了); they are
    offered to withdraw it, and until they do it stays with the unit."""
    return (f"✅ 工单 <code>{esc(number)}</code> 市民表示问题已自行解决/不需要再处理：{esc(text)}\n"
            "已请市民确认是否撤回；撤回前工单仍在办理中，撤回后会另行通知。")
