"""What a citizen reads when a unit's reply asks them something (HTML parse mode)."""

from __future__ import annotations

from bot.texts.for_citizen import reply_for_citizen


def reply_asking(number: str, unit_name: str, text: str) -> str:
    """A unit's reply that asks the citizen something: they may just answer it."""
    return (f"{reply_for_citizen(number, unit_name, text)}\n"
            "请直接回复这条消息，或发消息告诉我们（如地址、时间、电话），会转给经办人。")


from bot.texts import asked_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), asked_en)
