"""English twin of a progress question answered within time (bot.texts.progress; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.for_citizen_en import being_handled, state_in_english
from bot.texts.twins import english


def within_time(number: str, unit_name: str, state_name: str, sign_by: str, deadline: str,
                still_open: int) -> str:
    due = (f"The unit is due to take it on by {esc(english(sign_by))} and finish it by "
           f"{esc(english(deadline))}" if sign_by
           else f"The unit is due to finish it by {esc(english(deadline))}")
    return (f"Your report (case <code>{esc(number)}</code>, {esc(english(unit_name))}) is now "
            f"{esc(state_in_english(state_name))}. {due}. Your question is noted on the case for the "
            "unit to see. It is still within its time limit, so "
            "we are not chasing it yet; if it is not dealt with in time, the system reminds and "
            "presses the unit automatically.\nWe will tell you as soon as there is news. "
            f"{being_handled(still_open)}: send /my to see how they are going, or "
            "/status NUMBER for the record of one.")
