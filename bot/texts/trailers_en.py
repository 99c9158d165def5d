"""English twin of a photo kept on both tickets (bot.texts.trailers; refs #10)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc
from bot.texts.for_citizen_en import media_names


def media_copied(first: str, number: str, kinds: Sequence[str]) -> str:
    verb = "are" if len(set(kinds)) > 1 else "is"
    return (f"📎 The {esc(media_names(kinds))} you just sent {verb} also attached to the new case "
            f"<code>{esc(number)}</code> and goes to the unit handling the new problem; the unit "
            f"of case <code>{esc(first)}</code> already has it, and it stays with that case too.")
