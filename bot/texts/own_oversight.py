"""What a supervisor reads when a supervisors' push is about a problem they reported themselves
and no other supervisor is there to read it (bot.actions.oversight)."""

from __future__ import annotations

from bot.render import esc


def marked(text: str, number: str) -> str:
    """The push as every supervisor would read it, opened with why it reaches them."""
    return (f"ℹ️ 工单 <code>{esc(number)}</code> 是您本人反映的诉求。目前没有其他督查人员，"
            "这条督查提示仍发给您，供您知悉。本人诉求的延期批准、督办和发布须由其他督查人员办理，"
            "请联系系统管理员增设督查人员。\n\n" + text)
