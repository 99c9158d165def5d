"""A staff or supervisor command typed without what it needs (`/urge`, `/approve 几号`): its
usage line — for someone whose role may take it here. Anyone else gets the one gate's answer
(bot.actions.gate), as they do with a ticket number, so a citizen is never taught the form of a
command that is not theirs, and `/urge` alone reads as `/urge 1`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from bot.actions import gate
from bot.actions.ctx import place_of
from bot.actions.desk import Desk, Incoming, answer
from bot.store import people

Usage = Callable[[Desk, Incoming, dt.datetime], None]


def usage(action: str, line: str) -> Usage:
    """The usage answer of `action` whose usage line is `line`."""
    def answer_usage(desk: Desk, msg: Incoming, now: dt.datetime) -> None:
        actor = people.actor_of(desk.db, desk.config, msg.user_id)
        refused = gate.refused(actor, action, place_of(desk.config, msg))
        answer(desk, msg, "refused" if refused else "usage", refused or line, now)
    answer_usage.__doc__ = f"/{action} without what it needs: its usage, for who may use it."
    return answer_usage
