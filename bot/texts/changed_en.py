"""English twins of what a citizen reads when they say the situation of a matter just reported
has changed (bot.texts.changed; refs #10). The unit reads Chinese."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import english


def change_passed_on(number: str, unit_name: str) -> str:
    return (f"Thank you. What you told us has been added to case <code>{esc(number)}</code> and "
            f"passed on to {esc(english(unit_name))}. If anything changes again or anyone is in "
            "danger, tell us; in an emergency call 110, 119 or 120 directly.")
