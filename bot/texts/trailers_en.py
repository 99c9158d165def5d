"""English twin of a photo kept on both tickets (bot.texts.trailers; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.for_citizen_en import media_in_english


def media_copied(first: str, number: str, kind: str) -> str:
    return (f"📎 The {esc(media_in_english(kind))} you just sent is also attached to the new case "
            f"<code>{esc(number)}</code> and goes to the unit handling the new problem; the unit "
            f"of case <code>{esc(first)}</code> already has it, and it stays with that case too.")
