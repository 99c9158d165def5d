"""/status from a supervisor: the ticket as /show gives it.

A supervisor reads every ticket, and /status is the word people try first (outside testers
asked a supervisor's /status of a ticket and were told 没有找到您名下…). Everyone else's /status
is the citizen's own (bot.actions.mine.status).
"""

from __future__ import annotations

import datetime as dt

from bot.actions import mine, views
from bot.actions.desk import Desk, Incoming
from bot.domain.permissions import Role
from bot.store import people


def status(desk: Desk, msg: Incoming, typed: str, now: dt.datetime) -> None:
    """/status NUMBER: a supervisor in private chat asking of one ticket reads it as /show gives
    it (units, history, masked); any other /status is the citizen's."""
    words = typed.split()
    if len(words) == 1 and msg.private \
            and people.actor_of(desk.db, desk.config, msg.user_id).role is Role.SUPERVISOR:
        views.show(desk, msg, words[0], now)
        return
    mine.status(desk, msg, typed, now)
