"""English twin of a unit's reply that asks the citizen something (bot.texts.asked; refs #10)."""

from __future__ import annotations

from bot.texts.for_citizen_en import reply_for_citizen


def reply_asking(number: str, unit_name: str, text: str) -> str:
    return (f"{reply_for_citizen(number, unit_name, text)}\n"
            "Just reply to this message, or send us a message with what they ask (an address, a "
            "time, a phone number), and we pass it on to the person handling it.")
