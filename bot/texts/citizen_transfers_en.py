"""English twin of a case back with the hotline for manual dispatch
(bot.texts.citizen_transfers; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import english


def back_to_dispatch_for_citizen(number: str, hotline_name: str) -> str:
    return (f"↪️ Your report (case <code>{esc(number)}</code>) has gone to the "
            f"<b>{esc(english(hotline_name))}</b> to find the responsible unit; the time limit "
            "stays the same, and we will tell you which unit handles it.")
