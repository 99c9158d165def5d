"""English twins of what a citizen reads when they thank a unit for a finished case with a new
matter, or tell a new matter in reply to a closed one (bot.texts.earlier; refs #10). The unit
reads Chinese."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import english


def thanks_passed_on(number: str, unit_name: str) -> str:
    return (f"And thank you for your kind words! Your thanks for case <code>{esc(number)}</code> "
            f"have been passed on to {esc(english(unit_name))}.")


def related_line(number: str) -> str:
    return (f"This report is linked to your earlier case <code>{esc(number)}</code>; the new "
            "case says so.")
