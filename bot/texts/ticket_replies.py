"""What staff and supervisors read when they answer (Telegram's 回复) a bot message about a
ticket in private chat, or edit a command they sent: neither is a report, and neither is
silently dropped (bot.actions.ticket_replies, bot.actions.edits)."""

from __future__ import annotations

from bot.render import esc


def noted(number: str) -> str:
    """Staff text replying to a ticket's message: kept as an internal note on it."""
    return (f"📝 您回复的是工单 <code>{esc(number)}</code> 的消息，已作为内部备注记入该工单"
            "（市民看不到，也不会新建工单）。\n"
            f"如需答复市民，请用 <code>/reply {esc(number)} 内容</code>；"
            f"办结请用 <code>/done {esc(number)} 办理结果</code>。")


def not_noted(number: str, supervisor: bool) -> str:
    """A reply to a ticket's message that cannot be a note here (a supervisor, a ticket no
    longer the unit's, a photo or file): what to send instead; nothing was recorded."""
    if supervisor:
        todo = (f"督办请用 <code>/urge {esc(number)} 内容</code>，"
                f"查看详情请用 <code>/show {esc(number)}</code>。")
    else:
        todo = (f"备注请用 <code>/note {esc(number)} 内容</code>，答复市民请用 "
                f"<code>/reply {esc(number)} 内容</code>（照片、文件不能记为备注）。")
    return (f"您回复的是工单 <code>{esc(number)}</code> 的消息，这条回复没有记入工单，"
            f"也不会新建工单。{todo}\n您本人遇到的问题，请直接发送（不要回复工单消息）。")


def edited_command(command: str) -> str:
    """An edited command: Telegram sends the edit, but a command acts once, as first sent."""
    shown = f"<code>/{esc(command)}</code>" if command else "命令"
    return (f"✏️ 您修改了已发送的 {shown} 命令，修改不会生效：命令只按第一次发送的内容办理。"
            f"如需更正，请重新发送一条完整的 {shown} 命令。")


def edited_note(number: str) -> str:
    """An edited reply to a ticket's message: the note keeps what was first sent."""
    return (f"✏️ 您修改了对工单 <code>{esc(number)}</code> 消息的回复，修改不会生效：备注按第一次发送的"
            f"内容记录。如需补充或更正，请再发一条：<code>/note {esc(number)} 内容</code>。")
