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
from bot.config import Config, Unit
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
        why = "" if refused or fault is None else explained(desk, msg, action, fault)
        # Staff words (the gate refuses anyone else before): what was wrong, then the usage line.
        told = refused or (why + "\n" + line if why else line)
        answer(desk, msg, "refused" if refused else "usage", told, now)
    answer_usage.__doc__ = f"/{action} without what it needs: its usage, for who may use it."
    return answer_usage


def explained(desk: Desk, msg: Incoming, action: str, fault: Fault) -> str:
    """What was wrong, in a line or a few; "" when there is nothing more to say than the usage."""
    why = typed_faults.wrong(action, fault.part, fault.word, fault.pieces)
    if action == "transfer" and len(fault.before) >= 2:
        own = people.actor_of(desk.db, desk.config, msg.user_id).unit
        reason = fault.word if fault.part == "text" and typed_faults.placeholder(fault.word) else ""
        if reason and typed_faults.unit_placeholder(fault.before[1]):  # both said in one line
            return typed_faults.unit_placeholder_typed(
                fault.before[1], reason, _others(desk.config, own))
        if isinstance(known := target(desk.config, fault.before[1], own), str):
            return f"{why}\n{known}" if why else known  # as a reason given would get
    return why


def target(config: Config, typed: str, own: str | None) -> Unit | str:
    """The unit `typed` names for /transfer (their `own` unit too, named exactly: /transfer
    refuses it), or what staff are told when it names none: the usage line's placeholder
    (单位代码, UNIT_CODE), or what fits no unit, with the units it could be — never their own
    unit, which can never be the target (T27 finding 18: 水利局 typed by water staff was
    offered 县水务局)."""
    others = _others(config, own)
    if typed_faults.unit_placeholder(typed):
        return typed_faults.unit_placeholder_typed(typed, "", others)
    unit, could_be = find_unit(config.units, config.county.name, typed)
    if unit is not None:
        return unit
    near = [(u.code, u.name) for u in could_be if u.code != own]
    if could_be and not near and (mine := config.unit(own or "")) is not None:
        return typed_faults.own_unit_named(typed, mine.name, others)
    return for_staff.unknown_unit(typed, near or others, bool(near))


def _others(config: Config, own: str | None) -> list[tuple[str, str]]:
    """(code, name) of every unit but `own`."""
    return [(u.code, u.name) for u in config.units if u.code != own]
