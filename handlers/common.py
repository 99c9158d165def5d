"""Telegram update → domain input, shared by every audience, and the two shapes of handler:
`on_message` (the message is all the action needs) and `command` (typed arguments first)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import (
    CallbackQuery,
    Message,
    MessageEntity,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.actions import numbers, reading, typed_usage
from bot.actions.desk import Desk, Incoming, answer
from bot.domain.forwarded import Origin
from bot.render import clean
from bot.texts import common, typed_commands
from handlers import args

log = logging.getLogger(__name__)

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]

KINDS = ("photo", "voice", "video", "document", "audio", "video_note", "location", "contact",
         "sticker")


def desk_of(context: ContextTypes.DEFAULT_TYPE) -> Desk:
    desk: Desk = context.bot_data["desk"]
    return desk


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
        media_group_id=message.media_group_id,
        command=_starts_with_command(message),
        forwarded=_origin(message),
    )


def _origin(message: Message) -> Origin | None:
    """Whom a forwarded message came from (Bot API 7 `forward_origin`; the older forward_*
    fields, which PTB 22 keeps in `api_kwargs`, when only they came); None for the sender's own
    words, their own message forwarded included."""
    origin, old = message.forward_origin, message.api_kwargs
    sender = message.from_user.id if message.from_user else 0
    if isinstance(origin, MessageOriginUser):
        person = origin.sender_user
        return None if person.id == sender else Origin("user", clean(person.full_name))
    if isinstance(origin, MessageOriginHiddenUser):
        return Origin("hidden_user", clean(origin.sender_user_name))
    if isinstance(origin, MessageOriginChat):
        return Origin("chat", clean(origin.sender_chat.title or ""))
    if isinstance(origin, MessageOriginChannel):
        return Origin("channel", clean(origin.chat.title or ""))
    if isinstance(user := old.get("forward_from"), dict) and user.get("id") != sender:
        full = " ".join(str(user.get(k) or "") for k in ("first_name", "last_name")).strip()
        return Origin("user", clean(full))
    if isinstance(chat := old.get("forward_from_chat"), dict):
        return Origin("channel" if chat.get("type") == "channel" else "chat",
                      clean(str(chat.get("title") or "")))
    if name := old.get("forward_sender_name"):
        return Origin("hidden_user", clean(str(name)))
    return None


def _starts_with_command(message: Message) -> bool:
    """The rule of filters.COMMAND (and so of CommandHandler): a bot command entity at 0."""
    first = message.entities[0] if message.entities else None
    return first is not None and first.type == MessageEntity.BOT_COMMAND and first.offset == 0


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


def command_word(update: Update) -> str:
    """The command as typed, without its slash or a bot's @name (/cancel@jinlaiban_bot)."""
    message = update.message
    words = clean(message.text).split(maxsplit=1) if message is not None and message.text else []
    return words[0].lstrip("/").partition("@")[0] if words else ""


def on_message(action: Callable[[Desk, Incoming, dt.datetime], object]) -> Callback:
    """A handler that hands the message to `action(desk, msg, now)`."""
    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if msg := incoming(update):
            desk = desk_of(context)
            action(desk, msg, desk.now())

    handle.__doc__ = action.__doc__
    return handle


def command(shape: args.Shape, action: Callable[..., object],
            usage: str | typed_usage.Usage,
            line: str = "") -> Callback:
    """A command handler: parse the arguments for `shape` (handlers/args.py), then one call
    `action(desk, msg, *values, now)`, or the `usage` line when they do not fit (`usage`
    itself when it answers by who asks, `line` then being the usage line). A command taking
    one ticket number that was given several says it takes one at a time, for every command
    alike (args.several)."""
    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if (msg := incoming(update)) is None:
            return
        desk = desk_of(context)
        typed = argument_text(update)
        if several := args.several(shape, typed):
            answer(desk, msg, "usage", common.one_number_at_a_time(
                command_word(update), several, line or str(usage)), desk.now())
            return
        values = args.parse(shape, typed)
        near = numbers.near_miss(typed) if values is None and shape[:1] == ("number",) else None
        if near is not None:  # 20261202 0001: read as 20261202-0001, or told that form
            values = args.parse(shape, f"{near[0]} {near[1]}")
        if values is not None:
            action(desk, msg, *values, desk.now())
        elif near is not None:
            answer(desk, msg, "usage", (line or str(usage)) + typed_commands.number_hint(near[0]),
                   desk.now())
        elif isinstance(usage, str):
            answer(desk, msg, "usage", usage, desk.now())
        else:  # the usage line after what was wrong (T25 finding 14)
            usage(desk, msg, desk.now(), args.fault(shape, typed))

    handle.__doc__ = action.__doc__
    return handle


def press_of(update: Update, query: CallbackQuery) -> Incoming:
    """A button press as the domain sees it: who pressed, in which chat."""
    chat = query.message.chat if query.message is not None else None
    return Incoming(
        update_id=update.update_id, user_id=query.from_user.id,
        chat_id=chat.id if chat else query.from_user.id,
        chat_type=chat.type if chat else "private",
        # The message pressed on, whose buttons go once used (0: Telegram left it out).
        message_id=query.message.message_id if query.message is not None else 0,
        first_name=clean(query.from_user.full_name), kind="callback",
        username=clean(query.from_user.username) if query.from_user.username else None,
    )


def on_press(action: Callable[[Desk, Incoming, str, dt.datetime], str]) -> Callback:
    """A button handler: `action(desk, press, data, now)` returns the toast; every press is
    answered exactly once, refused when anything goes wrong on the way."""
    async def handle(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        if query is None:
            return
        toast = common.BUTTON_REFUSED
        try:
            desk = desk_of(context)
            toast = action(desk, press_of(update, query), query.data or "", desk.now())
        finally:
            await answer_press(query, toast, context)

    handle.__doc__ = action.__doc__
    return handle


async def answer_press(query: CallbackQuery, toast: str,
                       context: ContextTypes.DEFAULT_TYPE | None = None) -> None:
    """Answer a button press exactly once (Telegram shows a spinner until then), in the
    language of the pressed message's ticket (else the presser's) when the `context` is given."""
    try:
        if context is not None and toast:
            pressed = query.message
            toast = reading.press_text(desk_of(context).db, query.from_user.id, toast,
                                       pressed.chat.id if pressed else 0,
                                       pressed.message_id if pressed else 0)
        await query.answer(toast or None)
    except BadRequest as exc:  # replayed after a restart: too old to answer, handled already
        log.info("button press %s not answered: %s", query.id, exc.message)
