"""English twins of a withdrawal asked in words (bot.texts.withdrawing; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.for_citizen_en import being_handled, row_in_english, state_in_english

WITHDRAW_BUTTON = "Withdraw"
WITHDRAWN_TOAST = "Withdrawn"


def offer(rows: list[tuple[str, str, str]], corrected: bool = False) -> str:
    listed = "\n".join(row_in_english(*row) for row in rows)
    example = esc(rows[0][0])
    cases = "this case" if len(rows) == 1 else "one of these cases"
    first = ("You said your earlier report was wrong: shall we withdraw the case below?"
             if corrected else f"Do you want to withdraw {cases}?")
    then = ("The problem as you now describe it is registered separately; its number comes in "
            "the next message.\n") if corrected else ""
    return (f"{first}\n{listed}\n{then}To withdraw, tap \"{WITHDRAW_BUTTON}\" below or send "
            f"/cancel {example}. If you do not, the case goes on as usual.")


def settled(row: tuple[str, str, str], unit_name: str, reached: bool) -> str:
    told = (f"We have told {esc(unit_name)} that the problem is solved and needs no more "
            "handling." if reached else
            "We have noted on your case that the problem is solved and needs no more handling.")
    return (f"{told}\n{row_in_english(*row)}\nIf it really needs nothing more, tap "
            f"\"{WITHDRAW_BUTTON}\" below or send /cancel {esc(row[0])} to withdraw it. If you do "
            "not, the case goes on as usual.")


def nothing_open() -> str:
    return ("None of your cases is being handled at the moment, so there is nothing to withdraw. "
            "To report a new problem, just say what it is and where.")


def which(still_open: int) -> str:
    return (f"{being_handled(still_open, 'report')}; which one do you want to withdraw? "
            "Send /my to see the case numbers, then /cancel NUMBER, e.g. /cancel 20261127-0001.")


def cannot_toast(number: str, state: str) -> str:
    if state == "withdrawn":
        return f"Case {number} is already withdrawn."
    return f"Case {number} is now {state_in_english(state)} and can no longer be withdrawn."
