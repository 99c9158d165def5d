"""What people read about how they typed a command: a ticket number written nearly right (its
right form). A command typed by someone without the role: bot/texts/command_roles.py."""

from __future__ import annotations

from bot.render import esc


def number_hint(number: str) -> str:
    """Added to a usage line when the arguments open with a ticket number written nearly right."""
    return (f"\n工单编号写作“日期-序号”，中间用短横线连接：您要找的是不是 <code>{esc(number)}</code>？"
            "也可以只写序号，如 1。")

