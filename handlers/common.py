"""Telegram update → domain input, shared by every audience."""

from __future__ import annotations

import datetime as dt
from typing import Any

from telegram import Message, Update
from telegram.ext import ContextTypes

from bot.desk import Desk, Incoming
from bot.render import clean

KINDS = ("photo", "voice", "video", "document", "audio", "video_note", "location", "contact",
         "sticker")


def desk_of(context: ContextTypes.DEFAULT_TYPE) -> Desk:
    desk: Desk = context.bot_data["desk"]
    return desk


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def incoming(update: Update) -> Incoming | None:
    """The message of an update (new or edited) as the domain sees it; None if there is none.

    Text is `render.clean`ed here, once, so the domain stores and shows what the person typed
    minus what cannot be stored or displayed safely (controls, lone surrogates, bidi overrides).
    """
    message = update.message or update.edited_message
    if message is None or message.from_user is None:
        return None
    kind, file_id, data = _content(message)
    reply = message.reply_to_message
    bot_reply = reply if reply and reply.from_user and reply.from_user.is_bot else None
    return Incoming(
        update_id=update.update_id,
        user_id=message.from_user.id,
        chat_id=message.chat.id,
        chat_type=message.chat.type,
        message_id=message.message_id,
        first_name=clean(message.from_user.full_name),
        username=clean(message.from_user.username) if message.from_user.username else None,
        kind=kind,
        text=clean(message.text or message.caption or ""),
        file_id=file_id,
        data=data,
        reply_to=bot_reply.message_id if bot_reply else None,
        reply_text=clean(bot_reply.text or bot_reply.caption or "") if bot_reply else "",
        edited=update.edited_message is not None,
    )


def _content(message: Message) -> tuple[str, str | None, dict[str, Any]]:
    if message.photo:
        return "photo", message.photo[-1].file_id, {}
    if message.location:
        loc = message.location
        return "location", None, {"latitude": loc.latitude, "longitude": loc.longitude}
    if message.contact:
        c = message.contact
        return "contact", None, {"phone_number": clean(c.phone_number), "user_id": c.user_id,
                                 "first_name": clean(c.first_name)}
    for kind in KINDS:
        attachment = getattr(message, kind, None)
        if attachment:  # PTB gives () for a missing photo list
            return kind, getattr(attachment, "file_id", None), {}
    return ("text" if message.text else "other"), None, {}


def argument_text(update: Update) -> str:
    """Everything after the command word, as typed (newlines kept)."""
    message = update.message
    if message is None or not message.text:
        return ""
    parts = clean(message.text).split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""
