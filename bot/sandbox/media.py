"""Bot API methods that send files and places: the bot's own uploads (multipart) and, as when a
citizen's media are passed on to a unit, the file_ids the fake issued for users' uploads. An
unknown file_id gets Telegram's "wrong file identifier", one of another kind "type of file
mismatch" (a photo's id cannot go out through sendDocument)."""

from __future__ import annotations

from typing import Any

from bot.sandbox.messages import Messages
from bot.sandbox.rules import JSON, bad, check_markup, parse_text
from bot.sandbox.wire import Files
from bot.sandbox.world import StoredFile

_KINDS = {"sendPhoto": "photo", "sendVideo": "video", "sendVoice": "voice", "sendAudio": "audio",
          "sendDocument": "document"}
_GROUPABLE = {"photo", "video", "audio", "document"}
_COPYABLE = ("text", "photo", "video", "voice", "audio", "document", "location", "sticker",
             "contact", "animation")


class Media(Messages):
    def _input_file(self, value: Any, files: Files, kind: str) -> tuple[str, StoredFile]:
        """(file_id, file) for an InputFile: an upload (stored under a new id) or a known id."""
        if isinstance(value, str) and value.startswith("attach://"):
            value = files.get(value[9:])
        if isinstance(value, tuple):
            name, data = value
            file_id = self._store_file(kind, data, name)["file_id"]
            return file_id, self._files[file_id]
        stored = self._files.get(value) if isinstance(value, str) else None
        if stored is None:
            raise bad("wrong file identifier/HTTP URL specified")
        if stored.kind != kind:
            raise bad("type of file mismatch")
        return str(value), stored

    def _file_content(self, kind: str, file_id: str, stored: StoredFile) -> JSON:
        meta: JSON = {"file_id": file_id, "file_unique_id": "AQAD" + file_id[-8:],
                      "file_size": len(stored.data)}
        if kind == "photo":
            return {"photo": [{**meta, "width": 800, "height": 600}]}
        if kind in ("document", "audio"):
            meta["file_name"] = stored.name
        if kind in ("voice", "video", "audio"):
            meta["duration"] = 1
        if kind == "video":
            meta.update(width=1280, height=720)
        return {kind: meta}

    def _caption(self, p: JSON) -> tuple[str | None, list[JSON]]:
        caption = p.get("caption")
        if caption is None:
            return None, []
        shown, entities = parse_text(caption, p.get("parse_mode"), 1024, "message caption",
                                     allow_empty=True)
        return shown or None, entities

    def _send_file(self, method: str, p: JSON, files: Files) -> JSON:
        kind = _KINDS[method]
        file_id, stored = self._input_file(files.get(kind, p.get(kind)), files, kind)
        caption, entities = self._caption(p)
        content = self._file_content(kind, file_id, stored)
        content.update({"caption": caption, "caption_entities": entities} if caption else {})
        return self._send(method, p, content, {
            "kind": kind, "caption": caption, "raw": p.get("caption"), "entities": entities,
            "file": stored.data, "filename": stored.name, "file_id": file_id})

    def _m_sendPhoto(self, p: JSON, files: Files) -> JSON:
        return self._send_file("sendPhoto", p, files)

    def _m_sendVideo(self, p: JSON, files: Files) -> JSON:
        return self._send_file("sendVideo", p, files)

    def _m_sendVoice(self, p: JSON, files: Files) -> JSON:
        return self._send_file("sendVoice", p, files)

    def _m_sendAudio(self, p: JSON, files: Files) -> JSON:
        return self._send_file("sendAudio", p, files)

    def _m_sendDocument(self, p: JSON, files: Files) -> JSON:
        return self._send_file("sendDocument", p, files)

    def _m_sendLocation(self, p: JSON, files: Files) -> JSON:
        lat, lon = p.get("latitude"), p.get("longitude")
        if not isinstance(lat, int | float) or not -90 <= lat <= 90:
            raise bad("wrong latitude specified")
        if not isinstance(lon, int | float) or not -180 <= lon <= 180:
            raise bad("wrong longitude specified")
        place = {"latitude": float(lat), "longitude": float(lon)}
        return self._send("sendLocation", p, {"location": place},
                          {"kind": "location", "location": place})

    def _m_sendMediaGroup(self, p: JSON, files: Files) -> list[JSON]:
        media = p.get("media")
        if not isinstance(media, list) or not 2 <= len(media) <= 10:
            raise bad("wrong number of media in the album: 2-10 items are needed")
        kinds = [item.get("type") if isinstance(item, dict) else None for item in media]
        if any(k not in _GROUPABLE for k in kinds):
            raise bad("wrong media type in the album")
        for only in ("audio", "document"):  # these two go only with their own kind
            if only in kinds and set(kinds) != {only}:
                raise bad(f"{only} can't be mixed with other media types")
        if check_markup(p.get("reply_markup")) is not None:
            raise bad("an album can't have a reply markup")
        self._chat(p.get("chat_id"))
        resolved = [(item, *self._input_file(item.get("media"), files, str(item["type"])))
                    for item in media]  # every item checked before anything is sent
        group = str(13_000_000_000_000_000 + next(self._ids))
        sent = []
        for item, file_id, stored in resolved:
            caption, entities = self._caption(item)
            content = {**self._file_content(item["type"], file_id, stored), "media_group_id": group}
            content.update({"caption": caption, "caption_entities": entities} if caption else {})
            sent.append(self._send("sendMediaGroup", {**p, "reply_markup": None}, content, {
                "kind": item["type"], "caption": caption, "raw": item.get("caption"),
                "entities": entities, "file": stored.data, "filename": stored.name,
                "file_id": file_id, "media_group_id": group}))
        return sent

    def _m_copyMessage(self, p: JSON, files: Files) -> JSON:
        source = self._chat(p.get("from_chat_id"))
        original = self._messages.get((source["id"], p.get("message_id", 0)))
        if original is None:
            raise bad("message to copy not found")
        kind = next((k for k in _COPYABLE if k in original), None)
        if kind is None:
            raise bad("the message can't be copied")
        content = {k: original[k] for k in (kind, "entities") if k in original}
        extra: JSON = {"kind": kind}
        if kind == "text":
            extra.update(text=original["text"], entities=original.get("entities", []))
        elif kind == "location":
            extra["location"] = original["location"]
        elif kind != "contact":
            caption, entities = (self._caption(p) if "caption" in p else
                                 (original.get("caption"), original.get("caption_entities", [])))
            content.update({"caption": caption, "caption_entities": entities} if caption else {})
            meta = original[kind][-1] if kind == "photo" else original[kind]
            stored = self._files[meta["file_id"]]
            extra.update(caption=caption, entities=entities, file=stored.data,
                         filename=stored.name, file_id=meta["file_id"])
        msg = self._send("copyMessage", p, content, extra)
        return {"message_id": msg["message_id"]}

    def _m_getFile(self, p: JSON, files: Files) -> JSON:
        fid = str(p.get("file_id"))
        if fid not in self._files:
            raise bad("invalid file_id")
        stored = self._files[fid]
        return {"file_id": fid, "file_unique_id": "AQAD" + fid[-8:], "file_size": len(stored.data),
                "file_path": stored.path}
