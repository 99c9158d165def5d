"""A unit's group that became a supergroup: Telegram gives it a new chat id, tells the bot with a
service message (`migrate_to_chat_id`, handlers/members.py) and answers a send to the old id with
400 and `parameters.migrate_to_chat_id` (PTB's ChatMigrated, handlers/delivery.py).

Either way the unit's binding follows to the new id (noted in the audit log, bot/store/
chat_moves.py, so `tick`, the CLI and a restart follow it too, whatever the config still says),
what was queued for the old id goes to the new one, and nothing is told as failed: the group did
not go anywhere, so the supervisors are not alarmed. The operator is asked, in the log, to put
the new id in the config."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from dataclasses import dataclass

from sqlite_utils import Database

from bot.actions.desk import Desk
from bot.config import Config
from bot.store import chat_moves, inbox

log = logging.getLogger(__name__)


def applied(config: Config, moves: dict[int, int]) -> Config:
    """`config` with each unit's group at the id it moved to."""
    if not any(u.chat_id in moves for u in config.units):
        return config
    return dataclasses.replace(config, units=tuple(
        dataclasses.replace(u, chat_id=moves[u.chat_id]) if u.chat_id in moves else u
        for u in config.units))


@dataclass(frozen=True)
class UnitGroups:
    """The unit groups as the desk has them now (the delivery loop holds, not gives up, what
    one of them refuses): a group that moved is kept at its new id."""

    desk: Desk

    def __contains__(self, chat: object) -> bool:
        return any(u.chat_id and u.chat_id == chat for u in self.desk.config.units)


def current(db: Database, config: Config) -> Config:
    """`config` as the audit log says the unit groups are now."""
    return applied(config, chat_moves.moves(db))


def moved(desk: Desk, db: Database, old: int, new: int, now: dt.datetime) -> bool:
    """Chat `old` is now `new`: what waited for `old` goes there, and a unit whose group it was
    is bound to `new`. False when `old` is no unit's group (any more)."""
    code = next((u.code for u in desk.config.units if u.chat_id and u.chat_id == old), None)
    if not new or old == new:
        return False
    count = chat_moves.repoint(db, old, new, now)
    desk.wake()
    if code is None:
        return False
    chat_moves.record(db, old, new, code, now)
    desk.config = applied(desk.config, {old: new})
    log.warning("the group of unit %s became a supergroup: chat %s is now %s (%d queued"
                " messages follow); put units.%s.chat_id = %s in the config", code, old, new,
                count, code, new)
    return True


def on_update(desk: Desk, update_id: int, old: int, new: int, now: dt.datetime) -> None:
    """The service message in the old group (`migrate_to_chat_id`)."""
    with desk.store.atomic() as db:
        if inbox.claim(db, update_id, now):
            moved(desk, db, old, new, now)
