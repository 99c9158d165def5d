"""A ticket number as people type it, read one way for a citizen's /status and for every staff
and supervisor command: whole (20261127-0001), without its dash (202611270001), or by its daily
sequence alone (0001, 1) when only one of the tickets the asker may see has it; when several do,
only those the command can act on are offered (a finished ticket is no choice for /done)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from bot.domain.tickets import Ticket, looks_like_number
from bot.store import tickets

SEQUENCE_DIGITS = 6  # a daily sequence alone: at most this many digits
PICK_SHOWN = 5  # an ambiguous sequence lists this many of the tickets that have it
_WHOLE_NUMBER = re.compile(r"(\d{8})(\d{4,})")  # a number typed without its dash


def typed(word: str) -> str | None:
    """`word` as a ticket reference (a whole number with its dash, or a sequence), or None
    when it is no ticket number in any form."""
    word = unicodedata.normalize("NFKC", word)
    if (whole := _WHOLE_NUMBER.fullmatch(word)) is not None:
        return f"{whole[1]}-{whole[2]}"
    if looks_like_number(word) or (word.isascii() and word.isdigit()
                                   and len(word) <= SEQUENCE_DIGITS):
        return word
    return None


@dataclass(frozen=True)
class Found:
    """What a typed number names: one ticket, none, or several sharing its sequence."""

    ticket: Ticket | None
    several: tuple[str, ...] = ()  # the first PICK_SHOWN numbers of those that can take it
    count: int = 0  # how many of those sharing it can take the action
    shared: tuple[Ticket, ...] = ()  # the first PICK_SHOWN of all sharing it, when several do
    among: int = 0  # how many tickets the asker may see share it, when several do


def resolve(db: Database, word: str, visible: Callable[[Ticket], bool],
            able: Callable[[Ticket], bool] | None = None) -> Found:
    """The ticket `word` names. A whole number is looked up as it is (who may act on it is the
    caller's question); a sequence alone names the one ticket with it that `visible` admits.
    When several share it, those `able` admits (the ones the command can act on) are listed."""
    ref = typed(word)
    if ref is None:
        return Found(None)
    if looks_like_number(ref):
        return Found(tickets.by_number(db, ref))
    mine = [t for t in tickets.with_sequence(db, int(ref)) if visible(t)]
    if len(mine) > 1:
        fit = [t for t in mine if able is None or able(t)]
        return Found(None, tuple(t.number for t in fit[:PICK_SHOWN]), len(fit),
                     tuple(mine[:PICK_SHOWN]), len(mine))
    return Found(mine[0] if mine else None)
