"""English twins of what a citizen reads when their case's deadline moves
(bot.texts.citizen_deadlines; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.twins import english


def _case(number: str) -> str:
    return f"Your report (case <code>{esc(number)}</code>)"


def extension_for_citizen(number: str, unit_name: str, deadline: str) -> str:
    return (f"🕒 {_case(number)} needs more time: with approval, <b>{esc(english(unit_name))}</b> "
            f"now has until {esc(english(deadline))}.")


def project_for_citizen(number: str, unit_name: str, measures: str, plan: str,
                        completion: str, pending: bool) -> str:
    when = (f"planned by {esc(english(completion))} (this extends the time limit, so it takes "
            "effect once the supervisors approve it; we will tell you then)" if pending
            else f"by {esc(english(completion))}")
    return (f"📋 {_case(number)} is now a <b>county project</b> of the \"Doing practical things "
            "for the people\" campaign.\n"
            f"Responsible unit: {esc(english(unit_name))}\nMeasures: {esc(measures)}\n"
            f"Plan: {esc(plan)}\nTo be completed: {when}")


def project_date_for_citizen(number: str, completion: str, pending: bool) -> str:
    when = (" (this extends the time limit and takes effect once the supervisors approve it)"
            if pending else "")
    return (f"📋 The project for case <code>{esc(number)}</code> is now to be completed by "
            f"{esc(english(completion))}{when}.")


def project_approved_for_citizen(number: str, unit_name: str, completion: str) -> str:
    return (f"📋 The supervisors have approved the project date for {_case(number).lower()}: "
            f"<b>{esc(english(unit_name))}</b> now has until {esc(english(completion))}.")


def project_refused_for_citizen(number: str, unit_name: str, limit: str) -> str:
    return (f"📋 The supervisors have not approved the later project date for "
            f"{_case(number).lower()}: <b>{esc(english(unit_name))}</b> must still finish it by "
            f"{esc(english(limit))}.")


def urged_sooner_for_citizen(number: str, unit_name: str, deadline: str) -> str:
    return (f"📌 The supervisors have issued a written order about {_case(number).lower()}: "
            f"<b>{esc(english(unit_name))}</b> must now finish it by {esc(english(deadline))}.")
