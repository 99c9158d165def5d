"""English twin of what a citizen reads when they edit the message that made a case
(bot.texts.amending; refs #10). The unit reads Chinese."""

from __future__ import annotations

from bot.render import esc
from bot.texts.safety_en import emergency_first
from bot.texts.twins import english


def amended_for_citizen(number: str, unit_name: str, deadline: str, moved: bool, urgent: bool,
                        hazard: str = "", gas_hotline: str = "") -> str:
    lines = emergency_first(hazard, gas_hotline) if urgent else []
    lines.append(f"Case <code>{esc(number)}</code> now follows your edited message.")
    if moved:
        lines.append(f"As edited, it is now handled by <b>{esc(english(unit_name))}</b>.")
    else:
        lines.append(f"Your edit has been passed on to <b>{esc(english(unit_name))}</b>,"
                     " which handles it.")
    if moved or urgent:
        lines.append(f"Due by: {esc(english(deadline))}")
    return "\n".join(lines)


_FINISHED = {"resolved": "has been dealt with", "closed": "is closed", "withdrawn": "was withdrawn"}


def edit_of_finished(number: str, state: str) -> str:
    return (f"Case <code>{esc(number)}</code> {_FINISHED.get(state, 'is finished')}, so your edit "
            "does not change it. If the problem is still there or there is a new one, please send "
            "a new message and we will register it.")


def answer_amended(number: str) -> str:
    return (f"Your edited answer has been added to case <code>{esc(number)}</code> and passed on "
            "to the unit handling it.")


def supplement_amended(number: str, unit_name: str) -> str:
    return (f"The details you added to case <code>{esc(number)}</code> now read as you edited "
            f"them, and <b>{esc(english(unit_name))}</b>, which handles it, has been told.")


def supplement_edit_of_finished(number: str, state: str) -> str:
    return (f"Case <code>{esc(number)}</code> {_FINISHED.get(state, 'is finished')}, so your edit "
            "of the details you added was not taken and was not passed on. To correct them, or if "
            "the problem is still there, please send a new message and we will register it.")


def opened_by_edit() -> str:
    return ("Your edited message tells of an emergency, so it has been registered as this new "
            "urgent case.")
