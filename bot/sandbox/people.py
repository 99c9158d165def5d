"""Simulated people: users, groups and channels, and everything a user can send the bot (text
with command entities, photos, albums, voice, video, audio, files, locations, contacts, stickers,
edits, button presses) and blocking the bot. Each returns what the bot will receive."""

from __future__ import annotations

import re

from bot.sandbox.rules import JSON, u16
from bot.sandbox.world import World, copy

_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
JPEG = b"\xff\xd8\xff fake jpeg"


class People(World):
    def add_user(self, user_id: int, first_name: str | None = None, username: str | None = None,
                 language_code: str = "zh-hans") -> JSON:
        """Create (or update) a user and the private chat with the bot; returns the user."""
        with self._cond:
            user = self._users.setdefault(user_id, {
                "id": user_id, "is_bot": False, "first_name": f"用户{user_id}",
                "username": f"user{user_id}", "language_code": language_code})
            user.update({k: v for k, v in (("first_name", first_name), ("username", username))
                         if v is not None})
            self._chats[user_id] = {"id": user_id, "type": "private",
                                    "first_name": user["first_name"], "username": user["username"]}
            return dict(user)

    def lose_chat(self, user_id: int) -> None:
        """The user's private chat is gone (account deleted, or never started the bot): sends
        to them get 400 "chat not found"."""
        with self._cond:
            self._chats.pop(user_id, None)

    def rename(self, user_id: int, username: str | None) -> None:
        """Change a user's @username (None removes it)."""
        with self._cond:
            for obj in (self._users[user_id], self._chats[user_id]):
                obj.pop("username", None)
                obj.update({"username": username} if username else {})

    def add_group(self, chat_id: int, title: str, type: str = "supergroup") -> JSON:
        """Register a group/supergroup the bot is in."""
        with self._cond:
            self._chats[chat_id] = {"id": chat_id, "type": type, "title": title}
            return dict(self._chats[chat_id])

    def migrate_group(self, chat_id: int, new_id: int, user_id: int, tell: bool = True) -> None:
        """The group becomes a supergroup with id ``new_id`` (user ``user_id`` upgraded it): as
        on Telegram, a service message with ``migrate_to_chat_id`` in the old group and one with
        ``migrate_from_chat_id`` in the new (``tell=False``: the bot never gets them), and from
        then on a send to the old id gets 400 with ``parameters.migrate_to_chat_id``."""
        with self._cond:
            old = self._chats[chat_id]
            new = self.add_group(new_id, old.get("title", ""), "supergroup")
            if tell:
                self._push("message", self._new_message(old, self._users[user_id],
                                                        {"migrate_to_chat_id": new_id}))
                self._push("message", self._new_message(new, self._users[user_id],
                                                        {"migrate_from_chat_id": chat_id}))
            old["migrated_to"] = new_id

    def add_channel(self, chat_id: int, title: str = "频道", username: str | None = None) -> JSON:
        """Register a channel the bot can post to."""
        chat = self.add_group(chat_id, title, "channel")
        if username:
            with self._cond:
                self._chats[chat_id]["username"] = chat["username"] = username
        return chat

    def _user_says(self, user_id: int, content: JSON, chat_id: int | None = None,
                   reply_to: JSON | int | None = None) -> JSON:
        with self._cond:
            if user_id not in self._users:
                self.add_user(user_id)
            chat = self._chats.get(user_id if chat_id is None else chat_id)
            if chat is None:
                raise ValueError(f"chat {chat_id} is not registered: call add_group() first")
            if reply_to is not None:
                target = dict(self._ref(chat["id"], reply_to))
                target.pop("reply_to_message", None)
                content = {**content, "reply_to_message": target}
            msg = self._new_message(chat, self._users[user_id], content)
            self._push("channel_post" if chat["type"] == "channel" else "message", msg)
            return copy(msg)

    def send_text(self, user_id: int, text: str, chat_id: int | None = None,
                  reply_to: JSON | int | None = None) -> JSON:
        """The user sends ``text`` (commands get ``bot_command`` entities); returns the message."""
        return self._user_says(user_id, _with_commands(text), chat_id, reply_to)

    def forward_text(self, user_id: int, text: str, *, from_user: int | None = None,
                     sender_name: str | None = None, from_chat: int | None = None) -> JSON:
        """The user forwards someone else's message with ``text`` to the bot, as Telegram sends
        it (Bot API 7+ ``forward_origin``, with the older ``forward_*`` fields beside it): one
        of another user (``from_user``), of a user whose privacy settings hide their account
        (``sender_name`` only), or a post of a group or channel (``from_chat``, registered)."""
        with self._cond:
            date = int(self.wall()) - 3600  # written an hour before it was forwarded
            origin: JSON
            old: JSON
            if from_user is not None:
                if from_user not in self._users:
                    self.add_user(from_user)
                user = dict(self._users[from_user])
                origin, old = {"type": "user", "sender_user": user}, {"forward_from": user}
            elif sender_name is not None:
                origin = {"type": "hidden_user", "sender_user_name": sender_name}
                old = {"forward_sender_name": sender_name}
            elif from_chat is not None and (chat := self._chats.get(from_chat)) is not None:
                post = next(self._ids)
                origin, old = ({"type": "channel", "chat": dict(chat), "message_id": post},
                               {"forward_from_chat": dict(chat),
                                "forward_from_message_id": post}) if chat["type"] == "channel" \
                    else ({"type": "chat", "sender_chat": dict(chat)},
                          {"forward_from_chat": dict(chat)})
            else:
                raise ValueError("forward from a user, a hidden user or a registered chat")
            return self._user_says(user_id, {"text": text, "forward_origin": {
                **origin, "date": date}, **old, "forward_date": date})

    def send_photo(self, user_id: int, caption: str | None = None, chat_id: int | None = None,
                   reply_to: JSON | int | None = None, data: bytes = JPEG,
                   media_group_id: str | None = None) -> JSON:
        """The user sends a photo (two sizes, like Telegram; either file_id can be sent on)."""
        with self._cond:
            big = {**self._store_file("photo", data, "photo.jpg"), "width": 1280, "height": 960}
            small = {**big, "file_id": big["file_id"] + "s", "width": 320, "height": 240}
            self._files[small["file_id"]] = self._files[big["file_id"]]
            content: JSON = {"photo": [small, big]}
            content.update({"caption": caption} if caption is not None else {})
            content.update({"media_group_id": media_group_id} if media_group_id else {})
            return self._user_says(user_id, content, chat_id, reply_to)

    def send_album(self, user_id: int, n: int, caption: str | None = None,
                   chat_id: int | None = None) -> list[JSON]:
        """The user sends ``n`` photos as one album (caption on the first)."""
        group = str(13_000_000_000_000_000 + next(self._ids))
        return [self.send_photo(user_id, caption if i == 0 else None, chat_id,
                                media_group_id=group) for i in range(n)]

    def _user_file(self, user_id: int, kind: str, data: bytes, name: str, chat_id: int | None,
                   caption: str | None = None, **meta: object) -> JSON:
        with self._cond:
            stored = {**self._store_file(kind, data, name), **meta}
            content: JSON = {kind: stored, **({"caption": caption} if caption else {})}
            return self._user_says(user_id, content, chat_id)

    def send_voice(self, user_id: int, duration: int = 3, chat_id: int | None = None,
                   data: bytes = b"OggS fake voice") -> JSON:
        """The user sends a voice note."""
        return self._user_file(user_id, "voice", data, "voice.oga", chat_id, duration=duration,
                               mime_type="audio/ogg")

    def send_video(self, user_id: int, caption: str | None = None, duration: int = 5,
                   chat_id: int | None = None, data: bytes = b"\x00\x00\x00 ftypmp4 fake") -> JSON:
        """The user sends a video."""
        return self._user_file(user_id, "video", data, "video.mp4", chat_id, caption,
                               duration=duration, width=1280, height=720, mime_type="video/mp4")

    def send_audio(self, user_id: int, caption: str | None = None, duration: int = 30,
                   chat_id: int | None = None, data: bytes = b"ID3 fake mp3") -> JSON:
        """The user sends an audio file (a recording, not a voice note)."""
        return self._user_file(user_id, "audio", data, "录音.mp3", chat_id, caption,
                               duration=duration, file_name="录音.mp3", mime_type="audio/mpeg")

    def send_document(self, user_id: int, data: bytes = b"%PDF-1.4 fake",
                      filename: str = "材料.pdf", mime_type: str = "application/pdf",
                      caption: str | None = None, chat_id: int | None = None) -> JSON:
        """The user sends a file."""
        return self._user_file(user_id, "document", data, filename, chat_id, caption,
                               file_name=filename, mime_type=mime_type)

    def send_location(self, user_id: int, latitude: float, longitude: float,
                      chat_id: int | None = None, reply_to: JSON | int | None = None) -> JSON:
        """The user shares a location (in reply to a message, if given)."""
        return self._user_says(user_id, {"location": {"latitude": latitude,
                                                      "longitude": longitude}}, chat_id, reply_to)

    def send_contact(self, user_id: int, phone_number: str, first_name: str,
                     contact_user_id: int | None = None) -> JSON:
        """The user shares a contact (their own by default, as with a request_contact button)."""
        return self._user_says(user_id, {"contact": {
            "phone_number": phone_number, "first_name": first_name,
            "user_id": user_id if contact_user_id is None else contact_user_id}})

    def send_sticker(self, user_id: int, emoji: str = "👍", chat_id: int | None = None) -> JSON:
        """The user sends a sticker."""
        return self._user_file(user_id, "sticker", b"RIFF webp", "sticker.webp", chat_id,
                               type="regular", width=512, height=512, is_animated=False,
                               is_video=False, emoji=emoji)

    def edit_text(self, user_id: int, message: JSON, new_text: str) -> JSON:
        """The user edits their message's text (or a photo's or file's caption): an
        ``edited_message`` update, its command entities found again. KeyError for a message
        not in that chat; ValueError for another's message or one with no words to edit."""
        with self._cond:
            msg = self._ref(0, message)
            if msg.get("from", {}).get("id") != user_id:
                raise ValueError("a user can only edit their own messages")
            if "text" in msg:
                msg.pop("entities", None)
                msg.update(_with_commands(new_text))
            elif any(kind in msg for kind in ("photo", "video", "document", "audio", "voice")):
                msg["caption"] = new_text
            else:
                raise ValueError("only a text or a caption can be edited")
            msg["edit_date"] = int(self.wall())
            self._changed()
            self._push("edited_message", msg)
            return copy(msg)

    def block_bot(self, user_id: int, blocked: bool = True) -> JSON | None:
        """The user blocks the bot (``blocked=False``: unblocks, i.e. restarts it), as Telegram
        tells a bot: sends to them get 403 from now on (or go through again) and a
        ``my_chat_member`` update says ``kicked`` (or ``member``). Returns the update's body;
        None when nothing changed (blocked twice). `block` alone only makes sends fail."""
        with self._cond:
            if user_id not in self._users:
                self.add_user(user_id)
            if (user_id in self._blocked) == blocked:
                return None
            (self._blocked.add if blocked else self._blocked.discard)(user_id)
            bot = {k: self.bot_user[k] for k in ("id", "is_bot", "first_name", "username")}
            member, kicked = {"user": bot, "status": "member"}, {
                "user": bot, "status": "kicked", "until_date": 0}  # 0: for ever
            change: JSON = {
                "chat": dict(self._chats[user_id]), "from": dict(self._users[user_id]),
                "date": int(self.wall()), "old_chat_member": member if blocked else kicked,
                "new_chat_member": kicked if blocked else member}
            self._push("my_chat_member", change)
            return copy(change)

    def is_blocked(self, user_id: int) -> bool:
        """Whether the user has blocked the bot (`block`, `block_bot`)."""
        with self._cond:
            return user_id in self._blocked

    def press(self, user_id: int, message: JSON, data: str, forge: bool = False) -> str:
        """The user presses the button carrying ``data`` on a bot message; returns the query id."""
        with self._cond:
            msg = self._ref(0, message)
            rows = msg.get("reply_markup", {}).get("inline_keyboard", [])
            if not forge and data not in [b.get("callback_data") for row in rows for b in row]:
                raise ValueError(f"no button with callback_data {data!r} on that message")
            if user_id not in self._users:
                self.add_user(user_id)
            qid = str(4_000_000_000_000_000 + next(self._ids))
            self._queries[qid] = [self.clock(), False]
            self._push("callback_query", {"id": qid, "from": self._users[user_id], "message": msg,
                                          "chat_instance": str(-abs(msg["chat"]["id"]) * 7),
                                          "data": data})
            return qid

    def inject_update(self, update: JSON) -> int:
        """Queue a hand-made update (``update_id`` is assigned); returns its id."""
        with self._cond:
            kind, obj = next(iter(update.items()))
            self._push(kind, obj)
            return int(self._updates[-1]["update_id"])


def _with_commands(text: str) -> JSON:
    """A message's text with its ``bot_command`` entities, as a Telegram client sends it."""
    entities = [{"type": "bot_command", "offset": u16(text[:m.start()]), "length": u16(m.group())}
                for m in _COMMAND_RE.finditer(text)]
    return {"text": text, **({"entities": entities} if entities else {})}
