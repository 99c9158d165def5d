"""What the demo page shows of a chat: each message as Telegram would present it — text with its
entities (the page builds the markup from them, never from HTML), a file, a place, buttons —
reduced to plain JSON. Nothing here trusts the text: the page sets it as text."""

from __future__ import annotations

from typing import Any

from bot.texts import for_operators

JSON = dict[str, Any]
_FILES = ("photo", "video", "voice", "audio", "document", "animation")
_LINKABLE = ("http://", "https://")
_IMAGES = (".png", ".jpg", ".jpeg", ".gif", ".webp")


def message(msg: JSON, owner: int, stamp: str) -> JSON:
    """One message for a pane whose reader is the user `owner` (their own messages sit right)."""
    sender = msg.get("from") or msg.get("sender_chat") or {}
    out: JSON = {
        "id": msg["message_id"],
        "mine": sender.get("id") == owner,
        "bot": bool(sender.get("is_bot")),
        "sender": sender.get("first_name") or sender.get("title") or "",
        "time": stamp,
        "edited": "edit_date" in msg,
        "text": msg.get("text") or msg.get("caption") or "",
        "entities": msg.get("entities") or msg.get("caption_entities") or [],
        "buttons": _buttons(msg.get("reply_markup")),
    }
    if reply := msg.get("reply_to_message"):
        out["reply_to"] = (reply.get("text") or reply.get("caption") or "")[:60]
    if kind := next((k for k in _FILES if k in msg), None):
        item = msg[kind][-1] if kind == "photo" else msg[kind]
        name = item.get("file_name") or ""
        shown = "photo" if kind == "photo" or name.lower().endswith(_IMAGES) else kind
        out["file"] = {"kind": shown, "url": f"/file/{item['file_id']}", "name": name}
    if place := msg.get("location"):
        out["location"] = {"latitude": place["latitude"], "longitude": place["longitude"]}
    if contact := msg.get("contact"):
        out["contact"] = f"{contact.get('first_name', '')} {contact.get('phone_number', '')}"
    if sticker := msg.get("sticker"):
        out["text"] = sticker.get("emoji") or "🖼"
    if origin := msg.get("forward_origin"):
        out["forwarded"] = for_operators.DEMO_FORWARDED.format(_origin(origin))
    if "migrate_to_chat_id" in msg or "migrate_from_chat_id" in msg:  # a service message
        out["service"] = True
        out["text"] = for_operators.DEMO_MIGRATED_TO if "migrate_to_chat_id" in msg \
            else for_operators.DEMO_MIGRATED_FROM
    return out


def _origin(origin: JSON) -> str:
    """Who wrote a forwarded message, as Telegram's app names them."""
    user = origin.get("sender_user") or {}
    chat = origin.get("chat") or origin.get("sender_chat") or {}
    return str(user.get("first_name") or origin.get("sender_user_name") or chat.get("title") or "")


def _buttons(markup: JSON | None) -> list[list[JSON]]:
    rows = (markup or {}).get("inline_keyboard") or []
    shown = []
    for row in rows:
        cells = []
        for button in row:
            if "callback_data" in button:
                cells.append({"text": button["text"], "data": button["callback_data"]})
            elif str(button.get("url", "")).startswith(_LINKABLE):
                cells.append({"text": button["text"], "url": button["url"]})
        if cells:
            shown.append(cells)
    return shown
