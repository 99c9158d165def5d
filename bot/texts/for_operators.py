"""What operators read on the command line (plain text)."""

from __future__ import annotations


def invite_created(unit_name: str | None, unit: str | None, expires: str) -> str:
    """What `python -m bot invite` prints above the code (plain text for a terminal)."""
    who = f"{unit_name} ({unit}) 工作人员" if unit else "督查人员"
    return f"邀请码：{who}，单次有效，{expires} 前私聊机器人发送 /join 邀请码"
