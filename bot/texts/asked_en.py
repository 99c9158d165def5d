"""English twin of a unit's reply that asks the citizen something (bot.texts.asked; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.for_citizen_en import reply_for_citizen


def reply_asking(number: str, unit_name: str, text: str) -> str:
    return (f"{reply_for_citizen(number, unit_name, text)}\n"
            "Just reply to this message, or send us a message with what they ask (an address, a "
            "time, a phone number), and we pass it on to the person handling it.")


def answer_after_done(number: str, unit_name: str, closed: bool) -> str:
    then = ("If the problem is not solved, just send us a message to report it again." if closed
            else "If the problem is not solved, please tell us when we ask you about it shortly.")
    return (f"We have added your reply to case <code>{esc(number)}</code> and passed it on to "
            f"<b>{esc(unit_name)}</b>. This case has been finished. {then}")
