"""my_chat_member: Telegram's word that a person blocked the bot (or started it again) in
their private chat — blocking makes them unreachable at once, before any message fails — or
that the bot was removed from (or added back to) a group: a unit's group is held, its messages
kept, until the bot is back (bot.actions.unit_groups). And a group that became a supergroup
(bot.actions.group_moves)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.actions import group_moves, unit_groups, unreachable
from bot.actions.desk import Incoming
from bot.render import clean
from handlers.common import desk_of


async def my_chat_member(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record that a person blocked (kicked) or restarted the bot in private chat."""
    change = update.my_chat_member
    if change is not None and change.chat.type in ("group", "supergroup"):
        desk = desk_of(context)
        unit_groups.membership(desk, update.update_id, change.chat.id,
                               change.new_chat_member.status, desk.now())
        return
    if change is None or change.chat.type != "private" or change.from_user is None:
        return
    user = change.from_user
    desk = desk_of(context)
    unreachable.membership(desk, Incoming(
        update_id=update.update_id, user_id=user.id, chat_id=change.chat.id,
        chat_type="private", message_id=0, first_name=clean(user.full_name),
        username=clean(user.username) if user.username else None, kind="member"),
        change.new_chat_member.status, desk.now())


async def migrated(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A group became a supergroup: its unit's binding follows to the new chat id."""
    message = update.message
    if message is None:
        return
    old, new = (message.chat.id, message.migrate_to_chat_id) if message.migrate_to_chat_id \
        else (message.migrate_from_chat_id or 0, message.chat.id)
    desk = desk_of(context)
    group_moves.on_update(desk, update.update_id, old, new, desk.now())
