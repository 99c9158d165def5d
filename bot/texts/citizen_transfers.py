"""What a citizen reads when their ticket leaves its unit for manual dispatch (HTML parse mode):
a 退单, or one passed on too often, is back with the hotline to find the unit that handles it —
not handled by the hotline — and the citizen hears of that unit when it is chosen."""

from __future__ import annotations

from bot.render import esc


def back_to_dispatch_for_citizen(number: str, hotline_name: str) -> str:
    return (f"↪️ 您反映的问题（工单 <code>{esc(number)}</code>）已转<b>{esc(hotline_name)}</b>"
            "重新确定责任单位，办理时限不变；确定后会告诉您由哪个单位办理。")


from bot.texts import citizen_transfers_en  # noqa: E402  (the twins wrap what is defined above)
from bot.texts.twins import twin  # noqa: E402

twin(globals(), citizen_transfers_en)
