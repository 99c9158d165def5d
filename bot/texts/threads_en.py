"""English twins of a report told in several short messages (bot.texts.threads; refs #10)."""

from __future__ import annotations

from bot.render import esc


def place_held(place: str) -> str:
    return (f"Noted: <b>{esc(place)}</b>. Now please tell me what the problem is (no water, a "
            "broken street light…), and we will register it and pass it to the responsible unit.")


def detail_added(number: str, helper: bool = False) -> str:
    thanks = HELPER_WELCOME + "\n" if helper else ""
    return (f"{thanks}Thank you: added to the case you just reported, <code>{esc(number)}</code> "
            "(the same matter, so no new case), and it goes to the person handling it.")


HELPER_WELCOME = ("Hello, and thank you for reporting this for your family! Just say here what "
                  "the problem is and where; news of it will come here too, so please keep an eye "
                  "on it for them.")
