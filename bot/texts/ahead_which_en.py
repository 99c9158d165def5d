"""English twin of bot.texts.ahead_which (refs #10)."""

from __future__ import annotations

from bot.render import esc


def which(numbers: list[str]) -> str:
    listed = ", ".join(f"<code>{esc(n)}</code>" for n in numbers)
    return (f"Thank you! {len(numbers)} of your cases were just finished ({listed}), and this "
            "answer is not recorded yet, as it is not clear which one it is about. Please say "
            "which matter, for example \"the street light is fixed, satisfied\", or reply to "
            "that case's message.")
