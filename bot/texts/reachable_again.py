"""What staff and supervisors read when a citizen the bot could not write to can be reached
again: they wrote to the bot or started it again after blocking it (my_chat_member `member`).
The unit may write to them again; a 回访 that went to the supervisors only because the citizen
was out of reach goes back to the citizen, and the supervisors' phone question is withdrawn."""

from __future__ import annotations

from bot.render import esc


def for_unit(number: str) -> str:
    """To the ticket's unit, once, after it was told the citizen could not be reached."""
    return (f"✅ 工单 <code>{esc(number)}</code>：该市民已恢复接收本机器人的消息，"
            "此后的答复、办理结果和回访会照常送达市民。")


def for_unit_all(numbers: list[str]) -> str:
    """To a unit, once, for all of the citizen's tickets it was told could not reach them
    (T24 finding 10: one message per ticket flooded the chats)."""
    listed = "、".join(f"<code>{esc(n)}</code>" for n in numbers)
    return (f"✅ 工单 {listed} 的市民已恢复接收本机器人的消息，"
            "此后的答复、办理结果和回访会照常送达市民。")


def for_supervisors(number: str, unit: str) -> str:
    """To the supervisors: the phone 回访 they were asked for is the citizen's to answer again."""
    return (f"✅ 工单 <code>{esc(number)}</code>（{esc(unit)}）的市民已恢复接收本机器人的消息，"
            "回访已改回由市民本人在机器人中回答，无需再电话回访；之前的电话回访问题已收回。")


def nobody_back_for_supervisors(items: list[tuple[str, str]]) -> str:
    """To the supervisors, once, after they were told nobody could reach the citizen (无法联系
    市民) of these tickets being worked: (number, unit) of each."""
    lines = ["✅ <b>市民已能联系</b>：此前通报“无法联系市民”的这位市民已恢复接收本机器人的消息。"
             "以下工单的答复、办理结果和回访会照常送达市民，不再列入督办日报的“无法联系”一栏："]
    lines += [f"<code>{esc(number)}</code> {esc(unit)}" for number, unit in items]
    return "\n".join(lines)


def answered_for_supervisors(number: str, unit: str) -> str:
    """To the supervisors: the citizen, back, answered in the chat the phone 回访 they had
    begun recording."""
    return (f"✅ 工单 <code>{esc(number)}</code>（{esc(unit)}）的市民已恢复接收本机器人的消息，"
            "并在机器人中自己回答了回访：已记录的电话回访回答保留，其余问题由市民本人回答，"
            "无需再电话回访；之前的电话回访问题已收回。")


# Added to the supervisors' phone question, whose buttons are taken off.
WITHDRAWN_NOTE = "↩️ 市民已恢复接收消息，回访改回由市民本人回答，此问题无需再记录。"
