"""English twins of the shared texts a citizen reads (bot.texts.common; refs #10): moments,
unit names, emergency numbers, the 回访 questions and answers, refusals of a button."""

from __future__ import annotations

import datetime as dt

from bot.config import Config
from bot.render import esc
from bot.texts.twins import english

# A short English name per unit code (shared/data/units.tsv); a code not here keeps its name.
UNIT_NAMES = {
    "water": "County Water Bureau",
    "housing": "County Housing and Urban-Rural Development Bureau",
    "transport": "County Transport Bureau",
    "police": "County Police Bureau",
    "education": "County Education and Sports Bureau",
    "health": "County Health Commission",
    "hrss": "County Human Resources and Social Security Bureau",
    "civil": "County Civil Affairs Bureau",
    "market": "County Market Regulation Bureau",
    "approval": "County Administrative Approval Bureau",
    "ecology": "County Ecology and Environment Bureau",
    "urban": "County Urban Management Bureau",
    "agri": "County Agriculture and Rural Affairs Bureau",
    "land": "County Natural Resources and Planning Bureau",
    "power": "State Grid Jinxiang Power Supply Company",
    "medins": "County Medical Insurance Bureau",
    "disabled": "County Disabled Persons' Federation",
    "women": "County Women's Federation",
    "hotline": "County 12345 Government Service Hotline",
}

STATE_NAMES = {
    "new": "waiting for the unit to take it on",
    "accepted": "being handled",
    "resolved": "finished, waiting for your feedback",
    "closed": "closed",
    "reopened": "being handled again",
    "withdrawn": "withdrawn",
}

MEDIA_NAMES = {
    "photo": "photo", "voice": "voice message", "video": "video", "document": "file",
    "audio": "audio", "video_note": "video message", "location": "location",
    "contact": "contact details",
}

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def county_in_english(county: str) -> str:
    """The county's name as an English reader reads it; another county keeps its own."""
    return {"金乡县": "Jinxiang County"}.get(county, county)


def emergency_numbers(gas_hotline: str) -> str:
    gas = f" | Gas leaks {gas_hotline}" if gas_hotline else ""
    return f"Police 110 | Fire 119 | Ambulance 120{gas} | Government hotline 12345"


def unit_label(config: Config, code: str) -> str:
    unit = config.unit(code)
    if unit is not None:
        return UNIT_NAMES.get(code, unit.name)
    return f"a unit no longer in service ({code})" if code else ""


def when(moment: dt.datetime | None, tz: dt.tzinfo, year: int | None = None) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone(tz)
    shown = f"{local.day} {_MONTHS[local.month - 1]}"
    if year not in (None, local.year):
        shown += f" {local.year}"
    return f"{shown}, {local:%H:%M}"


def english_day(day: dt.date) -> str:
    """A day an English result's relative word meant (bot.texts.common.dated_result): 2 Dec."""
    return f"{day.day} {_MONTHS[day.month - 1]}"


def day(moment: dt.datetime | None, tz: dt.tzinfo) -> str:
    if moment is None:
        return "—"
    local = moment.astimezone(tz)
    return f"{local.day} {_MONTHS[local.month - 1]} {local.year}"


INTERNAL_ERROR = ("Sorry, something went wrong on our side just now. Your message has been saved "
                  "and we will deal with it as soon as we can.")

def one_number_at_a_time(command: str, numbers: tuple[str, ...], usage: str) -> str:
    shown = ", ".join(numbers[:5]) + (" …" if len(numbers) > 5 else "")
    return (f"/{esc(command)} takes one case number at a time; you wrote {len(numbers)} "
            f"({esc(shown)}). Please send each number in a message of its own.\n"
            f"{english(usage)}")


BUTTON_REFUSED = "This button no longer works, or it is not yours to press."

VISIT_OVER = "This feedback round is over and all your answers are recorded. Thank you!"
VISIT_OVER_REOPENED = ("This feedback round is over: the case went back to the unit to be "
                       "handled again, and we will ask you again once it is finished.")

VISIT_QUESTION_NAMES = {"c": "whether you were contacted", "s": "whether it was solved",
                        "r": "satisfaction"}
VISIT_ASKS = {"c": "Did the person handling it get in touch with you?",
              "s": "Has your problem been solved?",
              "r": "Are you satisfied with the result?"}
VISIT_ANSWERS = {
    "c": {"1": "Yes", "0": "No"},
    "s": {"1": "Solved", "0": "Not solved"},
    "r": {"3": "Satisfied", "2": "Fairly satisfied", "1": "Not satisfied"},
}
RATING_NAMES = {"satisfied": "satisfied", "basic": "fairly satisfied",
                "unsatisfied": "not satisfied", "default": "satisfied by default"}


def media_placeholder(kind: str) -> str:
    return f"({MEDIA_NAMES.get(kind, 'attachment')})"


def rating_name(code: str | None) -> str:
    return RATING_NAMES.get(code or "", code or "")


def visit_answer(question: str, code: str) -> str:
    return VISIT_ANSWERS[question][code]


def visit_answered(question: str, code: str, by_phone: bool) -> str:
    said = "Answer recorded" if by_phone else "Your answer"
    return f"{said}: <b>{esc(visit_answer(question, code))}</b>"
