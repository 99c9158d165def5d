"""English twins of what a citizen reads when their case passes its time limit
(bot.texts.citizen_overdue; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import english

_RESULT = ("As soon as there is a result we will tell you here. If anything has changed, reply "
           "to this message to add it.")
SEVERAL_CLOSING = ("As soon as there is a result we will tell you here. To add anything about "
                   "one of them, reply to its acknowledgement message.")


def several_part(part: int, parts: int) -> str:
    return f"[Part {part} of {parts}]\n" if part == 1 else f"[Continued, part {part} of {parts}]\n"


def several_for_citizen(count: int) -> str:
    return f"🔔 There is news on {count} of your reports, sent together in one message:"


def overdue_for_citizen(number: str, unit_name: str, deadline: str, reached: bool,
                        urge_at: str, urged_until: str = "", closing: bool = True,
                        urged: int = 0) -> str:
    unit = f"<b>{esc(english(unit_name))}</b>"
    lines = [f"⏰ Your report (case <code>{esc(number)}</code>) has passed its time limit "
             f"({esc(english(deadline))}) and is not finished yet. We are very sorry to keep "
             "you waiting."]
    then = (f"The supervisors have already sent {urged} written order(s) about it and will keep "
            "pressing; we will tell you when there is news." if urged else
            f"If it is still not finished by {esc(english(urge_at))}, a written order with a "
            "firm deadline will follow under the rules, and we will tell you.")
    if urged_until:
        lines.append(urged_line(unit, reached, urged_until))
    elif reached:
        lines.append(f"We have sent {unit} an automatic reminder to deal with it quickly. {then}")
    else:
        lines.append(f"{unit} has no group or staff on this service who can receive messages "
                     "yet, so the reminder could not be delivered; we have reported it to the "
                     f"supervisors, who will see that it is handled. {then}")
    return "\n".join(lines + [_RESULT] * closing)


def urged_for_citizen(number: str, unit_name: str, reached: bool, until: str,
                      closing: bool = True) -> str:
    return "\n".join([f"📌 Your report (case <code>{esc(number)}</code>) is overdue and still "
                      "not finished.",
                      urged_line(f"<b>{esc(english(unit_name))}</b>", reached, until)]
                     + [_RESULT] * closing)


def urged_line(unit: str, reached: bool, until: str) -> str:
    if reached:
        return (f"Under the supervision rules, {english(unit)} has been sent a written order "
                f"to finish it by {esc(english(until))}.")
    return (f"Under the supervision rules, a written order has been issued to finish it by "
            f"{esc(english(until))}; {english(unit)} has no group or staff on this service "
            "who can receive messages yet, so the supervisors are pressing it directly.")


def limit_missed_for_citizen(number: str, unit_name: str, limit: str, answer_by: str,
                             closing: bool = True) -> str:
    unit = f"<b>{esc(english(unit_name))}</b>"
    return "\n".join([
        f"⏰ The written order asked {unit} to finish your report (case <code>{esc(number)}</code>) "
        f"by {esc(english(limit))}; it is not finished yet. We are very sorry to keep you "
        "waiting.",
        f"{unit} has been pressed again to deal with it quickly and to give you an answer by "
        f"{esc(english(answer_by))}; the supervisors have been told."] + [_RESULT] * closing)
