"""English twin of a case's record as its citizen reads it in /status (bot.texts.history;
refs #10): each step by name, the units it names, a 回访 answer, an approved date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from bot.texts.common import RATING_NAMES
from bot.texts.common_en import VISIT_ANSWERS, VISIT_QUESTION_NAMES
from bot.texts.twins import english

CITIZEN_EVENT_NAMES = {
    "created": "Report received",
    "routed": "Sent to the responsible unit",
    "picked": "You chose the unit",
    "supplement": "You added details",
    "described": "You described the problem",
    "amended": "You corrected your report",
    "supplement_amended": "You corrected details you added",
    "repeated": "You reported it again",
    "chased": "You chased it",
    "attachment": "You added an attachment",
    "accept": "Taken on by the unit",
    "reply": "Reply from the unit",
    "resolve": "Finished",
    "transfer": "Passed to another unit",
    "extend": "More time asked for",
    "approve": "More time approved",
    "extension_refused": "Request for more time not approved (a written order came first)",
    "extension_declined": "Request for more time not approved",
    "project": "Made a county project",
    "urge": "Written order from the supervisors",
    "overdue": "Overdue: unit reminded",
    "reopen": "Sent back to be handled again",
    "close": "Closed after your feedback",
    "withdraw": "You withdrew it",
    "settled": "You said it is solved and needs no more handling",
    "rate": "Your feedback",
    "visit_said": "Your remark in the feedback",
    "visit_ahead": "You answered the feedback early",
    "media_moved": "Attachment moved to a new case",
    "thanked": "You said thank you",
    "related": "You replied about it; linked to a new case",
}
_MOVES = ("routed", "picked", "transfer")
_UNIT_STEPS = frozenset({"accept", "reply", "resolve", "extend", "project", "urge", "overdue",
                         "reopen", "report"})


def event_name(event: Mapping[str, Any], moment: Callable[[dt.datetime], str] | None = None,
               unit_name: Callable[[str], str] | None = None, holder: str = "") -> str:
    """An audit event as an English-reading citizen reads it in /status."""
    action = event["action"]
    name = CITIZEN_EVENT_NAMES.get(action, action)
    old, new = str(event.get("old") or ""), str(event.get("new") or "")
    detail = str(event.get("detail") or "")
    if action == "rate" and detail:
        question, _, code = detail.partition(":")
        label = VISIT_ANSWERS.get(question, {}).get(code)
        return f"{name} ({VISIT_QUESTION_NAMES[question]}: {label})" if label else name
    if action == "close" and detail == RATING_NAMES["default"]:
        return f"{name} (satisfied by default: no answer in time)"
    if moment is not None and action in ("project", "approve") and new:
        try:
            return f"{name} (until {english(moment(dt.datetime.fromisoformat(new)))})"
        except ValueError:
            return name
    if unit_name is None:
        return name
    if action == "transfer" and old and new:
        return f"{name} ({english(unit_name(old))} → {english(unit_name(new))})"
    if action in _MOVES and new:
        return f"{name} ({english(unit_name(new))})"
    if action in _UNIT_STEPS and holder:
        return f"{name} ({english(unit_name(holder))})"
    return name
