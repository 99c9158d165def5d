"""Bot API methods for text messages, buttons, updates and the bot itself (called by `FakeBotAPI`
with its lock held; each takes the coerced parameters and the uploaded files)."""

from __future__ import annotations

import json
import re
import time

from bot.sandbox.rules import JSON, ApiError, bad, check_markup, parse_text
from bot.sandbox.wire import Files
from bot.sandbox.world import World

_ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice",
            "upload_voice", "upload_document", "choose_sticker", "find_location"}
_QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"


def _scope_key(p: JSON) -> str:
    return json.dumps([p.get("scope") or {"type": "default"}, p.get("language_code") or ""],
                      sort_keys=True)


class Messages(World):
    def _send(self, method: str, p: JSON, content: JSON, extra: JSON) -> JSON:
        """Post a new bot message with `content` (replies, buttons, flood limits) and record it."""
        chat = self._chat(p.get("chat_id"))
        markup = check_markup(p.get("reply_markup"))
        reply = p.get("reply_parameters") or {}
        reply_id = reply.get("message_id", p.get("reply_to_message_id"))
        target = self._messages.get((chat["id"], reply_id)) if reply_id else None
        if reply_id and target is None and not reply.get("allow_sending_without_reply"):
            raise bad("message to be replied not found")
        self._flood(chat)
        if target is not None:
            content["reply_to_message"] = {k: v for k, v in target.items()
                                           if k != "reply_to_message"}
        if markup and "inline_keyboard" in markup:
            content["reply_markup"] = markup
        msg = self._new_message(chat, self.bot_user, content)
        self._record(method, chat["id"], msg["message_id"], parse_mode=p.get("parse_mode"),
                     reply_markup=markup, reply_to_message_id=target and reply_id, **extra)
        return msg

    def _m_sendMessage(self, p: JSON, files: Files) -> JSON:
        text, entities = parse_text(p.get("text"), p.get("parse_mode"), 4096, "message text")
        content: JSON = {"text": text, **({"entities": entities} if entities else {})}
        return self._send("sendMessage", p, content, {"kind": "text", "text": text,
                                                      "raw": p.get("text"), "entities": entities})

    def _m_editMessageText(self, p: JSON, files: Files) -> JSON:
        msg = self._own_message(p, "edit")
        if "text" not in msg:
            raise bad("there is no text in the message to edit")
        text, entities = parse_text(p.get("text"), p.get("parse_mode"), 4096, "message text")
        markup = check_markup(p.get("reply_markup"))
        return self._edit(msg, "editMessageText", text, entities, markup, p)

    def _m_editMessageReplyMarkup(self, p: JSON, files: Files) -> JSON:
        msg = self._own_message(p, "edit")
        return self._edit(msg, "editMessageReplyMarkup", msg.get("text"),
                          msg.get("entities", []), check_markup(p.get("reply_markup")), p)

    def _edit(self, msg: JSON, method: str, text: str | None, entities: list[JSON],
              markup: JSON | None, p: JSON) -> JSON:
        if text == msg.get("text") and markup == msg.get("reply_markup") and (
                entities == msg.get("entities", [])):
            raise bad("message is not modified: specified new message content and reply markup "
                      "are exactly the same as a current content and reply markup of the message")
        for key in ("reply_markup", "entities"):
            msg.pop(key, None)
        msg.update({"edit_date": int(self.wall()), **({"text": text} if text else {}),
                    **({"entities": entities} if entities else {}),
                    **({"reply_markup": markup} if markup else {})})
        self._record(method, msg["chat"]["id"], msg["message_id"], kind="text" if text else None,
                     text=text, raw=p.get("text"), entities=entities,
                     parse_mode=p.get("parse_mode"), reply_markup=markup)
        return msg

    def _m_deleteMessage(self, p: JSON, files: Files) -> bool:
        msg = self._own_message(p, "delete")
        del self._messages[(msg["chat"]["id"], msg["message_id"])]
        self._record("deleteMessage", msg["chat"]["id"], msg["message_id"])
        return True

    def _m_sendChatAction(self, p: JSON, files: Files) -> bool:
        self._chat(p.get("chat_id"))
        if p.get("action") not in _ACTIONS:
            raise bad("wrong parameter action in request")
        return True

    def _m_answerCallbackQuery(self, p: JSON, files: Files) -> bool:
        query = self._queries.get(str(p.get("callback_query_id")))
        if not query or query[1] or self.clock() - float(query[0]) > self.callback_timeout:
            raise bad(_QUERY_TOO_OLD)
        if len(str(p.get("text", ""))) > 200:
            raise bad("MESSAGE_TOO_LONG")
        query[1] = True
        self._answers.append({"id": p["callback_query_id"], "text": p.get("text"),
                              "show_alert": bool(p.get("show_alert")), "url": p.get("url")})
        self._cond.notify_all()
        return True

    def _m_getUpdates(self, p: JSON, files: Files) -> list[JSON]:
        offset, limit = p.get("offset"), min(max(int(p.get("limit") or 100), 1), 100)
        if p.get("allowed_updates") is not None:
            self._allowed = set(p["allowed_updates"]) or None
        if offset:
            self._forget([u for u in self._updates if u["update_id"] < offset])
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._confirmed = max(self._confirmed, offset)
        if self._allowed is not None:
            self._forget([u for u in self._updates if not set(u) - {"update_id"} <= self._allowed])
            self._updates = [u for u in self._updates if set(u) - {"update_id"} <= self._allowed]
        if self._local.gone():  # a poll its client gave up before it was read (a killed bot
            # polling under load) has nobody to answer and must not end a live poll with a 409
            raise ApiError(499, "client closed the connection")
        self._poll_gen += 1
        gen, now = self._poll_gen, time.monotonic()
        hanging = now < self._hang_until
        deadline = self._hang_until if hanging else now + max(0, int(p.get("timeout") or 0))
        self._polls_open += 1
        try:
            while True:
                if self._local.gone():  # nobody to answer: not an error the bot could see
                    raise ApiError(499, "client closed the connection")
                if gen != self._poll_gen:
                    raise ApiError(409, "Conflict: terminated by other getUpdates request; make "
                                   "sure that only one bot instance is running")
                ready = [] if hanging else self._updates[:limit]
                now = time.monotonic()
                if ready or now >= deadline or self._stopping.is_set():
                    return ready
                self._cond.wait(min(deadline - now, 0.25))
        finally:
            self._polls_open -= 1
            self._cond.notify_all()

    def _m_getMe(self, p: JSON, files: Files) -> JSON:
        return {**self.bot_user, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    def _m_deleteWebhook(self, p: JSON, files: Files) -> bool:
        if p.get("drop_pending_updates"):
            self._forget(self._updates)
            self._updates.clear()
        return True

    def _m_getWebhookInfo(self, p: JSON, files: Files) -> JSON:
        return {"url": "", "has_custom_certificate": False,
                "pending_update_count": len(self._updates)}

    def _m_setMyCommands(self, p: JSON, files: Files) -> bool:
        commands = p.get("commands")
        if not isinstance(commands, list):
            raise bad("can't parse commands JSON object")
        for c in commands:
            if not re.fullmatch(r"[a-z0-9_]{1,32}", str(c.get("command", "")).lstrip("/")):
                raise bad("BOT_COMMAND_INVALID")
            if not 1 <= len(str(c.get("description", ""))) <= 256:
                raise bad("BOT_COMMAND_DESCRIPTION_INVALID")
        self._commands[_scope_key(p)] = commands
        return True

    def _m_getMyCommands(self, p: JSON, files: Files) -> list[JSON]:
        return self._commands.get(_scope_key(p), [])

    def _m_getChat(self, p: JSON, files: Files) -> JSON:
        gifts = dict.fromkeys(("unlimited_gifts", "limited_gifts", "unique_gifts",
                               "premium_subscription", "gifts_from_channels"), False)
        return {**self._chat(p.get("chat_id")), "accent_color_id": 0, "max_reaction_count": 11,
                "accepted_gift_types": gifts}

    def _m_close(self, p: JSON, files: Files) -> bool:
        return True

    _m_logOut = _m_close
