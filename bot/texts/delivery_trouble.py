"""What units and supervisors read when the bot could not deliver a message, or can no longer
reach a unit's group (bot/actions/lost.py, bot/actions/unit_groups.py). Whoever works what the
message was about is told, so nobody believes it arrived."""

from __future__ import annotations

from bot.render import esc


def citizen_message_lost(number: str) -> str:
    """To the ticket's unit: a message to its citizen was given up (Telegram kept failing)."""
    return (f"⚠️ 工单 <code>{esc(number)}</code>：本机器人发给市民的一条消息多次发送失败，"
            "市民没有收到。\n请电话联系市民告知办理情况（"
            f"<code>/contact {esc(number)}</code> 查看电话），并用 <code>/note</code> 记下联系结果；"
            "需要再发给市民的，可以重新用 <code>/reply</code> 发送。")


def lost_chat(unit: str | None, person: str) -> str:
    """Where a lost message was going: a unit's group, or a person's private chat."""
    return f"{unit}工作群" if unit else f"{person}（私聊）"


def staff_message_lost(where: str, number: str | None) -> str:
    """To the supervisors: a message to a unit's group or to staff was given up."""
    about = f"（工单 <code>{esc(number)}</code>）" if number else ""
    return (f"⚠️ 发给{esc(where)}的消息{about}多次发送失败，对方没有收到。"
            "请联系该单位，确认工单已有人办理；今天此处再有发送失败的，不再逐条提醒。")


def group_gone(unit: str, code: str, waiting: int) -> str:
    """To the supervisors: the bot was removed from a unit's group (or the group is gone)."""
    kept = f"目前已有 {waiting} 条消息等待发送；" if waiting else ""
    return (f"⚠️ 本机器人已被移出{esc(unit)}的工作群（或该群已不存在），新工单推送等消息暂时无法发到该群。"
            f"{kept}这些消息都已保留，不会丢失：把本机器人重新拉进该群，或在配置中改正该单位的群"
            f"（<code>[[units]] code = \"{esc(code)}\"</code> 的 <code>chat_id</code>）并重启后，"
            "会按顺序补发。在此之前，该单位已绑定的工作人员仍会在私聊中收到推送。")


def group_back(unit: str, waiting: int) -> str:
    """To the supervisors: the bot can write to the unit's group again."""
    sent = f"，暂存的 {waiting} 条消息正在按顺序补发" if waiting else ""
    return f"✅ 本机器人已回到{esc(unit)}的工作群{sent}。"


def group_moved(unit: str, waiting: int) -> str:
    """To the supervisors: the unit's group was changed in the config while messages waited."""
    return (f"✅ {esc(unit)}的工作群已在配置中更新，之前无法送达的 {waiting} 条消息正在按顺序发到新群。")
