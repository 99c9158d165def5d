"""A staff or supervisor command typed without what it needs (`/urge`, `/approve 几号`): its
usage line — for someone whose role may take it here — after a line saying what was wrong (T25
finding 14: `/transfer 6 power` and `/transfer 6 nosuchunit 理由` got the bare usage line): the
part missing, the usage line's own placeholder typed as it reads, an unknown unit code named
with the valid ones. Anyone else gets the one gate's answer (bot.actions.gate), as they do with
a ticket number, so a citizen is never taught the form of a command that is not theirs, and
`/urge` alone reads as `/urge 1`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from bot.actions import gate
from bot.actions.ctx import place_of
from bot.actions.desk import Desk, Incoming, answer
from bot.domain.unit_names import find_unit
from bot.store import people
from bot.texts import for_staff, typed_faults


@dataclass(frozen=True)
class Fault:
    """What did not fit a command's shape (handlers/args.py): the `part` ("number", "unit",
    "text", "plan", "days" …; "" for words left over), the words typed there (`word`), the
    values read before it (`before`: the ticket number, the unit code) and, for a 实事项目's
    plan, its `pieces` as split at |."""

    part: str
    word: str
    before: tuple[str, ...] = ()
    pieces: tuple[str, ...] = ()


class Usage(Protocol):
    def __call__(self, desk: Desk, msg: Incoming, now: dt.datetime,
                 fault: Fault | None = None) -> None: ...


def usage(action: str, line: str) -> Usage:
    """The usage answer of `action` whose usage line is `line`."""
    def answer_usage(desk: Desk, msg: Incoming, now: dt.datetime,
                     fault: Fault | None = None) -> None:
        actor = people.actor_of(desk.db, desk.config, msg.user_id)
        refused = gate.refused(actor, action, place_of(desk.config, msg))
        why = "" if refused or fault is None else explained(desk, action, fault)
        # Staff words (the gate refuses anyone else before): what was wrong, then the usage line.
        told = refused or (why + "\n" + line if why else line)
        answer(desk, msg, "refused" if refused else "usage", told, now)
    answer_usage.__doc__ = f"/{action} without what it needs: its usage, for who may use it."
    return answer_usage


def explained(desk: Desk, action: str, fault: Fault) -> str:
    """What was wrong, in a line or a few; "" when there is nothing more to say than the usage."""
    why = typed_faults.wrong(action, fault.part, fault.word, fault.pieces)
    if action == "transfer" and len(fault.before) >= 2:
        config = desk.config
        unit, could_be = find_unit(config.units, config.county.name, fault.before[1])
        if unit is None:  # the code named, with the valid ones, as a reason given would get
            known = for_staff.unknown_unit(
                fault.before[1], [(u.code, u.name) for u in could_be or config.units],
                bool(could_be))
            return f"{why}\n{known}" if why else known
    return why
