"""English twins of a withdrawal asked in words (bot.texts.withdrawing; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.for_citizen_en import row_in_english, state_in_english

WITHDRAW_BUTTON = "Withdraw"
WITHDRAWN_TOAST = "Withdrawn"


def numbered_button(number: str) -> str:
    return f"{WITHDRAW_BUTTON} {number}"


def offer(rows: list[tuple[str, str, str]], corrected: bool = False) -> str:
    listed = "\n".join(row_in_english(*row) for row in rows)
    example = esc(rows[0][0])
    cases = "this case" if len(rows) == 1 else "these cases"
    first = ("You said your earlier report was wrong: shall we withdraw the case below?"
             if corrected else f"Do you want to withdraw {cases}?")
    then = ("The problem as you now describe it is registered separately; its number comes in "
            "the next message.\n") if corrected else ""
    return (f"{first}\n{listed}\n{then}To withdraw, tap \"{WITHDRAW_BUTTON}\" below or send "
            f"/cancel {example}. If you do not, the case goes on as usual.")


def settled(row: tuple[str, str, str], unit_name: str, reached: bool) -> str:
    told = (f"We have told {esc(unit_name)} that the problem is solved or needs no more "
            "handling." if reached else
            "We have noted on your case that the problem is solved or needs no more handling.")
    return (f"{told}\n{row_in_english(*row)}\nIf it really needs nothing more, tap "
            f"\"{WITHDRAW_BUTTON}\" below or send /cancel {esc(row[0])} to withdraw it. If you do "
            "not, the case goes on as usual.")


def edited_to_withdraw(row: tuple[str, str, str]) -> str:
    return (f"You edited your report to say you no longer want to report it. The case keeps what "
            f"you first reported:\n{row_in_english(*row)}\nIf it really needs nothing more, tap "
            f"\"{WITHDRAW_BUTTON}\" below or send /cancel {esc(row[0])} to withdraw it. If you do "
            "not, the case goes on as usual.")


def nothing_open() -> str:
    return ("None of your cases is being handled at the moment, so there is nothing to withdraw. "
            "To report a new problem, just say what it is and where.")


def which(rows: list[tuple[str, str, str]], still_open: int, about: str = "") -> str:
    listed = "\n".join(row_in_english(*row) for row in rows)
    more = (f" (the latest {len(rows)} of {still_open}; send /my to see them all)"
            if still_open > len(rows) else "")
    first = (f"We found no case about \"{esc(about)}\"." if about
             else "Which case do you want to withdraw?")
    return (f"{first} These are being handled{more}:\n{listed}\n"
            f"To withdraw one, tap its \"{WITHDRAW_BUTTON}\" button or send /cancel "
            f"{esc(rows[0][0])} (with that case's number). If you do not, the cases go on as "
            "usual.")


def cannot_toast(number: str, state: str) -> str:
    if state == "withdrawn":
        return f"Case {number} is already withdrawn."
    return f"Case {number} is now {state_in_english(state)} and can no longer be withdrawn."
