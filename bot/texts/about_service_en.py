"""English twin of bot.texts.about_service (refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common_en import county_in_english, emergency_numbers


def about_service(county: str, gas_hotline: str) -> str:
    return (
        f"Hello! This is <b>Jinlaiban (金来办)</b>, the online desk of {esc(county_in_english(county))}, "
        "set up and run by the county's \"Doing practical things for the people\" (我为群众办实事) "
        "desk. I am its reporting assistant: I register what you report, and staff of the "
        "responsible county units (water, power, housing, transport, labour, medical insurance, "
        "civil affairs and others) handle each case. You are told here how it goes, and asked "
        "afterwards whether it was solved.\n"
        "\n"
        "<b>What you can report</b>\n"
        "Everyday problems that need the county's help: no water or power, roads and street "
        "lights, noise and rubbish, your housing estate, unpaid wages, medical and social "
        "insurance, welfare, school places and more. Just send one message saying what the "
        "problem is, where and since when, and you get a case number at once.\n"
        "\n"
        "<b>In an emergency, do not only write here</b>\n"
        "For a fire, a gas leak, someone in the water or injured, or a fight happening now, "
        "call at once:\n"
        f"{esc(emergency_numbers(gas_hotline))}\n"
        "Send /help for instructions."
    )
