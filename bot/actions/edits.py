"""An edited command. Telegram sends the edit as an update of its own, but a command acts once,
as first sent (PTB's CommandHandler fires for edits too, so handlers/app.py lets only new
messages reach the commands): the sender is told the edit does not count and what to send."""

from __future__ import annotations

import datetime as dt

from bot.actions.desk import Desk, Incoming, answer
from bot.texts import ticket_replies


def edited_command(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
    """Tell whoever edited a command that the edit has no effect, and to send it again."""
    word = msg.text.split(maxsplit=1)[0] if msg.text.split() else ""
    command = word.lstrip("/").partition("@")[0]
    answer(desk, msg, "edited", ticket_replies.edited_command(command), now)
