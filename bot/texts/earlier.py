"""What is said of a citizen's earlier, finished ticket when a new message speaks of it (HTML):
thanks for it told to its unit, and a new report linked to it (bot/actions/earlier.py). Split
by reader: the citizen's lines first, then the unit's."""

from __future__ import annotations

from bot.render import esc

# The citizen


def thanks_passed_on(number: str, unit_name: str) -> str:
    """Thanks for a finished ticket, said with a new matter: passed on to its unit."""
    return (f"也谢谢您的肯定！您对工单 <code>{esc(number)}</code> 的感谢已转达给"
            f"{esc(unit_name)}。")


def related_line(number: str) -> str:
    """The line added to a new ticket's acknowledgement when it replies to a finished one."""
    return f"本次反映与您此前的第 <code>{esc(number)}</code> 号诉求相关，已在新工单中注明。"


# The unit


def thanks_for_unit(number: str, said: str) -> str:
    """A citizen's thanks for a ticket the unit finished (masked words)."""
    return f"👍 工单 <code>{esc(number)}</code> 的市民致谢：{esc(said)}"


def related_for_unit(number: str, earlier: str, earlier_text: str, result: str) -> str:
    """A new ticket told in reply to the citizen's finished one: the earlier one named, with
    what it was and how it was answered (masked words)."""
    answered = f"\n当时办理结果：{esc(result)}" if result else ""
    return (f"🔗 新工单 <code>{esc(number)}</code> 与该市民此前的第 <code>{esc(earlier)}</code> 号"
            f"诉求相关（市民回复了那件诉求的消息）。\n此前诉求：{esc(earlier_text)}{answered}")
