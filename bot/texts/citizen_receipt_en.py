"""English twin of the acknowledgement of a report (bot.texts.citizen_receipt; refs #10)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc
from bot.texts.safety_en import emergency_first
from bot.texts.twins import english


def ticket_received(
    number: str, unit_name: str, deadline: str, urgent: bool, to_hotline: bool,
    choices: bool = False, gas_hotline: str = "", hazard: str = "", also: Sequence[str] = (),
) -> str:
    unit = f"<b>{esc(english(unit_name))}</b>"
    lines = []
    if urgent:
        lines += emergency_first(hazard, gas_hotline)
    lines.append(f"✅ We have received your report. Case number: <code>{esc(number)}</code>.")
    if to_hotline and urgent:
        lines.append(f"It has gone to the {unit} to coordinate; staff will contact the units "
                     "concerned at once.")
    elif to_hotline:
        pick = (" If you know which unit should handle it, you can also choose it with the "
                "buttons below.") if choices else ""
        lines.append(f"We could not tell yet which unit is responsible, so the {unit} will "
                     f"assign it by hand and pass it on soon.{pick}")
        if also:
            lines.append(hotline_also_line(also))
    else:
        lines.append(f"Responsible unit: {unit}")
        if also:
            lines.append(also_line(unit_name, also))
    lines.append(f"Due by: {esc(english(deadline))}")
    lines.append("We will tell you here how it is going. Reply to this message to add details "
                 "or photos.")
    return "\n".join(lines)


def hotline_also_line(also: Sequence[str]) -> str:
    return (f"Your report concerns: <b>{', '.join(esc(english(name)) for name in also)}</b>. "
            "Whichever unit it goes to, the others are noted on the case, so none is left out.")


def also_line(unit_name: str, also: Sequence[str]) -> str:
    others = ", ".join(esc(english(name)) for name in also)
    lead = esc(english(unit_name))
    them, own = (("these units", "do not get a case of their own") if len(also) > 1
                 else ("that unit", "does not get a case of its own"))
    return (f"Also concerns: <b>{others}</b>. This is noted on the case sent to {lead}, which "
            f"leads and works with {them} as needed; {them} {own}. If "
            "this is a separate matter, please report it in a message of its own.")
