"""Delivery rules that need no Telegram and no database: message priority and citizen floods.

The delivery loop (handlers/delivery.py) sends each chat's messages in order of priority, then
age, and chooses between chats round-robin; emergencies and messages for the people who work
tickets go ahead of bulk.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum, IntEnum


class Priority(IntEnum):
    """Lower goes first."""

    URGENT = 0  # an emergency: its acknowledgement, its unit's pushes
    STAFF = 1  # messages to units and supervisors, and failure notices to whoever acted
    REPLY = 2  # answers and status pushes to citizens
    BULK = 3  # what can wait behind everything else: visits, the public channel, pointers


def for_ticket(urgent: bool, otherwise: Priority) -> Priority:
    """Everything about an urgent ticket goes first; other messages keep their priority."""
    return Priority.URGENT if urgent else otherwise


# In a flood, a citizen's commands (/my, /status, /help ...) are still answered: they ask for
# something, they report nothing. Up to this many a minute, so a flood of commands cannot keep
# the bot (and the citizen's chat) busy; the first one past it gets one notice to wait a minute,
# and more are stored and not answered, like the rest.
COMMANDS_IN_A_FLOOD = 5
# Reports made in a flood are not acknowledged one by one: their numbers go to the citizen in
# one message this long after the burst's last such report (or when a new burst begins), and
# at most RECEIPTS_AT_MOST_SECONDS after its first, so a flood that never pauses still gets
# its receipts (the next report starts a new one).
RECEIPTS_AFTER_SECONDS = 60
RECEIPTS_AT_MOST_SECONDS = 180
# A citizen's 补充 to a ticket reach its unit one push at a time at most this often: the first
# goes at once, the ones after it within these minutes wait and go together as one push when
# they are up (bot/actions/supplement.py), so 25 quick messages are two pushes, not 25.
SUPPLEMENTS_GATHERED_MINUTES = 5
# The audit event of a report of a flood held at the hotline for a person (its detail: the unit
# routed to; bot/actions/floods.py). Written here once: the history, the hot topics and the
# code that holds a report all name it by this constant.
FLOOD_HELD = "flood_held"


def receipt_delay(first: dt.datetime, now: dt.datetime) -> float:
    """Seconds from `now` until a flood's receipt goes: RECEIPTS_AFTER_SECONDS after the latest
    report, but no later than RECEIPTS_AT_MOST_SECONDS after the first one (`first`)."""
    cap = (first - now).total_seconds() + RECEIPTS_AT_MOST_SECONDS
    return max(0.0, min(float(RECEIPTS_AFTER_SECONDS), cap))


def gathered_delay(last: dt.datetime | None, now: dt.datetime) -> float:
    """Seconds from `now` until a ticket's next 补充 may reach its unit, the last push of one
    having gone (or being due) at `last`: 0, at once, when none went in the last
    SUPPLEMENTS_GATHERED_MINUTES."""
    if last is None:
        return 0.0
    return max(0.0, (last - now).total_seconds() + SUPPLEMENTS_GATHERED_MINUTES * 60)


class Burst(Enum):
    """Where a message stands in its sender's flood (more than the limit within a minute)."""

    NONE = "none"  # answered as usual
    START = "start"  # the first message over the limit: one reply for the whole burst
    ONGOING = "ongoing"  # stored and handled, not answered


def burst(recent: int, limit: int, before_was_over: bool) -> Burst:
    """`recent`: the sender's messages in the minute up to this one, this one included;
    `before_was_over`: whether their previous message was over the limit too."""
    if not limit or recent <= limit:
        return Burst.NONE
    return Burst.ONGOING if before_was_over else Burst.START


def command_answered(commands: int) -> bool:
    """Whether a command is answered in a flood; `commands`: the sender's commands in the
    minute up to it, itself included."""
    return commands <= COMMANDS_IN_A_FLOOD


def command_in_flood(commands: int, before_refused: bool) -> Burst:
    """Where a citizen's command stands in a flood: NONE answered; START the first past
    COMMANDS_IN_A_FLOOD in a minute, which gets one notice to wait instead of its answer;
    ONGOING stored, not answered. `commands`: the sender's commands in the minute up to it,
    itself included; `before_refused`: their previous command went unanswered too."""
    return burst(commands, COMMANDS_IN_A_FLOOD, before_refused)


# Telegram's answers that mean a private chat is gone for good, not this one message refused:
# every later message to it fails the same way, so its citizen is unreachable (as for a 403).
_GONE = (("deactivated", "deactivated"), ("blocked", "blocked"),
         ("can't initiate conversation", "blocked"), ("chat not found", "missing"),
         ("user not found", "missing"), ("peer_id_invalid", "missing"))


def gone_reason(error: str) -> str | None:
    """Why a private chat refused a message for good ("blocked", "deactivated", "missing"),
    or None when the refusal was about the message only (a bad entity, a message too old)."""
    lowered = error.lower()
    return next((code for cue, code in _GONE if cue in lowered), None)
