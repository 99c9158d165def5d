"""What a citizen reads when a report comes in several short messages (HTML parse mode): a place
said first is kept for the report, later details join it, and someone writing for a relative is
welcomed (bot/actions/threads.py)."""

from __future__ import annotations

from bot.render import esc


def place_held(place: str) -> str:
    """A line naming only where (俺是后王楼村的), before any report: kept for the report."""
    return (f"好的，记下了：<b>{esc(place)}</b>。请接着告诉我遇到了什么问题（比如停水、路灯坏了），"
            "我们马上登记，交给责任单位办理。")


def detail_added(number: str, helper: bool = False) -> str:
    """A detail (how long, how bad, where) of the report just made: added to it, no new ticket."""
    thanks = HELPER_WELCOME + "\n" if helper else ""
    return (f"{thanks}好的，已补充到刚才的工单 <code>{esc(number)}</code>（同一件事，不另开工单），"
            "会一并转给经办人。")


HELPER_WELCOME = ("您好，谢谢您帮家里人反映问题！直接在这里说清楚遇到了什么问题、在哪里就行，"
                  "办理进展也会发到这里，请您帮忙留意。")


from bot.texts import threads_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), threads_en)
