"""What staff read about a demand they /log: a text that is no demand (谢谢, 你好), and how a
demand logged by mistake is withdrawn (the 撤回登记 button) and what its unit is told."""

from __future__ import annotations

from bot.render import esc

CONFIRM = "确认登记"  # `/log 确认登记 TEXT` logs TEXT even when it reads as no demand
UNDO_BUTTON = "↩️ 撤回登记"


def not_a_demand(text: str) -> str:
    """/log TEXT where TEXT reads as a greeting, thanks or chat: nothing was logged."""
    return (f"“{esc(text)}”看起来不是群众反映的具体问题（像是问候、感谢或闲聊），未登记。"
            "请在 /log 后面写清群众反映的事情本身，例如：/log 李庄村3组路灯坏了一周，晚上出行不便。"
            f"如确实要按原话登记，请发：/log {CONFIRM} {esc(text)}")


def nothing_to_log() -> str:
    return f"请在 /log {CONFIRM} 后面写上要登记的内容。"


def undo_note(minutes: int) -> str:
    """Added to the /log confirmation: how to withdraw it."""
    return (f"\n如登记有误，可在 {minutes} 分钟内、责任单位签收前点下面的“撤回登记”撤回；"
            "此后请联系督查人员。")


def unlogged(number: str) -> str:
    return f"↩️ 已撤回您登记的工单 <code>{esc(number)}</code>，无需办理。"


def unlogged_for_unit(number: str) -> str:
    return f"↩️ 工单 <code>{esc(number)}</code> 已由登记人撤回（登记有误），无需继续办理。"


UNLOGGED_NOTE = "↩️ 登记人已撤回，无需办理。"  # added to the withdrawn ticket's push


def too_late(number: str, minutes: int) -> str:
    """The button pressed after the window, or once the unit signed: a toast."""
    return (f"工单 {number} 已超过 {minutes} 分钟或已被签收，不能再撤回登记；"
            "如确属登记错误，请联系督查人员。")


AGAIN = "重复登记"  # `/log 重复登记 TEXT` logs TEXT even when the same was just logged


def logged_already(number: str, text: str, minutes: int) -> str:
    """/log TEXT where the same staff member logged the same words within `minutes`: nothing
    was logged; the first ticket is named, and how to log a second one on purpose."""
    return (f"⚠️ 您在 {minutes} 分钟内已登记过相同内容，工单编号 <code>{esc(number)}</code>，"
            "本次未重复登记。可用 <code>/show "
            f"{esc(number)}</code> 查看该工单。如确属另一件同样的诉求（例如另一位群众反映），"
            f"请发：/log {AGAIN} {esc(text)}")


def to_hotline(unit_name: str) -> str:
    """Added to the answer of a confirmed /log whose words name no problem a unit handles."""
    return (f"\n登记内容未说明具体问题，无法判断责任单位，已交{esc(unit_name)}人工分派，"
            "不按个别字词派给某个单位。")
