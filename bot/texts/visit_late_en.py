"""English twins of what a citizen reads of a feedback answer after the case closed as
satisfied by default (bot.texts.visit_late; refs #10). Units and supervisors read Chinese."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import english


def _said(answers: list[str]) -> str:
    return f" ({esc(', '.join(english(a) for a in answers))})" if answers else ""


def thanked(number: str, answers: list[str]) -> str:
    return (f"Thank you for your answer{_said(answers)}! Case <code>{esc(number)}</code> had "
            "already been closed as satisfied by default, as no feedback came within 3 days; "
            "your answer has now been added to it. If anything else comes up, just send us a "
            "message.")


def reopened(number: str, answers: list[str], unit_name: str, deadline: str) -> str:
    return (f"🔁 Thank you for your answer{_said(answers)}. Case <code>{esc(number)}</code> had "
            "been closed as satisfied by default, as no feedback came within 3 days; it is now "
            f"recorded as you said, and the case has gone back to {esc(english(unit_name))} "
            f"<b>to be handled again</b>, due by {esc(english(deadline))}.")


def recorded(number: str, answers: list[str]) -> str:
    return (f"Thank you for your answer{_said(answers)}. Case <code>{esc(number)}</code> had "
            "been closed as satisfied by default, as no feedback came within 3 days; it is now "
            "recorded as you said. The case has already been handled a second time, so your "
            "view has gone to the supervisors to follow up.")


def corrected_reopened(number: str, answers: list[str], unit_name: str, deadline: str) -> str:
    return (f"🔁 The feedback on case <code>{esc(number)}</code> is now recorded as you "
            f"corrected it{_said(answers)}, and the case has gone back to "
            f"{esc(english(unit_name))} <b>to be handled again</b>, due by "
            f"{esc(english(deadline))}.")


def corrected_recorded(number: str, answers: list[str]) -> str:
    return (f"The feedback on case <code>{esc(number)}</code> is now recorded as you corrected "
            f"it{_said(answers)}. The case has already been handled a second time, so your "
            "view has gone to the supervisors to follow up.")


def which(numbers: list[str]) -> str:
    listed = ", ".join(f"<code>{esc(n)}</code>" for n in numbers)
    return (f"You have {len(numbers)} cases whose feedback round closed as satisfied by default "
            f"({listed}), and this answer is not recorded, as it is not clear which one it is "
            "about. Please say which matter, for example \"the street light: not satisfied\", "
            "or reply to that case's message.")


BUTTON_THANKS = ("Your answer is added, thank you! This feedback round had already closed as "
                 "satisfied by default.")
BUTTON_SENT_BACK = ("Your answer is recorded in place of \"satisfied by default\"; see the "
                    "message for what happens next.")
