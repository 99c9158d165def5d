"""A unit's group the bot can no longer write to: removed from the group (my_chat_member
`left`/`kicked`, handlers/members.py) or a send refused for good (403, 400 chat not found:
handlers/delivery.py).

The supervisors are told once, the unit's messages are kept (bot/store/held_chats.py) while its
staff still get theirs in private chat, and everything kept goes out, in order, when the bot is
back in the group or the unit's chat is fixed in the config (`rehome`, at start)."""

from __future__ import annotations

import datetime as dt
import logging

from sqlite_utils import Database

from bot.actions.desk import Desk
from bot.config import Config
from bot.store import held_chats, inbox
from bot.texts import delivery_trouble
from bot.texts.common import unit_label

log = logging.getLogger(__name__)


def unit_of(config: Config, chat_id: int) -> str | None:
    """The unit whose group `chat_id` is, if any."""
    return next((u.code for u in config.units if u.chat_id and u.chat_id == chat_id), None)


def gone(desk: Desk, db: Database, chat_id: int, why: str, now: dt.datetime) -> bool:
    """Hold a unit's group the bot cannot write to; the supervisors are told when it was not
    held before. False when `chat_id` is no unit's group."""
    code = unit_of(desk.config, chat_id)
    if code is None:
        return False
    if held_chats.hold(db, chat_id, code, why, now):
        log.warning("the bot cannot write to the group of unit %s (%s): its messages are kept",
                    code, why)
        desk.tell_supervisors(db, f"group-gone:{chat_id}:{now.isoformat()}",
                              delivery_trouble.group_gone(unit_label(desk.config, code), code,
                                                          held_chats.waiting(db, chat_id)), now)
    return True


def back(desk: Desk, db: Database, chat_id: int, now: dt.datetime) -> None:
    """The bot is in the group again: what was kept for it goes, and the supervisors know."""
    released = held_chats.release(db, chat_id, now)
    code = unit_of(desk.config, chat_id)
    if released is None or code is None:
        return
    desk.wake()
    desk.tell_supervisors(db, f"group-back:{chat_id}:{now.isoformat()}",
                          delivery_trouble.group_back(unit_label(desk.config, code), released),
                          now)


def membership(desk: Desk, update_id: int, chat_id: int, status: str, now: dt.datetime
               ) -> None:
    """my_chat_member in a group: the bot `left`/`kicked` (held) or a member again (released)."""
    with desk.store.atomic() as db:
        if not inbox.claim(db, update_id, now):
            return
        if status in ("left", "kicked"):
            gone(desk, db, chat_id, "removed", now)
        elif status in ("member", "administrator", "restricted"):
            back(desk, db, chat_id, now)


def rehome(desk: Desk, db: Database, now: dt.datetime) -> None:
    """At start (the delivery loop's first transaction): a held group whose unit now has
    another chat in the config sends what was kept there; one the config still names stays
    held until the bot is back in it."""
    for chat, code in held_chats.held(db):
        unit = desk.config.unit(code)
        if unit is None or not unit.chat_id or unit.chat_id == chat:
            continue
        moved = held_chats.move(db, chat, unit.chat_id, now)
        desk.tell_supervisors(db, f"group-moved:{chat}:{now.isoformat()}",
                              delivery_trouble.group_moved(unit_label(desk.config, code),
                                                           moved), now)
