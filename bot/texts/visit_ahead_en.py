"""English twins of what a citizen reads when their 回访 answer was typed before the 回访 was
asked (bot.texts.visit_ahead; refs #10)."""

from __future__ import annotations

from bot.render import esc
from bot.texts.common_en import VISIT_ASKS
from bot.texts.twins import english


def _said(labels: list[str]) -> str:
    return ", ".join(english(label) for label in labels)


def kept(number: str, labels: list[str]) -> str:
    return (f"Got it, thank you! Your answer about case <code>{esc(number)}</code> "
            f"({esc(_said(labels))}) is recorded; we will not ask it again when we ask for your "
            "feedback.")


def closed(number: str, labels: list[str]) -> str:
    return (f"📞 <b>Feedback</b> on case <code>{esc(number)}</code>: you had already answered "
            f"({esc(_said(labels))}), so it is recorded as you said and the case is now closed. "
            "If you see it otherwise, just reply and tell us; for anything else, send us a "
            "message at any time.")


def rating_asked(number: str, result: str, labels: list[str]) -> str:
    done = f"\nResult: {esc(result)}" if result else ""
    return (f"📞 <b>Feedback</b> your case <code>{esc(number)}</code> has been finished.{done}\n"
            f"You had already answered ({esc(_said(labels))}); that is recorded. "
            f"Only the last question is left: <b>{VISIT_ASKS['r']}</b>")
