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


def visit_answer_stands(number: str, state: str, unit_name: str) -> str:
    head = (f"You edited your answer to the follow-up on case <code>{esc(number)}</code>. Answers "
            "are recorded and acted on when you send them, so the edit does not change the record.")
    if state == "reopened":
        return head + (f" As you answered then, the case went back to <b>{esc(english(unit_name))}"
                       "</b> to be handled again; if the problem is in fact solved, please send us a"
                       " new message saying so (for example \"It's fixed now, no need to come\"),"
                       " otherwise you will be asked again once it is dealt with.")
    if state == "closed":
        return head + (" The follow-up on this case is over. If the problem is still there or"
                       " something new has come up, please send a new message and we will"
                       " register it.")
    return head + " To correct it, please send a new message saying what is right."


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
