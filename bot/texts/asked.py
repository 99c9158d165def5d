"""What a citizen reads when a unit's reply asks them something (HTML parse mode)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.for_citizen import reply_for_citizen


def reply_asking(number: str, unit_name: str, text: str) -> str:
    """A unit's reply that asks the citizen something: they may just answer it."""
    return (f"{reply_for_citizen(number, unit_name, text)}\n"
            "请直接回复这条消息，或发消息告诉我们（如地址、时间、电话），会转给经办人。")


def answer_after_done(number: str, unit_name: str, closed: bool) -> str:
    """What the citizen sent after their ticket was finished (an answer to the unit's question,
    a 补充) was kept on it and passed to the unit; `closed`: its 回访 is over too."""
    then = ("如果问题还没有解决，可以直接发消息重新反映。" if closed
            else "如果问题还没有解决，稍后回访时请告诉我们。")
    return (f"已将您的回复记入工单 <code>{esc(number)}</code>，并转告了<b>{esc(unit_name)}</b>。"
            f"这件工单已办结，{then}")


from bot.texts import asked_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), asked_en)
